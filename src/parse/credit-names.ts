/**
 * Names in a credit that OCR split with a space (本报记者 林 晓, 记者 王 一 通讯员 李四): a Chinese personal
 * name is never one character, so a character standing alone belongs with a neighbour.
 */
import { surnameRank } from './credit-forms.js';

const HAN = /^\p{sc=Han}$/u;
const isLone = (n: string | undefined): boolean => n !== undefined && HAN.test(n);

/**
 * Joins each lone Han character in a credit's names to the name it belongs to: a run of lone characters is
 * one name (王 一, 张 晓 明; four make two names of two); a lone surname goes before the given name after it
 * (李 四明); any other lone character ends the name before it (欧阳 晓, 王一 明 → 王一明), else opens the next.
 */
export function joinLoneCharacters(names: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < names.length) {
    const name = names[i]!;
    if (!isLone(name)) {
      out.push(name);
      i++;
      continue;
    }
    let k = i;
    while (isLone(names[k])) k++;
    const run = names.slice(i, k).join('');
    if (run.length >= 2) {
      // (Four or more lone characters: names of two, the last of three when the count is odd.)
      out.push(...(run.length <= 3 ? [run] : pairs(run)));
      i = k;
      continue;
    }
    const before = out.at(-1);
    const after = names[k];
    const afterFits = after !== undefined && /^\p{sc=Han}{1,2}$/u.test(after);
    const beforeFits = before !== undefined && /^[\p{sc=Han}·]{2,3}$/u.test(before);
    if (afterFits && (surnameRank(name) >= 0 || !beforeFits)) {
      out.push(name + after);
      i = k + 1;
    } else if (beforeFits) {
      out[out.length - 1] = before + name;
      i = k;
    } else {
      out.push(name);
      i = k;
    }
  }
  return out;
}

/** A run of characters cut into names of two, the last taking the odd one. */
function pairs(run: string): string[] {
  const out = run.match(/.{2}/gu)!;
  if (run.length % 2) out[out.length - 1] += run.at(-1)!;
  return out;
}

/** The commonest two-character surnames: alone, one is never a whole name. */
const COMPOUND_SURNAMES = new Set([
  ...'欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 端木 南宫 独孤 澹台 轩辕 闻人 申屠 呼延 万俟 钟离 拓跋 百里 东郭 西门 第五 公冶'.split(
    ' ',
  ),
]);

/**
 * Joins a two-character surname set apart from its given name (欧阳 晓明: a line's end, or a space OCR read
 * there) to the name after it, of one or two characters: 欧阳 alone names no one.
 */
export function joinCompoundSurnames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const next = names[i + 1];
    if (COMPOUND_SURNAMES.has(name) && next !== undefined && /^\p{sc=Han}{1,2}$/u.test(next)) {
      out.push(name + next);
      i++;
    } else out.push(name);
  }
  return out;
}
