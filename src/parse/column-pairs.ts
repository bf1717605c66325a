/**
 * Columns read across (see column-split.ts), where the page's grid sees none: a few lines at the foot or head
 * of a narrow column that OCR (tesseract --psm 1/3) read together with the next column's lines, the gap
 * between them one space, a speck, or a run of spaces that says nothing of where the column starts. Such a
 * line is twice as wide as the lines of the columns around it, and it cuts at a space into two parts that
 * each fit their measure: two columns' lines side by side.
 */
import { endsSentence } from '../text/chars.js';
import { breaksBand, hanCount, LONG_PIECE, median, widthOf, type Row } from './column-bands.js';
import { wordAcross } from './reading-chains.js';
import type { RawLine } from './split-runs.js';

/** A run of lines, each cut into a left and a right column's line. */
export interface Pair {
  first: number;
  last: number;
  /** Per line of the run, the index of the piece the right column's line begins with. */
  cuts: number[];
  /** The last line of the block under the run that goes on in the left column, when the right lines go after it. */
  after?: number;
}

/** A mark Chinese typesetting never sets at a line's start (a speck OCR made of the blank, ”, may stand there). */
const NO_LINE_START = /^[，。、；：？！）》%,.;:?!)]/u;

/** The width of a part of a line as printed: its characters, and half an em for a space inside it. */
function inkWidth(pieces: Row['pieces']): number {
  return pieces.reduce((w, p, i) => w + widthOf(p.text) + (i ? 0.5 : 0), 0);
}

/** A line of a column's running text: a long run with no gap of two spaces or more in it. */
function isColumnLine(row: Row): boolean {
  return hanCount(row.raw) >= LONG_PIECE && !row.pieces.some((p, i) => i > 0 && p.spaces >= 2);
}

/**
 * The measure of the columns around a line: the median width of the column lines among the nearest eight
 * lines above and below it, when there are three or more.
 */
function localMeasure(rows: readonly Row[], at: number, taken: ReadonlySet<number>): number {
  // (The page's rows stand at their own index: the nearest lines are a slice, not a look at every line.)
  const window = rows.slice(Math.max(0, at - 8), at + 9);
  const near = window.filter((r) => Math.abs(r.index - at) <= 8 && !taken.has(r.index) && isColumnLine(r));
  return near.length >= 3 ? median(near.map((r) => inkWidth(r.pieces))) : 0;
}

/**
 * Where a line cuts into two columns' lines for a measure: the widest gap after which the right part is a
 * line that may open there (no closing mark first) and each part fits the measure, while the whole is much
 * wider than it; -1 when there is none.
 */
function cutOf(row: Row, measure: number): number {
  const ps = row.pieces;
  if (measure <= 0 || ps.length < 2 || widthOf(row.raw.trim()) < 1.5 * measure) return -1;
  let best = -1;
  for (let i = 1; i < ps.length; i++) {
    const left = ps.slice(0, i);
    const right = ps.slice(i);
    const text = (xs: typeof ps): string => xs.map((p) => p.text).join('');
    const hans = [hanCount(text(left)), hanCount(text(right))];
    if (NO_LINE_START.test(ps[i]!.text) || Math.min(...hans) < 2 || Math.max(...hans) < LONG_PIECE) continue;
    if (inkWidth(left) > 1.15 * measure || inkWidth(right) > 1.15 * measure) continue;
    if (best < 0 || ps[i]!.spaces > ps[best]!.spaces) best = i;
  }
  return best;
}

/**
 * Runs of two lines or more, outside the bands already found (`taken`), each line of which cuts into two
 * columns' lines; one of them at least set apart by a wide gap or a speck, as columns stand.
 */
export function findPairs(rows: readonly Row[], taken: ReadonlySet<number>): Pair[] {
  const pairs: Pair[] = [];
  let run: { index: number; cut: number }[] = [];
  // (The block a pair's left column goes on in is that pair's: no other run starts in it.)
  let skip = -1;
  const close = (): void => {
    const wide = run.some(({ index, cut }) => {
      const p = rows[index]!.pieces[cut]!;
      return p.spaces >= 3 || /^[”|丨]/u.test(p.text);
    });
    if (run.length >= 2 && wide) {
      const pair: Pair = { first: run[0]!.index, last: run.at(-1)!.index, cuts: run.map((r) => r.cut) };
      const after = leftGoesOn(rows, pair, taken);
      pairs.push(after < 0 ? pair : { ...pair, after });
      skip = Math.max(skip, after);
    }
    run = [];
  };
  for (const row of rows) {
    // (A line of headlines side by side is no column's line: it ends the run.)
    const cut =
      row.index <= skip || taken.has(row.index) || breaksBand(row)
        ? -1
        : cutOf(row, localMeasure(rows, row.index, taken));
    if (cut < 0) close();
    else run.push({ index: row.index, cut });
  }
  close();
  return pairs;
}

/** The last line of the block of text from `from` on (up to a blank line), -1 when there is none there. */
function blockEnd(rows: readonly Row[], from: number, taken: ReadonlySet<number>): number {
  let i = from;
  while (rows[i]?.pieces.length && !taken.has(i)) i++;
  // (A line of running text may have no mark in it; a block of no text is no column's.)
  return i > from && rows.slice(from, i).some((r) => !breaksBand(r)) ? i - 1 : -1;
}

/**
 * Where the left column of a pair run goes on (OCR read a column's first lines with the next column's, then
 * the rest of the column as a block of its own, then the next column's): the block right under the run, when
 * the left lines and the right lines both stop mid-sentence and the block after that one opens with the rest
 * of the right column's last word (人员转 / 移、伤员…). -1 when the page does not say so.
 */
function leftGoesOn(rows: readonly Row[], pair: Pair, taken: ReadonlySet<number>): number {
  const side = (k: number, right: boolean): string => {
    const ps = rows[pair.first + k]!.pieces;
    return (right ? ps.slice(pair.cuts[k]!) : ps.slice(0, pair.cuts[k]!)).map((p) => p.text).join('');
  };
  const n = pair.cuts.length - 1;
  if (endsSentence(side(n, false)) || endsSentence(side(n, true))) return -1;
  const from = rows[pair.last + 1]?.pieces.length ? pair.last + 1 : pair.last + 2;
  const end = blockEnd(rows, from, taken);
  if (end < 0) return -1;
  let next = end + 1;
  while (rows[next] && !rows[next]!.pieces.length) next++;
  const after = rows[next];
  if (!after || taken.has(next) || breaksBand(after)) return -1;
  return wordAcross(side(n, true), after.raw.trim()) >= 2 ? end : -1;
}

/**
 * The lines of a pair run laid out column by column: the left lines, a blank line, the right lines; when the
 * left column goes on in the block under the run, that block comes before the right lines.
 */
export function layOutPair(rows: readonly Row[], pair: Pair): RawLine[] {
  const lines = rows.slice(pair.first, pair.last + 1);
  const part = (r: Row, from: number, to: number): string =>
    r.pieces
      .slice(from, to)
      .map((p) => p.text)
      .join(' ');
  const left = lines.map((r, i) => ({ index: r.index, raw: part(r, 0, pair.cuts[i]!) }));
  const right = lines.map((r, i) => ({ index: r.index, raw: part(r, pair.cuts[i]!, r.pieces.length) }));
  if (pair.after === undefined)
    return [...left, { index: pair.first, raw: '' }, ...right, { index: pair.last, raw: '' }];
  const goesOn = rows.slice(pair.last + 1, pair.after + 1).filter((r) => r.pieces.length);
  const under = goesOn.map((r) => ({ index: r.index, raw: r.raw }));
  // (A blank line the page set between the left lines and the block stays: a credit over a dateline's text.)
  const apart = rows[pair.last + 1]?.pieces.length ? [] : [{ index: pair.last + 1, raw: '' }];
  return [...left, ...apart, ...under, { index: pair.after, raw: '' }, ...right, { index: pair.after, raw: '' }];
}
