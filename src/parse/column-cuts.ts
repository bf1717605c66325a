/**
 * Columns read across (see column-split.ts): which column a piece of a line stands in, and where a piece that
 * runs from one column into the next is cut.
 */
import { cellWidth, widthOf, type Piece } from './column-bands.js';

/** Where a band's columns start, in em, and the measure of their lines. */
export interface Grid {
  starts: number[];
  measure: number;
}

/** The column a piece is in: the one it overlaps most (OCR's lost or added characters shift it a little). */
export function columnOf(starts: readonly number[], p: Piece): number {
  let best = 0;
  let most = -Infinity;
  starts.forEach((c, k) => {
    const right = starts[k + 1] ?? Infinity;
    const over = Math.min(p.end, right) - Math.max(p.x, c);
    if (over > most) {
      best = k;
      most = over;
    }
  });
  return best;
}

/** Specks OCR reads in the blank between two columns. */
const GAP_MARK = /[”“"'|丨_]/u;

/**
 * Cuts a piece wider than a column's line that runs well into the next column (OCR read the gap as no space,
 * or as a stray mark): after
 * a speck standing where the left column's line may end (most of a measure from its start, not far past the
 * next column's start), else at the character standing nearest to where that column starts.
 */
export function cutAtColumns(p: Piece, grid: Grid): Piece[] {
  const { starts, measure } = grid;
  const k = columnOf(starts, p);
  const next = starts[k + 1];
  // A piece no wider than a column's line is one, wherever drifting positions put it.
  if (next === undefined || p.end <= next + 3 || p.x >= next - 3 || widthOf(p.text) <= 1.1 * measure) return [p];
  const chars = [...p.text];
  let x = p.x;
  let best = 0;
  let bestD = Infinity;
  let speck = 0;
  chars.forEach((ch, i) => {
    // Note: positions read off runs of spaces drift by a few em; a speck OCR made of the blank does not.
    const afterSpeck = i > 0 && GAP_MARK.test(chars[i - 1]!) && !GAP_MARK.test(ch);
    if (afterSpeck && x >= starts[k]! + 0.8 * measure && x <= next + 2) speck = i;
    const d = Math.abs(x - next) - (afterSpeck ? 2.5 : 0);
    if (i > 0 && d < bestD) {
      best = i;
      bestD = d;
    }
    x += cellWidth(ch);
  });
  if (speck > 0) best = speck;
  if (best === 0) return [p];
  const left = chars.slice(0, best).join('');
  const right = chars.slice(best).join('');
  const lx = p.x + widthOf(left);
  return [{ text: left, x: p.x, end: lx, spaces: p.spaces }, ...cutAtColumns({ ...p, text: right, x: lx }, grid)];
}
