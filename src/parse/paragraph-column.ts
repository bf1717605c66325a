/**
 * The width of the column a paragraph is set in, read off its own lines (see columnOf): the measure the
 * paragraph-end rules (paragraph-ends.ts) hold each line against. A paragraph's lines are folded in once, as
 * it grows, so that a paragraph a page long (a run of contact lines, a list) costs no more per line than a
 * short one.
 */
import { cellWidth, countHan } from '../text/chars.js';
import { MEASURED_HAN, OCR_GAP } from './line-signs.js';
import type { Line } from './lines.js';
import { brokenAt, printedCells } from './printed-lines.js';
import { insertSorted } from './sorted-numbers.js';

/** The lines a block reader reads and each one's column measure in cells (see localWidths). */
export interface Measured {
  readonly lines: readonly Line[];
  readonly cells: readonly number[];
  /** Whether the page sets its paragraphs' first lines in an indent (see setsIndents). */
  readonly indents: boolean;
  /** Each line's place in `lines`. */
  readonly at: ReadonlyMap<Line, number>;
}

/**
 * A paragraph as the paragraph-end rules read it: its lines so far, and what columnOf has read off them (the
 * block reader that grows the paragraph owns both).
 */
export interface Open {
  readonly lines: Line[];
  fold: Fold;
}

/** A paragraph opened on `lines` (the block's own array, which the reader grows), nothing read off it yet. */
export function openParagraph(lines: Line[]): Open {
  return { lines, fold: emptyFold() };
}

/** Whether a line's width measures its column: enough Chinese, and no gap OCR guessed in it. */
export function measurable(line: Line): boolean {
  return countHan(line.text) >= MEASURED_HAN && !OCR_GAP.test(line.raw.trim());
}

/**
 * Where among a paragraph's full lines, narrowest first, its measure is read: above the median, as most full
 * lines run to the measure and the rest fall short of it (a line OCR or a text layer cut, a word pushed on).
 */
const MEASURE_AT = 0.65;

/** A line's width as its own measure counts it (see columnOf), or none. */
function ownWidth(l: Line): number {
  return l.role === 'text' && measurable(l) ? cellWidth(l.raw.replace(/\s+/gu, '')) : -Infinity;
}

/**
 * The lines of a paragraph folded in so far (all but its last): the widths of those after its first with
 * enough Chinese, in order, and the widest of the ones that measure it.
 */
interface Fold {
  readonly lines: Set<Line>;
  last: Line | undefined;
  readonly full: number[];
  own: number;
}

const emptyFold = (): Fold => ({ lines: new Set(), last: undefined, full: [], own: -Infinity });

/** The paragraph's fold, its lines but the last folded in. */
function foldOf(para: Open): Fold {
  // (A paragraph cut shorter since is read again.)
  const { lines, last } = para.fold;
  if (last !== undefined && (para.lines.length - 1 < lines.size || para.lines[lines.size - 1] !== last))
    para.fold = emptyFold();
  const fold = para.fold;
  for (let k = fold.lines.size; k < para.lines.length - 1; k++) {
    const l = para.lines[k]!;
    fold.lines.add(l);
    fold.last = l;
    const full = printedFull(para.lines, k);
    if (full !== undefined) insertSorted(fold.full, full);
    fold.own = Math.max(fold.own, ownWidth(l));
  }
  return fold;
}

/**
 * The width of the printed line the paragraph's line `k` (not its last) ends, when it is a full line: not the
 * first printed line (set in its indent), with enough Chinese. None for a piece the printed line goes on from: a
 * text layer sets a number's digits in runs of their own (…有着落了。” 4月1 / 7日，河口村…), and neither piece
 * is a line of the column's measure.
 */
function printedFull(lines: readonly Line[], k: number): number | undefined {
  if (brokenAt(lines[k]!, lines[k + 1]!)) return undefined;
  let from = k;
  while (from > 0 && brokenAt(lines[from - 1]!, lines[from]!)) from--;
  if (from === 0) return undefined;
  const han = lines.slice(from, k + 1).reduce((n, l) => n + countHan(l.text), 0);
  return han >= MEASURED_HAN ? printedCells(lines, k) : undefined;
}

/**
 * The width of the column a paragraph is set in: its own full lines (all but the first, set in its
 * two-cell indent, and the last) are the best measure once there are two of them; before that, the
 * estimate from the lines around, or any line of its text where one runs wider (a column is at least as
 * wide as its lines). (A piece of a line a text layer broke, 观众达到 / 8万人次, is no full line.)
 * The page's line `i` is the line asked about, no measure of its own paragraph.
 */
export function columnOf(page: Measured, para: Open, i: number): number {
  const fold = foldOf(para);
  const asked = page.lines[i];
  // (The line asked about is the paragraph's last, or the next: one inside it is read line by line.)
  if (asked !== undefined && fold.lines.has(asked)) return columnOfLines(page, para, i);
  if (fold.full.length >= 2) return fold.full[Math.floor((fold.full.length - 1) * MEASURE_AT)]!;
  // (Its first line bounds it too: the lines around may be another column's, narrower, in a page whose
  // columns differ. Characters alone count: a text layer sets spaces where justification spread a line. A
  // dateline's line does not: a text layer runs a credit set on lines of its own into the text after it.)
  const last = para.lines.at(-1);
  const tail = last !== undefined && last !== asked ? ownWidth(last) : -Infinity;
  return Math.max(page.cells[i]!, fold.own, tail);
}

/** columnOf, read off all of the paragraph's lines at once. */
function columnOfLines(page: Measured, para: Open, i: number): number {
  const ws: number[] = [];
  for (let k = 0; k < para.lines.length - 1; k++) {
    const w = para.lines[k] === page.lines[i] ? undefined : printedFull(para.lines, k);
    if (w !== undefined) ws.push(w);
  }
  if (ws.length >= 2) {
    ws.sort((a, b) => a - b);
    return ws[Math.floor((ws.length - 1) * MEASURE_AT)]!;
  }
  const own = para.lines.filter((l) => l !== page.lines[i]).map(ownWidth);
  return Math.max(page.cells[i]!, ...own);
}
