/**
 * Pre-pass: columns read across. OCR in a page-wide mode (tesseract --psm 4/6, and 3 on short columns) can
 * read two or more columns side by side as one line: each output line holds one printed line of each column,
 * set apart by one or more spaces, where Chinese text itself has none. Such a run of lines is cut into its
 * columns again and laid out column by column (the left column's lines, then the next one's), a blank line
 * at each column break, before anything reads lines.
 */
import { endsSentence } from '../text/chars.js';
import { columnOf, cutAtColumns, type Grid } from './column-cuts.js';
import { fitRow } from './column-fit.js';
import { findPairs, layOutPair } from './column-pairs.js';
import {
  findBands,
  hanCount,
  LONG_PIECE,
  median,
  piecesOf,
  SPACE_WIDTHS,
  textRuns,
  widthOf,
  type Band,
  type Piece,
  type Row,
} from './column-bands.js';
import { overLine, overWhich, type OverLine } from './column-head-over.js';
import { findHeadRows, layOutHeadRow } from './column-head-row.js';
import { headsAbove, headTexts, isCreditHeads, placeHeads } from './column-heads.js';
import { setInnerHeads } from './column-inner-heads.js';
import { cutSpeckLead, isSpeckRow } from './column-specks.js';
import { placeTail, tailRows } from './column-tail.js';
import type { RawLine } from './split-runs.js';

/** Where a piece of a line begins, and whether it is a long run of text beside another. */
interface Start {
  x: number;
  long: boolean;
}

/**
 * Where the columns of a band start, in em. Lines that hold a long run of text in each column (as many as
 * any line holds, on two lines or more) show them best: positions read off flush text drift least. Else, or
 * besides, places where many lines have a piece begin (a third of them), or where a long run begins beside
 * another one; never nearer to another start than most of a column's measure (an OCR gap inside a column).
 */
function columnStarts(rows: readonly Row[]): Grid {
  const widths = rows.flatMap((r) => longRuns(r).map((p) => widthOf(p.text)));
  widths.sort((a, b) => a - b);
  const measure = widths[Math.floor((widths.length - 1) * 0.8)] ?? 0;
  const xs = rows.flatMap(pieceStarts).sort((a, b) => a.x - b.x);
  const clusters: Start[][] = [];
  for (const x of xs) {
    const c = clusters.at(-1);
    if (c && x.x - c.at(-1)!.x <= 2.5) c.push(x);
    else clusters.push([x]);
  }
  const need = Math.max(2, Math.ceil(rows.length / 3));
  const anchors = fullRowStarts(rows);
  const starts = anchors ?? clusters.filter((c) => c.length >= need).map((c) => median(c.map((x) => x.x)));
  if (!starts.length || starts[0]! > 3) starts.unshift(0);
  const more = clusters.filter((c) => c.length >= need || c.some((x) => x.long)).map((c) => median(c.map((x) => x.x)));
  for (const x of more) if (starts.every((s) => Math.abs(s - x) >= 0.7 * measure)) starts.push(x);
  starts.sort((a, b) => a - b);
  return { starts: starts.filter((x, i) => i === 0 || x - starts[i - 1]! >= 6), measure };
}

/** The long runs of text of a line (six Han characters or more), as pieces with their positions. */
function longRuns(row: Row): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const run of textRuns(row.pieces)) {
    const p = row.pieces[at]!;
    if (hanCount(run) >= LONG_PIECE) out.push({ ...p, text: run, end: p.x + widthOf(run) });
    at += run.split(' ').length;
  }
  return out;
}

/** The starts of the long runs of the lines that hold the most of them, when two lines or more do. */
function fullRowStarts(rows: readonly Row[]): number[] | null {
  const runs = rows.map(longRuns);
  const most = Math.max(...runs.map((r) => r.length));
  const full = runs.filter((r) => r.length === most);
  if (most < 2 || full.length < 2) return null;
  return full[0]!.map((_, i) => median(full.map((r) => r[i]!.x)));
}

/** Where the pieces of a line that may start a column begin. */
function pieceStarts(row: Row): Start[] {
  const out: Start[] = [];
  let at = 0;
  let before = '';
  for (const run of textRuns(row.pieces)) {
    const p = row.pieces[at]!;
    const long = hanCount(run) >= LONG_PIECE && hanCount(before) >= LONG_PIECE;
    // (A name after a single space, 记者 王一, starts no column, nor a speck OCR made of a blank.)
    if (at === 0 || (p.spaces >= 2 && /[\p{sc=Han}0-9]/u.test(run)) || hanCount(run) >= LONG_PIECE)
      out.push({ x: p.x, long });
    at += run.split(' ').length;
    before = run;
  }
  return out;
}

/** The lines of a band laid out column by column, a blank line at each column break. */
function regroup(
  band: readonly Row[],
  heads: Row | null,
  spaceEm: number,
  tail: readonly Row[],
  over: OverLine | null = null,
): RawLine[] {
  const rows = withSpaceWidth(band, spaceEm);
  const grid = columnStarts(rows);
  let starts = grid.starts;
  let cols = assign(rows, { starts, measure: grid.measure }, spaceEm);
  // A column of nothing but fragments is none: OCR gaps inside another column gave it a start.
  for (;;) {
    const short = (l: RawLine): boolean => widthOf(l.raw.trim()) < 0.5 * grid.measure;
    const k = cols.findIndex((c, k) => k > 0 && k < starts.length && c.length > 0 && c.every(short));
    if (k < 0) break;
    starts = starts.filter((_, i) => i !== k);
    cols = assign(rows, { starts, measure: grid.measure }, spaceEm);
  }
  const placed = tail.length > 0 && placeTail(tail, cols, grid.measure);
  if (heads) placeHeads(heads, cols, over);
  const last = rows.at(-1)!.index;
  return setInnerHeads(cols)
    .filter((c) => c.length)
    .flatMap((c, k) => (k ? [{ index: c[0]!.index, raw: '' }, ...c] : c))
    .concat([{ index: last, raw: '' }], placed ? [] : tail.map((r) => ({ index: r.index, raw: r.raw })));
}

/**
 * The width of a space on this page (the OCR mode and the resolution are the page's): the one that lines up
 * the most pieces set after a run of spaces with pieces on other lines of their band (the columns' starts).
 * The usual width stays unless another lines up clearly more.
 */
function spaceWidth(bands: readonly (readonly Row[])[]): number {
  const lined = (em: number): number => bands.reduce((n, band) => n + linedUp(withSpaceWidth(band, em)), 0);
  const usual = lined(SPACE_WIDTHS[0]!);
  let best = SPACE_WIDTHS[0]!;
  let most = usual + 2;
  for (const em of SPACE_WIDTHS.slice(1)) {
    const n = lined(em);
    if (n > most) {
      best = em;
      most = n;
    }
  }
  return best;
}

/** Pieces after a run of spaces that stand where a piece of another line of the band starts too. */
function linedUp(band: readonly Row[]): number {
  const starts = band
    .flatMap((r, line) =>
      r.pieces.filter((p, i) => i > 0 && p.spaces >= 2 && hanCount(p.text) >= 2).map((p) => ({ x: p.x, line })),
    )
    .sort((a, b) => a.x - b.x);
  // (In order of place, the nearest start of another line on each side is the one to ask: `before[k]` is the
  // nearest one before the k-th start, `after[k]` after it; one pass each way, not every pair of a long band.)
  const before: number[] = [];
  starts.forEach((s, k) => {
    before.push(k === 0 ? -1 : starts[k - 1]!.line !== s.line ? k - 1 : before[k - 1]!);
  });
  const after: number[] = [];
  for (let k = starts.length - 1; k >= 0; k--)
    after[k] = k === starts.length - 1 ? -1 : starts[k + 1]!.line !== starts[k]!.line ? k + 1 : after[k + 1]!;
  const near = (k: number, j: number): boolean => j >= 0 && Math.abs(starts[k]!.x - starts[j]!.x) <= 2;
  return starts.filter((_, k) => near(k, before[k]!) || near(k, after[k]!)).length;
}

function withSpaceWidth(band: readonly Row[], em: number): Row[] {
  return band.map((r) => ({ ...r, pieces: piecesOf(r.raw, em) }));
}

/**
 * Each column's lines: the pieces of each line that stand in it. A column's line is never wider than its
 * measure: a piece set apart by a space that would make it so is the next column's, one more column past the
 * last when there is none (its start read too far right, or never read: a column only a few lines hold).
 */
function assign(band: readonly Row[], grid: Grid, em: number): RawLine[][] {
  const { starts, measure } = grid;
  const cols: RawLine[][] = [...starts, 0].map(() => []);
  for (const r of band.map((row) => fitRow(row, grid, em))) {
    const parts: string[][] = cols.map(() => []);
    const firstX: number[] = cols.map(() => -1);
    let at = 0;
    for (const p of r.pieces.flatMap((p) => cutAtColumns(p, grid))) {
      let k = Math.max(at, columnOf(starts, p));
      // A short piece after a gap opens a column's line (a paragraph's last words): it goes with the start it
      // stands at, though it overlaps the column before more (its position is a guess of a cell or two).
      const near =
        p.spaces >= 2 && widthOf(p.text) < 0.5 * measure ? starts.findIndex((s) => p.x >= s - 2 && p.x < s) : -1;
      if (near > k) k = near;
      // A piece standing far past the last column's measure is a column the grid never saw.
      if (k === starts.length - 1 && p.x - starts[k]! > 1.5 * measure) k++;
      const over = widthOf(parts[k]!.join('') + p.text) > 1.15 * measure;
      if (k < starts.length && parts[k]!.length && over && hanCount(p.text)) k++;
      if (firstX[k]! < 0) firstX[k] = p.x;
      parts[k]!.push(p.text);
      at = k;
    }
    parts.forEach((ps, k) => {
      if (!ps.length) return;
      // A piece set in from its column's start opens a paragraph: keep the indent the page printed.
      // (Only after a sentence's end: a position read off a run of spaces is a cell or two off.)
      const prev = cols[k]!.at(-1)?.raw ?? '';
      const indent = firstX[k]! - (starts[k] ?? Infinity) >= 1.5 && (!prev || endsSentence(prev)) ? '  ' : '';
      cols[k]!.push({ index: r.index, raw: indent + ps.join(' ') });
    });
  }
  return cols;
}

/**
 * A band and the line of headlines over it: the line above it, or its own first line when that is a credit
 * beside heads (a feature's byline and subheads), which then is no row of it.
 */
function creditHeadsOff(rows: readonly Row[], band: Band): Band & { heads: number | null } {
  const lines = rows.slice(band.first + 1, band.last + 1).filter((r) => r.pieces.length);
  if (lines.length < 2 || !isCreditHeads(rows[band.first]!, lines))
    return { ...band, heads: headsAbove(rows, band.first) };
  return { first: lines[0]!.index, last: band.last, heads: band.first };
}

/** A band's tail: the lone last lines under it that are its columns' (see column-tail.ts). */
function bandTail(rows: readonly Row[], band: Band): Row[] {
  return tailRows(
    rows,
    band.last,
    rows.slice(band.first, band.last + 1).some((r) => !r.pieces.length),
  );
}

/** The page's lines, runs of lines read across columns cut into their columns and laid out column by column. */
export function splitColumns(page: readonly string[]): RawLine[] {
  // Specks read before a column's line on one line go apart from it first, a row of specks of their own.
  const leads = new Map<number, string>();
  const raws = page.map((raw, index) => {
    const cut = cutSpeckLead(raw);
    if (cut) leads.set(index, cut.specks);
    return cut?.text ?? raw;
  });
  // Rows of specks (a rule, a photo's edge) read as blank: they cut no band and join no column's line.
  const specks = new Set(
    raws.flatMap((raw, index) => (isSpeckRow({ index, raw, pieces: piecesOf(raw) }) ? [index] : [])),
  );
  const lead = (index: number): RawLine[] => {
    const text = leads.get(index);
    return text ? [{ index, raw: text, noise: true }] : [];
  };
  const rows: Row[] = raws.map((raw, index) => ({ index, raw, pieces: specks.has(index) ? [] : piecesOf(raw) }));
  // Bands are found on the lines as read: a line cut from its specks holds a single column's line, set far in,
  // and would end the band there (a photo's foot beside a column); its specks go as noise after the band.
  const read = rows.map((r) =>
    leads.has(r.index) ? { ...r, raw: page[r.index]!, pieces: piecesOf(page[r.index]!) } : r,
  );
  const bands = findBands(read).map((b) => creditHeadsOff(rows, b));
  const bodies = bands.map((b) => rows.slice(b.first, b.last + 1).filter((r) => r.pieces.length));
  const spaceEm = spaceWidth(bodies);
  const tails = bands.map((band) => bandTail(rows, band));
  const regions = bands.map((band, i) => {
    const tail = tails[i]!;
    const heads = band.heads === null ? null : rows[band.heads]!;
    // (A line over the heads that stands over a later one: a kicker or a headline's first line.)
    const found = heads && overLine(rows, heads.index);
    const apart =
      found && bands.every((b, k) => (tails[k]!.at(-1)?.index ?? b.last) < found.index || b.first > found.index);
    const over = apart && overWhich(found, heads, headTexts(heads)) > 0 ? found : null;
    const first = over?.index ?? band.heads ?? band.first;
    return {
      first,
      last: tail.at(-1)?.index ?? band.last,
      lines: (): RawLine[] => {
        const lines = regroup(bodies[i]!, heads, spaceEm, tail, over);
        if (over?.specks) lines.unshift({ index: over.index, raw: over.specks, noise: true });
        // Headlines side by side start new stories: the lines above them end theirs.
        const above = band.heads !== null && rows[first - 1]?.raw.trim();
        return above ? [{ index: first, raw: '' }, ...lines] : lines;
      },
    };
  });
  const taken = new Set(regions.flatMap((r) => rows.slice(r.first, r.last + 1).map((row) => row.index)));
  for (const row of findHeadRows(rows, taken)) {
    if (rows.slice(row.index, row.last + 1).some((r) => taken.has(r.index))) continue;
    regions.push({ first: row.index, last: row.last, lines: () => layOutHeadRow(rows, row) });
    for (let i = row.index; i <= row.last; i++) taken.add(i);
  }
  for (const pair of findPairs(rows, taken))
    regions.push({ first: pair.first, last: pair.after ?? pair.last, lines: () => layOutPair(rows, pair) });
  regions.sort((a, b) => a.first - b.first);
  const out: RawLine[] = [];
  const line = (index: number): RawLine => ({
    index,
    // (A line cut from its specks read alone: the spaces kept its place for the bands, the page set none.)
    raw: leads.has(index) ? raws[index]!.trimStart() : raws[index]!,
    ...(specks.has(index) ? { noise: true } : {}),
  });
  let next = 0;
  for (const region of regions) {
    for (; next < region.first; next++) out.push(...lead(next), line(next));
    out.push(...region.lines());
    // A speck row inside the region goes after it, a line of its own.
    for (let i = region.first; i <= region.last; i++) {
      if (specks.has(i)) out.push(line(i), { index: i, raw: '' });
      if (leads.has(i)) out.push(...lead(i), { index: i, raw: '' });
    }
    next = region.last + 1;
  }
  for (; next < raws.length; next++) out.push(...lead(next), line(next));
  return out;
}
