/**
 * Columns read across (see column-split.ts): a line over a row of headlines side by side that holds the
 * kicker or the first line of a later headline only (`   引题…` over `左标题     右标题`), the heads before it
 * being of one line. OCR sets it alone on its line, after blank space or a photo's specks, and the line would
 * go over the first column's headline. It goes over the head it stands over instead: its place on its line
 * against the heads' places on theirs. (Large type gets fewer spaces for a blank than text does, so places
 * are read as a share of each line's own width, which a row of heads and the line over it fill alike.)
 */
import { breaksBand, hanCount, textRuns, type Piece, type Row } from './column-bands.js';
import { isSpeckRow } from './column-specks.js';

/** The text of a line over a row of heads, the specks before it, and where it stands (a share of the line). */
export interface OverLine {
  index: number;
  /** The specks before the text ('' for none), page furniture. */
  specks: string;
  text: string;
  at: number;
}

/** A headline's line holds this many Han characters at least (a scrap of large type holds fewer). */
const HEAD_LEAST_HAN = 4;

/**
 * The line right over a row of heads (`heads`) when it holds one run of text, set after a blank of three
 * spaces or more or a lead of specks, with no mark of a sentence in the text; null for other lines.
 */
export function overLine(rows: readonly Row[], heads: number): OverLine | null {
  const row = rows[heads - 1];
  if (!row?.pieces.length) return null;
  // (The page's first printed line is its furniture, set to the right over the heads (the paper's or a
  // section's name): a kicker has the page's furniture above it.)
  if (rows.findIndex((r) => r.pieces.length > 0) === heads - 1) return null;
  const pieces = row.pieces;
  // (The text after the last wide gap; what stands before it must be specks, or nothing but blank space.)
  let k = pieces.length - 1;
  while (k > 0 && pieces[k]!.spaces < 3) k--;
  const lead = pieces.slice(0, k);
  const rest = pieces.slice(k);
  if (rest[0]!.spaces < 3) return null;
  if (lead.length && !isSpeckRow({ index: row.index, raw: lead.map((p) => p.text).join(' '), pieces: lead }))
    return null;
  const text = rest.map((p) => p.text).join(' ');
  // (A speck may be a mark of a sentence, `、`: the text alone holds none.)
  if (textRuns(rest).length !== 1 || hanCount(text) < HEAD_LEAST_HAN || !breaksBand({ ...row, raw: text })) return null;
  return { index: row.index, specks: lead.map((p) => p.text).join(' '), text, at: shareOf(rest[0]!, pieces) };
}

/** Where a piece starts on its line, as a share of the line's width. */
function shareOf(piece: Piece, line: readonly Piece[]): number {
  const end = line.at(-1)!.end;
  return end > 0 ? piece.x / end : 0;
}

/**
 * Which of the heads placed over the columns (`placed`: their texts in order, each as the pieces of the row
 * they hold) the line over the row stands over: the one whose start is nearest its own, as shares of their
 * lines. -1 when that is the first (the line stays where OCR set it, over the first column's head).
 */
export function overWhich(over: OverLine, heads: Row, placed: readonly string[]): number {
  let at = 0;
  const shares = placed.map((text) => {
    // (A head's text is its pieces joined by single spaces: it starts at the next piece that opens it.)
    const first = text.split(' ')[0]!;
    while (at < heads.pieces.length && heads.pieces[at]!.text !== first) at++;
    const p = heads.pieces[Math.min(at, heads.pieces.length - 1)]!;
    at += text.split(' ').length;
    return shareOf(p, heads.pieces);
  });
  let best = 0;
  shares.forEach((s, i) => {
    if (Math.abs(s - over.at) < Math.abs(shares[best]! - over.at)) best = i;
  });
  return best > 0 ? best : -1;
}
