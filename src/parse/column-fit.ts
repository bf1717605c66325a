/**
 * Columns read across (see column-split.ts): the width of a space on one line. Tesseract sets as many spaces as
 * it likes for a blank, and in its block mode (--psm 6) the count follows the line more than the blank: a
 * line with a long empty stretch (a column it holds nothing of) or short pieces far apart (a byline, a subhead)
 * may get spaces of an em and a half, or of half an em, where the page's other lines get about 0.8.
 */
import { hanCount, piecesOf, type Piece, type Row } from './column-bands.js';
import type { Grid } from './column-cuts.js';

/** Widths a space may have on one line, in em. */
const LINE_SPACE_WIDTHS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8];

/** How much better (in em, over the line's pieces) a width must line them up to replace the page's. */
const CLEARLY = 2;

/** A paragraph's first line is set in two em: a piece that far right of a start may stand at it. */
const INDENT = 2;

/** How far a piece after a run of spaces stands from the column start nearest to it, in em. */
function offsets(pieces: readonly Piece[], starts: readonly number[], indent = 0): number[] {
  return pieces
    .filter((p, i) => i > 0 && p.spaces >= 2 && hanCount(p.text) >= 2)
    .map((p) => Math.min(...starts.map((s) => (p.x < s ? s - p.x : Math.max(0, p.x - s - indent)))));
}

/** How far from the column starts the pieces of a line that open a column's line stand, in em (capped). */
function misfit(pieces: readonly Piece[], starts: readonly number[], cap: number): number {
  return offsets(pieces, starts).reduce((sum, d) => sum + Math.min(cap, d), 0);
}

/** What a width of a space costs, in em, per step of its ratio to the page's (e: 1). */
const STRAY = 8;

/** Positions drift by a few em: within this, a piece stands at a start. */
const DRIFT = 3;

/**
 * The line with its pieces placed at the width of a space that best lines up its pieces set after a run of
 * spaces with the band's column starts, when some of them stand far from every start at the page's width;
 * the page's width stays unless another lines them up clearly better (by two em over the line).
 */
export function fitRow(row: Row, grid: Grid, em: number): Row {
  // A line the page's width lines up (an indent or a drift of a few em aside) keeps it.
  if (offsets(row.pieces, grid.starts, INDENT).every((d) => d <= DRIFT)) return row;
  const cap = grid.measure / 2;
  const base = misfit(row.pieces, grid.starts, cap);
  let best = row;
  let least = base - CLEARLY;
  for (const w of LINE_SPACE_WIDTHS) {
    if (w === em) continue;
    const pieces = piecesOf(row.raw, w);
    // (Any width lines up a lone piece with some start: the further from the page's, the likelier by chance.)
    const m = misfit(pieces, grid.starts, cap) + STRAY * Math.abs(Math.log(w / em));
    if (m < least) {
      least = m;
      best = { ...row, pieces };
    }
  }
  return best;
}
