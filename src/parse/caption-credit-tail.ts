/**
 * Pre-pass: a photo's credit that a caption's measure broke over two lines. A caption is set as wide as its
 * photo, often a column's width, and its credit run in after the sentence breaks where the line is full:
 * `…在步道上散步。（赵小` / `川 摄）`, `…散步。赵小川` / `摄`, `（本报记者 王` / `一 摄）`, `…散步。本报记` / `者 王一 摄`. The rest, a name's
 * last characters and 摄 (a name is never one character, 摄 never opens a line of text), goes back on the line
 * it was broken from, so the caption reads as credited before anything reads lines.
 */
import { CORRESPONDENT_ROLE, REPORTER_ROLE } from './credit-roles.js';
import type { RawLine } from './split-runs.js';

/** A credit's rest: up to three characters of a name, 摄 (after a slash or not), the closing bracket if any. */
const REST = /^(\p{sc=Han}{0,3})\s*(?:([/／])\s*)?摄影?\s*[）)〉》]?$/u;
/** The rest of a credit with no name broken off: a few characters, perhaps the closing bracket, no sentence. */
const SHORT_REST = /^\p{sc=Han}{1,4}[）)〉》]?$/u;
/**
 * A line left with a credit opened at its end: after a sentence's end or an opening bracket, a role perhaps,
 * and a name's first characters so far (or none, after a bracket or a role). (Each run of spaces belongs to the
 * mark before it: spaces free to fall to either of two quantifiers made a long run of them cubic to reject.)
 */
const OPENED =
  /(?:[。！？!?]\s*(?:([（(〈《])\s*)?|([（(〈《])\s*)(?:((?:本报|新华社)?(?:摄影)?记者|通讯员|摄影)\s*)?([\p{sc=Han}·]{0,4})$/u;

/**
 * A credit opened at a line's start and broken in its name (…散步。 / 本报记者 王 / 一 摄): a title, a name's first
 * characters and nothing else on the line. The title is needed: with no sentence before it on the line, only the
 * title says a credit opens there.
 */
const OPENED_ALONE = new RegExp(
  `^\\s*(?:[（(〈《]\\s*)?(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE})\\s*([\\p{sc=Han}·]{1,3})$`,
  'u',
);

/** A title a photo's credit opens with (本报记者, 新华社记者, 摄影记者, 通讯员 …), which a caption's measure can break. */
const TITLE = new RegExp(`^(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE})`, 'u');
/** A line ending in a sentence and, after it, a credit's first characters: a bracket perhaps and part of a title. */
const TITLE_CUT = /[。！？!?]\s*(?:[（(〈《]\s*)?(\p{sc=Han}{1,5})$/u;

/**
 * Whether `head` ends in a title's first part and `rest` opens with the title's other part (…用餐。本报记 /
 * 者 王一 摄): a title is never broken in running text, so the two are one credit.
 */
function titleBroken(head: string, rest: string): boolean {
  const part = TITLE_CUT.exec(head)?.[1];
  return part !== undefined && (TITLE.exec(part + rest)?.[0].length ?? 0) > part.length;
}

/**
 * Returns the lines with each photo credit's rest joined back to the line it was broken from (across one
 * blank line, where OCR set the short rest apart), when the two make a credited line (`credited`, tested on the
 * joined line as printed).
 */
export function rejoinPhotoCreditTails(lines: readonly RawLine[], credited: (raw: string) => boolean): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const rest = line.raw.trim();
    const m = REST.exec(rest);
    const k = out.at(-1)?.raw.trim() === '' ? out.length - 2 : out.length - 1;
    const prev = out[k];
    const head = prev?.raw.trimEnd() ?? '';
    const o = OPENED.exec(head);
    // (The name's two parts make one name of two to four characters; with no bracket or role before it, its
    // first part is on the line: a credit alone on the next line, 赵小川/摄, is a line of its own.)
    const alone = OPENED_ALONE.exec(head)?.[1];
    const name = (alone ?? o?.[4] ?? '').length + (m?.[1] ?? '').length;
    const opened = (alone !== undefined || (o !== null && (o[1] || o[2] || o[3] || o[4]))) && name >= 2 && name <= 4;
    if (!prev || !rest || !oneSentenceAbove(out, k)) {
      out.push({ ...line });
      continue;
    }
    // (Any other credit broken at the line's end, （图片由…提 / 供）, 资料图 / 片, 新华社 / 发: its rest is short and
    // no credit of its own (新华社发 alone on a line is a credit a text layer set apart); 资料图 may read as
    // credited already, yet its credit goes on.)
    // (The title itself broken: its rest, the name and 摄 on the next line; that rest may read as a credit
    // alone, 本报 / 记者 王一 摄, yet a line ending in a title's first word is no caption's end.)
    if (!credited(head) && titleBroken(head, rest) && credited(head + rest)) {
      prev.raw = head + rest;
      out.length = k + 1;
      continue;
    }
    if (!m || !opened || credited(head)) {
      if (SHORT_REST.test(rest) && !credited(rest) && credited(head + rest)) {
        prev.raw = head + rest;
        out.length = k + 1;
      } else out.push({ ...line });
      continue;
    }
    // (A whole name before 摄 stands apart from it, as printed: 赵小川 摄; a broken name is joined: 赵小 / 川.)
    const space = !m[1] && !m[2] && /\p{sc=Han}$/u.test(head) ? ' ' : '';
    const joined = `${head}${space}${rest}`;
    if (!credited(joined)) {
      out.push({ ...line });
      continue;
    }
    prev.raw = joined;
    // (The blank line the rest stood after goes too: the two are one line again.)
    out.length = k + 1;
  }
  return out;
}

/**
 * Whether the lines from the blank line before line `k` to it hold one sentence on three lines at most: a
 * photo's caption. (A photo story's text of several sentences closes with its credit too; its credit is read
 * with the story's signature.)
 */
function oneSentenceAbove(out: readonly RawLine[], k: number): boolean {
  let from = k;
  while (from > 0 && out[from - 1]!.raw.trim() !== '' && k - from < 3) from--;
  if (from > 0 && out[from - 1]!.raw.trim() !== '') return false;
  const text = out
    .slice(from, k + 1)
    .map((l) => l.raw.trim())
    .join('');
  return (text.match(/[。！？!?]/gu)?.length ?? 0) <= 1;
}
