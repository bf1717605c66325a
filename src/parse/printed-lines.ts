/**
 * The printed line behind a paragraph's lines, where a text layer broke it. A paragraph's end is read off
 * how far its last line runs (a line that stops short of the column ends it), so the width that counts is
 * the printed line's: a PDF text layer sets a number's digits in runs of their own (…接待游客 1 / 3 / 0 /
 * 0 余人次，群众), and the piece after the number is only the end of a full line.
 */
import { countHan } from '../text/chars.js';
import { cellsOf, MEASURED_HAN } from './line-signs.js';
import type { Line } from './line.js';

/** A number the export broke: the piece before ends on a digit, the piece after opens with one. */
export const brokenAt = (before: Line, after: Line): boolean =>
  /[0-9.]$/u.test(before.raw.trimEnd()) && /^\s*[0-9.%]/u.test(after.raw);

/**
 * The width in cells of the printed line `lines[k]` ends: its own, plus that of the pieces before it in the
 * same paragraph that a number broken by the export ties it to. (Digits that opened a printed line go to
 * it, not to the full line before: see split-runs.ts.)
 */
export function printedCells(lines: readonly Line[], k: number): number {
  let w = cellsOf(lines[k]!);
  const stop = Math.max(0, k - MOST_PIECES + 1);
  for (let j = k; j > stop && brokenAt(lines[j - 1]!, lines[j]!); j--) w += cellsOf(lines[j - 1]!);
  return w;
}

/**
 * The most pieces one printed line breaks into: a number broken digit by digit all across a line as wide as
 * a page. (A paragraph asks again at each line it takes: a run of digit-only lines is not walked back whole.)
 */
const MOST_PIECES = 200;

/**
 * True when `tail` is a full line of a narrow column: the line after it, running text that goes on, is no
 * wider. A paragraph's last line stops short of the column and the next paragraph's first line runs to it;
 * two lines one under the other as wide as each other are the column's measure, whatever the wider columns
 * beside it (whose lines the local measure takes in) say.
 */
export function fullAsNext(tail: Line, next: Line): boolean {
  return countHan(next.text) >= MEASURED_HAN && cellsOf(next) <= cellsOf(tail) + 1;
}
