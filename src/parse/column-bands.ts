/**
 * Columns read across (see column-split.ts): the lines of a page as pieces with positions, and the runs of
 * lines (bands) that hold several columns side by side.
 */
import { HAN } from '../text/chars.js';
import { CREDIT_ROLE } from './credit-roles.js';
import { insertSorted } from './sorted-numbers.js';

/** One piece of a line between runs of spaces, with where it stands on the line in em. */
export interface Piece {
  text: string;
  /** Left edge and right edge, in em from the line's start (see `cellWidth`). */
  x: number;
  end: number;
  /** Spaces before it on the line. */
  spaces: number;
}

/** A line of the page with its pieces. */
export interface Row {
  index: number;
  raw: string;
  pieces: Piece[];
}

/**
 * The width tesseract gives a space in a run of them: it sets as many spaces as fit the blank on the page,
 * at a little under an em each on a clean page at 300 dpi (a lone space between two columns is a gap of about
 * an em, too); the band's own alignment tells it better (see column-split.ts).
 */
export const SPACE_EM = 0.8;

/** The width of one character in em: Han and full-width marks 1, half-width (digits, Latin) ½. */
export function cellWidth(ch: string): number {
  if (ch === ' ' || ch === '\t') return SPACE_EM;
  const c = ch.codePointAt(0)!;
  return c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027) ? 1 : 0.5;
}

export function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += cellWidth(ch);
  return w;
}

/** The pieces of a line between runs of spaces, with their positions. */
export function piecesOf(raw: string, spaceEm = SPACE_EM): Piece[] {
  const out: Piece[] = [];
  let x = 0;
  let spaces = 0;
  for (const m of raw.trimEnd().matchAll(/(\s*)(\S+)/gu)) {
    spaces = m[1]!.length;
    // A lone space beside a digit or Latin letter is the quarter em a newspaper system sets between them and
    // Han text (5 月, 全县 6), not a blank of an em.
    const beside = spaces === 1 && (/[0-9A-Za-z%.]$/u.test(out.at(-1)?.text ?? '') || /^[0-9A-Za-z]/u.test(m[2]!));
    x += beside ? 0.25 : spaces * spaceEm;
    const w = widthOf(m[2]!);
    out.push({ text: m[2]!, x, end: x + w, spaces });
    x += w;
  }
  return out;
}

/** Han characters in a text. */
export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/**
 * A printed line of body text is at least this many Han characters: a piece that long on each side of a
 * gap is two columns' lines (an OCR word gap inside one column leaves a short piece on one side).
 */
export const LONG_PIECE = 6;

/**
 * True when the line holds the lines of several columns: two long runs of text apart by spaces. Bylines
 * (记者 王一 通讯员 李二) and dates have spaces between short pieces, never two long runs.
 */
function readsAcross(row: Row): boolean {
  const runs = textRuns(row.pieces);
  return runs.filter((r) => hanCount(r) >= LONG_PIECE).length >= 2;
}

/** A character that may end a column's line: Han, or a full-width mark after it. */
const WIDE = /[\p{sc=Han}”’）》。，、；：？！]/u;
/** A piece that is a speck alone. */
const SPECK = /^[|丨_"'“”]+$/u;
/** A character that may open a column's line. */
const OPENS_WIDE = /[\p{sc=Han}“‘（《]/u;

/**
 * The runs of text of a line, a run going on across single spaces that sit inside a credit or beside a mark
 * (记者 王一, 度， 蔬菜): spaces where Chinese text has none are only trusted between two Han characters.
 */
export function textRuns(pieces: readonly Piece[]): string[] {
  const runs: string[] = [];
  for (const [i, p] of pieces.entries()) {
    const last = runs.at(-1);
    const prevEnd = last?.at(-1) ?? '';
    const next = p.text[0]!;
    // (Two marks' own blanks side by side, 。“, read as a space too.)
    const blanks = /[，。、；：？！]/u.test(prevEnd) && /[“‘（《]/u.test(next);
    // A speck OCR made of the blank between two columns (|, ”) stands for a gap, never joins.
    // (So does one at the end of a piece, 电话“|, and a closing mark opening one: no printed line starts
    // with ”, so OCR made it of the blank or of the next column's opening quote.)
    const speck =
      SPECK.test(p.text) || SPECK.test(pieces[i - 1]?.text ?? '') || /[|丨]$/u.test(prevEnd) || /^”/u.test(next);
    const joins =
      last !== undefined && p.spaces === 1 && !speck && (blanks || !(WIDE.test(prevEnd) && OPENS_WIDE.test(next)));
    if (joins) runs[runs.length - 1] = `${last} ${p.text}`;
    else runs.push(p.text);
  }
  return runs;
}

/** A line set apart from the text by a long run of spaces before a piece (a short line's end, a credit). */
function hasWideGap(row: Row): boolean {
  return row.pieces.some((p, i) => i > 0 && p.spaces >= 3);
}

/**
 * A line that is no part of a band: text with no mark of a sentence in it, not a credit. Headlines, kickers
 * and a photo's specks sit on lines of their own across the columns: they cut the page into bands.
 */
export function breaksBand(row: Row): boolean {
  return !SENTENCE_OR_CREDIT.test(row.raw);
}
/** A mark of a sentence, or a credit's role (any reporter's title, 通讯员, 实习生) or a photo's 摄. */
const SENTENCE_OR_CREDIT = new RegExp(`[，。、；：？！,;]|${CREDIT_ROLE}|摄`, 'u');

/** A band of lines read across: its first and last line. */
export interface Band {
  first: number;
  last: number;
}

/** The runs of lines that read across: at least two such lines, with lines between that may be parts. */
export function findBands(rows: readonly Row[]): Band[] {
  const bands: Band[] = [];
  const blocks = singleBlocks(rows);
  const page = measureOf(blocks.flatMap((b) => b.widths));
  let i = 0;
  while (i < rows.length) {
    if (!readsAcross(rows[i]!) || breaksBand(rows[i]!)) {
      i++;
      continue;
    }
    let first = i;
    // A line above with a wide gap (a column's short line beside another's) is part of the band.
    while (first > 0 && isPart(rows[first - 1]!)) first--;
    const wide = widthOf(rows[i]!.raw.trim());
    let j = i;
    let across = 1;
    // What the lines after are measured against, gathered as the band grows: where long runs start after a
    // gap on its lines, and the widths of its long runs from line i on (see atColumnStart, tooWide).
    // (The widths are kept sorted as they come, so that their median is read off at each line, not sorted again.)
    const starts = rows.slice(first, i + 1).flatMap(gapStarts);
    const runs = longRuns(rows[i]!).sort((a, b) => a - b);
    const take = (k: number): void => {
      for (const r of rows.slice(j + 1, k + 1)) {
        starts.push(...gapStarts(r));
        for (const w of longRuns(r)) insertSorted(runs, w);
      }
      j = k;
    };
    // A band goes on over lines that read across, lines with a wide gap or as wide as the band (columns OCR
    // read with no space between) or too wide for one of its columns, and single blank lines inside it.
    for (let k = i + 1; k < rows.length; k++) {
      const r = rows[k]!;
      if (r.pieces.length && breaksBand(r)) break;
      if (readsAcross(r)) {
        across++;
        take(k);
      } else if (
        isPart(r) ||
        (r.pieces.length && widthOf(r.raw.trim()) >= 0.8 * wide) ||
        tooWide(r, runs) ||
        atColumnStart(r, starts)
      )
        take(k);
      else if (!r.pieces.length && k + 1 < rows.length && goesOnAfterBlank(rows[k + 1]!, starts)) continue;
      else break;
    }
    // Lines of several columns are much wider than one column's lines: a single column with OCR gaps is not.
    const widths = rows
      .slice(first, j + 1)
      .filter(readsAcross)
      .map((r) => widthOf(r.raw.trim()));
    const measure = measureNear(blocks, page, first);
    if (across >= 2 && median(widths) >= 1.6 * measure && gapsLineUpAtSomeSpace(rows.slice(first, j + 1)))
      bands.push({ first, last: j });
    i = j + 1;
  }
  return bands;
}

/** A block of lines (between blank lines) of a single column: where it ends and its long lines' widths. */
interface Measured {
  last: number;
  widths: number[];
}

/**
 * The blocks of single-column body text: blocks with no line read across (lines in a block with a line read
 * across in it may be such lines OCR read with no gap), their lines of body text measured.
 */
function singleBlocks(rows: readonly Row[]): Measured[] {
  const out: Measured[] = [];
  let block: Row[] = [];
  for (const r of [...rows, { index: -1, raw: '', pieces: [] }]) {
    if (r.pieces.length) {
      block.push(r);
      continue;
    }
    if (block.length && !block.some((b) => readsAcross(b) || hasWideGap(b))) {
      const long = block.filter((b) => hanCount(b.raw) >= LONG_PIECE && !breaksBand(b));
      out.push({ last: block.at(-1)!.index, widths: long.map((b) => widthOf(b.raw.trim())) });
    }
    block = [];
  }
  return out;
}

/** A high quantile of widths: the measure of their column (a paragraph's last line is short). */
function measureOf(widths: readonly number[]): number {
  const s = [...widths].sort((a, b) => a - b);
  return s.length >= 3 ? s[Math.floor((s.length - 1) * 0.8)]! : 0;
}

/**
 * The measure of a single column near a band: the page's (a high quantile of the widths of its lines of body
 * text that do not read across; 0 when too few to tell), or, when narrower, the block of text just above the
 * band's first line: a story's columns have one width, while a page's measure may be that of a briefs column
 * or a lead set the page's whole width.
 */
function measureNear(blocks: readonly Measured[], page: number, first: number): number {
  const above = blocks.filter((b) => b.last < first && first - b.last <= NEAR_ROWS).at(-1);
  const local = above ? measureOf(above.widths) : 0;
  return local && (!page || local < page) ? local : page;
}
/** How far above a band a block still tells its column's measure, in lines. */
const NEAR_ROWS = 12;

/** Widths a space of tesseract's may have, in em: scans at a lower resolution give it less. */
export const SPACE_WIDTHS = [0.8, 0.7, 0.9, 0.6, 1, 0.5, 0.4];

/**
 * True when the band's gaps line up for some width of a space: on a scan a space may be half an em, so that
 * the positions read at the usual width scatter columns that stand one under another.
 */
function gapsLineUpAtSomeSpace(rows: readonly Row[]): boolean {
  return SPACE_WIDTHS.some((em) => gapsLineUp(rows.map((r) => ({ ...r, pieces: piecesOf(r.raw, em) }))));
}

/** Where the long runs of text of a line that stand after a gap begin (the starts of columns but the first). */
function gapStarts(row: Row): number[] {
  const xs: number[] = [];
  let at = 0;
  for (const run of textRuns(row.pieces)) {
    if (at > 0 && hanCount(run) >= LONG_PIECE) xs.push(row.pieces[at]!.x);
    at += run.split(' ').length;
  }
  return xs;
}

/**
 * True when two lines of a band have a long run of text begin at about the same place after a gap: columns
 * stand one under another. OCR gaps inside one column fall anywhere.
 */
function gapsLineUp(rows: readonly Row[]): boolean {
  // (In order of place, two starts of different lines that close stand next to each other somewhere between
  // them: one look at each neighbour, not at every pair of a long band.)
  const starts = rows.flatMap((r, line) => gapStarts(r).map((x) => ({ x, line }))).sort((a, b) => a.x - b.x);
  return starts.some((a, k) => k > 0 && a.line !== starts[k - 1]!.line && a.x - starts[k - 1]!.x <= 3);
}

/** The widths of a line's long runs of text (a column's line each). */
function longRuns(row: Row): number[] {
  return textRuns(row.pieces)
    .filter((t) => hanCount(t) >= LONG_PIECE)
    .map(widthOf);
}

/**
 * A line with a space in it too wide for one column of the band so far (1.3 times the median of the widths of
 * its long runs, `sorted` in order): a column's line and another column's short one, the gap between them read
 * as one space.
 */
function tooWide(row: Row, sorted: readonly number[]): boolean {
  if (row.pieces.length < 2) return false;
  return widthOf(row.raw.trim()) > 1.3 * (sorted[Math.floor((sorted.length - 1) / 2)] ?? 0);
}

/**
 * True when the line after a blank line inside a band still holds several columns: it reads across, or holds a
 * column's line and a run of text that starts where a column of the band starts (OCR in its page-wide modes sets
 * a blank line wherever the rows of a band leave more room). A short line set far from another after a blank
 * line may be the foot of the band and the head of the next one, or a photo's specks: it ends the band.
 */
function goesOnAfterBlank(row: Row, starts: readonly number[]): boolean {
  return readsAcross(row) || atColumnStart(row, starts);
}

/**
 * True when the line holds a column's line (a long run of text) and a run of text (two Han characters or
 * more) after a space that starts where a long run starts after a gap on a line of the band (`starts`, see
 * gapStarts): a column's line and the next column's, the blank between them read as one space.
 */
function atColumnStart(row: Row, starts: readonly number[]): boolean {
  if (row.pieces.length < 2 || breaksBand(row)) return false;
  const runs = textRuns(row.pieces);
  if (!runs.some((r) => hanCount(r) >= LONG_PIECE)) return false;
  let at = 0;
  for (const run of runs) {
    const x = row.pieces[at]!.x;
    if (at > 0 && hanCount(run) >= 2 && starts.some((s) => Math.abs(s - x) <= 2)) return true;
    at += run.split(' ').length;
  }
  return false;
}

/** A line of a band that does not read across: a column's short line with another's set far from it. */
function isPart(row: Row): boolean {
  return row.pieces.length > 0 && hasWideGap(row) && !breaksBand(row);
}

/** The middle value (the lower of the two middle ones), 0 for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}
