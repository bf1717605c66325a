/**
 * Columns read across (see column-split.ts): a column's last line left alone under its band. Where one column
 * runs a line longer than the others, OCR reads that line as a line of its own, set at the line's start
 * whichever column it is in; it goes on in the one column the band leaves open.
 */
import { endsSentence } from '../text/chars.js';
import { breaksBand, hanCount, widthOf, type Row } from './column-bands.js';
import type { RawLine } from './split-runs.js';

/** A credit in brackets closes a story as a sentence's end does (（记者 王一 通讯员 李二）). */
const CREDIT_END = /[)）]\s*$/u;

/**
 * True for the line right under a band that may be one column's last line: one piece of running text (no
 * gap in it) that ends a sentence.
 */
export function isLoneTail(row: Row | undefined): row is Row {
  if (!row || row.pieces.length !== 1 || breaksBand(row) || hanCount(row.raw) < 2) return false;
  return endsSentence(row.raw);
}

/**
 * The band's columns with the lone last line put at the end of the one column whose text is left open (its
 * last line ends no sentence and no credit), when it fits that column's measure; false when no column or more
 * than one is open (then the line stays where OCR set it, after the band).
 */
export function placeTail(tail: Row, cols: RawLine[][], measure: number): boolean {
  const open = cols.filter((c) => {
    const last = c.at(-1)?.raw ?? '';
    return last !== '' && !endsSentence(last) && !CREDIT_END.test(last);
  });
  if (open.length !== 1 || widthOf(tail.raw.trim()) > 1.1 * measure) return false;
  open[0]!.push({ index: tail.index, raw: tail.raw.trim() });
  return true;
}
