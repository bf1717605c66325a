/**
 * A paragraph's first line set in its two-em indent, alone under a blank line: a column break fell after the
 * paragraph before (its last sentence ended there), so the new column opens on an indented first line. Short
 * of the column by about two characters and with no mark at its end, it looks like a head line; but the next
 * printed line (no blank between) is wider, of the full column, and goes on with the sentence.
 */
import { endsSentence } from '../text/chars.js';
import type { Line } from './line.js';
import { cellsOf } from './line-signs.js';

/** Whether line `i` opens a paragraph in its indent (see above); `column` is the body's width around it. */
export function opensIndentedParagraph(lines: readonly Line[], i: number, column: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (line.role !== 'text' || !next || next.role !== 'text' || /\s/u.test(line.raw.trim())) return false;
  if (endsSentence(line.text) || !/[，。；、：]/u.test(next.text)) return false;
  // (The paragraph before ended at the column's foot: its last sentence is finished. Or an in-body subhead
  // or a box's label, a short line with no mark, stands between: the text under it opens in its indent too.)
  let k = lineAbove(lines, i);
  const label = k >= 0 && isLabel(lines[k]!, column);
  if (label) k = lineAbove(lines, k);
  if (k < 0 || lines[k]!.role !== 'text' || !endsSentence(lines[k]!.text)) return false;
  // (Measured twice: on printed widths against the column around it, and on full cells against the line under
  // it, as body type sets marks; justification and a half-width digit make either a character off alone.)
  const byWidth = indentShort(column, line.width, next.width);
  if (!byWidth && !indentShort(cellsOf(next), cellsOf(line), cellsOf(next))) return false;
  // The paragraph before is set to the same measure: text of another width before the blank is another
  // article's, and a new one may open here (a brief in a wider column after a report).
  const full = fullLinesBefore(lines, k);
  const [measure, widthOf] = byWidth ? [Math.max(column, next.width), (l: Line) => l.width] : [cellsOf(next), cellsOf];
  return label || (full.length > 0 && full.every((l) => Math.abs(widthOf(l) - measure) <= 1.5));
}

/** The line above line `i`, past blank lines (-1: none). */
function lineAbove(lines: readonly Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k]!.role === 'blank') k--;
  return k;
}

/**
 * A short line of text with no mark in it: an in-body subhead, or the label of a box (链接, 延伸阅读). (Its
 * printed width is set against the column's, a printed width too.)
 */
function isLabel(line: Line, column: number): boolean {
  return line.role === 'text' && !/\p{P}/u.test(line.text) && line.width <= column * LABEL_OF_COLUMN;
}

const LABEL_OF_COLUMN = 0.6;

/** Up to three full lines (no sentence ends them) of the paragraph that ends at line `k`, over its last. */
function fullLinesBefore(lines: readonly Line[], k: number): Line[] {
  const out: Line[] = [];
  for (let j = k - 1; j >= 0 && out.length < 3; j--) {
    const l = lines[j]!;
    if (l.role !== 'text' || endsSentence(l.text)) break;
    out.push(l);
  }
  return out;
}

/** Whether a line `width` wide stands about two characters short of `column`, the line under it near full. */
function indentShort(column: number, width: number, under: number): boolean {
  const short = column - width;
  return short >= 1.4 && short <= 2.6 && under > width && under >= column - 2;
}
