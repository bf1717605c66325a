/**
 * The masthead at the top of the page, read from its text: the paper's name in Latin letters (pinyin) and the
 * name in Chinese printed beside it.
 */
import type { Line } from './line.js';

/** A paper's name in capital Latin letters (pinyin or English), four or more. */
const LATIN_MASTHEAD = /^[A-Z][A-Z ]{3,}$/;

/**
 * The masthead is a Latin (pinyin) line with the page name printed beside it, at the top of the page.
 * Note: only the top few lines are looked at, so a Latin line in an article never becomes a masthead.
 */
export function markMasthead(lines: Line[]): void {
  const top = lines.filter((l) => l.role !== 'blank' && l.role !== 'folio').slice(0, 4);
  const latin = top.find((l) => LATIN_MASTHEAD.test(l.text));
  if (!latin) return;
  latin.role = 'masthead';
  const i = lines.indexOf(latin);
  const printed = (ls: readonly Line[]): Line | undefined => ls.find((l) => l.role !== 'blank');
  const after = printed(lines.slice(i + 1, i + 4));
  const before = printed(lines.slice(Math.max(0, i - 3), i).reverse());
  // (The name under the Latin line, or over it when the line under is longer than a name: a headline.)
  const name = (l: Line | undefined): boolean => l?.role === 'text' && /^[\p{sc=Han}·]{2,6}$/u.test(l.text);
  // (Both name-like: the line under is a short headline when text follows it right away, 金色稻浪 over its
  // caption; a section's name set large carries its Latin line under it, 城事 / CITY.)
  // (Nor is it a name when a line runs on right under it: a headline broken over two lines, 老年象棋赛 / “棋”乐融融.)
  const headed = after !== undefined && (opensBody(lines, lines.indexOf(after)) || runsOnBelow(lines, after));
  const near = (!name(after) || headed) && name(before) ? before : (after ?? before);
  // (A paper's name is short, or ends in 报: a longer line is the headline of the page's first story.)
  if (near && near.role === 'text' && (name(near) || /^[\p{sc=Han}·]{2,10}报$/u.test(near.text)))
    near.role = 'masthead';
}

/** Whether a line of text stands right under `line`, no blank line between: a paper's name is set alone. */
function runsOnBelow(lines: readonly Line[], line: Line): boolean {
  return lines[lines.indexOf(line) + 1]?.role === 'text';
}

/** Whether the first printed line after line `i` is body text: a sentence, or a line running on with a comma. */
function opensBody(lines: readonly Line[], i: number): boolean {
  const next = lines.slice(i + 1, i + 4).find((l) => l.role !== 'blank');
  return next !== undefined && (next.role === 'dateline' || /[，。；]/u.test(next.text)) && next.text.length > 12;
}
