/**
 * Pre-pass: columns read across. OCR in a page-wide mode (tesseract --psm 4/6, and 3 on short columns) can
 * read two or more columns side by side as one line: each output line holds one printed line of each column,
 * set apart by one or more spaces, where Chinese text itself has none. Such a run of lines is cut into its
 * columns again and laid out column by column (the left column's lines, then the next one's), a blank line
 * at each column break, before anything reads lines.
 */
import { endsSentence, HAN } from '../text/chars.js';
import type { RawLine } from './split-runs.js';

/** One piece of a line between runs of spaces, with where it stands on the line in em. */
interface Piece {
  text: string;
  /** Left edge and right edge, in em from the line's start (see `cellWidth`). */
  x: number;
  end: number;
  /** Spaces before it on the line. */
  spaces: number;
}

/** A line of the page with its pieces. */
interface Row {
  index: number;
  raw: string;
  pieces: Piece[];
}

/**
 * The width tesseract gives a space in a run of them: it sets as many spaces as fit the blank on the page,
 * at a little under an em each (a lone space between two columns is a gap of about an em, too).
 */
const SPACE_EM = 0.8;

/** The width of one character in em: Han and full-width marks 1, half-width (digits, Latin) ½. */
function cellWidth(ch: string): number {
  if (ch === ' ' || ch === '\t') return SPACE_EM;
  const c = ch.codePointAt(0)!;
  return c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027) ? 1 : 0.5;
}

function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += cellWidth(ch);
  return w;
}

/** The pieces of a line between runs of spaces, with their positions. */
function piecesOf(raw: string): Piece[] {
  const out: Piece[] = [];
  let x = 0;
  let spaces = 0;
  for (const m of raw.replace(/\s+$/u, '').matchAll(/(\s*)(\S+)/gu)) {
    spaces = m[1]!.length;
    x += spaces * SPACE_EM;
    const w = widthOf(m[2]!);
    out.push({ text: m[2]!, x, end: x + w, spaces });
    x += w;
  }
  return out;
}

/** Han characters in a text. */
function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/**
 * A printed line of body text is at least this many Han characters: a piece that long on each side of a
 * gap is two columns' lines (an OCR word gap inside one column leaves a short piece on one side).
 */
const LONG_PIECE = 6;

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
/** A character that may open a column's line. */
const OPENS_WIDE = /[\p{sc=Han}“‘（《]/u;

/**
 * The runs of text of a line, a run going on across single spaces that sit inside a credit or beside a mark
 * (记者 王一, 度， 蔬菜): spaces where Chinese text has none are only trusted between two Han characters.
 */
function textRuns(pieces: readonly Piece[]): string[] {
  const runs: string[] = [];
  for (const p of pieces) {
    const last = runs.at(-1);
    const prevEnd = last?.at(-1) ?? '';
    const next = p.text[0]!;
    // (Two marks' own blanks side by side, 。“, read as a space too.)
    const blanks = /[，。、；：？！]/u.test(prevEnd) && /[“‘（《]/u.test(next);
    const joins = last !== undefined && p.spaces === 1 && (blanks || !(WIDE.test(prevEnd) && OPENS_WIDE.test(next)));
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
function breaksBand(row: Row): boolean {
  return !/[，。、；：？！,;]|记者|通讯员|摄/u.test(row.raw);
}

/** A band of lines read across, and the line of headlines set side by side right above it, if any. */
interface Band {
  first: number;
  last: number;
  heads: number | null;
}

/** The runs of lines that read across: at least two such lines, with lines between that may be parts. */
function findBands(rows: readonly Row[]): Band[] {
  const bands: Band[] = [];
  const measure = pageMeasure(rows);
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
    // A band goes on over lines that read across, lines with a wide gap or as wide as the band (columns OCR
    // read with no space between), and single blank lines inside it.
    for (let k = i + 1; k < rows.length; k++) {
      const r = rows[k]!;
      if (r.pieces.length && breaksBand(r)) break;
      if (readsAcross(r)) {
        across++;
        j = k;
      } else if (isPart(r) || (r.pieces.length && widthOf(r.raw.trim()) >= 0.8 * wide)) j = k;
      else if (!r.pieces.length && k + 1 < rows.length && readsAcross(rows[k + 1]!)) continue;
      else break;
    }
    const above = rows[first - 1];
    const heads = above && breaksBand(above) && textRuns(above.pieces).length >= 2 ? first - 1 : null;
    // Lines of several columns are much wider than one column's lines: a single column with OCR gaps is not.
    const widths = rows
      .slice(first, j + 1)
      .filter(readsAcross)
      .map((r) => widthOf(r.raw.trim()));
    if (across >= 2 && median(widths) >= 1.6 * measure) bands.push({ first, last: j, heads });
    i = j + 1;
  }
  return bands;
}

/**
 * The measure of the page's single columns: a high quantile of the widths of its lines of body text that do
 * not read across; 0 when the page has too few of them to tell (every column read across).
 */
function pageMeasure(rows: readonly Row[]): number {
  const single = rows
    .filter((r) => hanCount(r.raw) >= LONG_PIECE && !breaksBand(r) && !readsAcross(r) && !hasWideGap(r))
    .map((r) => widthOf(r.raw.trim()))
    .sort((a, b) => a - b);
  return single.length >= 3 ? single[Math.floor((single.length - 1) * 0.8)]! : 0;
}

/** A line of a band that does not read across: a column's short line with another's set far from it. */
function isPart(row: Row): boolean {
  return row.pieces.length > 0 && hasWideGap(row) && !breaksBand(row);
}

/**
 * Where the columns of a band start, in em: places where many lines have a piece begin (after spaces), or
 * the line's start. A column's start is shared by most of its lines, so a cluster needs a third of them.
 */
function columnStarts(rows: readonly Row[]): number[] {
  const xs: { x: number; long: boolean }[] = [];
  for (const r of rows) {
    let at = 0;
    let before = '';
    for (const run of textRuns(r.pieces)) {
      const p = r.pieces[at]!;
      const long = hanCount(run) >= LONG_PIECE && hanCount(before) >= LONG_PIECE;
      // (A name after a single space, 记者 王一, starts no column.)
      if (at === 0 || p.spaces >= 2 || hanCount(run) >= LONG_PIECE) xs.push({ x: p.x, long });
      at += run.split(' ').length;
      before = run;
    }
  }
  xs.sort((a, b) => a.x - b.x);
  const clusters: { x: number; long: boolean }[][] = [];
  for (const x of xs) {
    const c = clusters.at(-1);
    if (c && x.x - c.at(-1)!.x <= 2.5) c.push(x);
    else clusters.push([x]);
  }
  // A column's start is shared by many of its lines; a long run of text beside another starts one by itself.
  const need = Math.max(2, Math.ceil(rows.length / 3));
  const strong = clusters.filter((c) => c.length >= need).map((c) => median(c.map((x) => x.x)));
  if (!strong.length || strong[0]! > 3) strong.unshift(0);
  // …but not nearer to another start than most of a column's measure (an OCR gap inside a column).
  const runs = rows.flatMap((r) =>
    textRuns(r.pieces)
      .filter((t) => hanCount(t) >= LONG_PIECE)
      .map(widthOf),
  );
  runs.sort((a, b) => a - b);
  const measure = runs[Math.floor((runs.length - 1) * 0.8)] ?? 0;
  const weak = clusters.filter((c) => c.length < need && c.some((x) => x.long)).map((c) => median(c.map((x) => x.x)));
  const starts = [...strong];
  for (const x of weak) if (starts.every((s) => Math.abs(s - x) >= 0.7 * measure)) starts.push(x);
  starts.sort((a, b) => a - b);
  return starts.filter((x, i) => i === 0 || x - starts[i - 1]! >= 6);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? 0;
}

/** The column a piece is in: the one it overlaps most (OCR's lost or added characters shift it a little). */
function columnOf(starts: readonly number[], p: Piece): number {
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
 * Cuts a piece that runs well into the next column (OCR read the gap as no space, or as a stray mark): at
 * the character standing nearest to where that column starts.
 */
function cutAtColumns(p: Piece, starts: readonly number[]): Piece[] {
  const k = columnOf(starts, p);
  const next = starts[k + 1];
  if (next === undefined || p.end <= next + 3 || p.x >= next - 3) return [p];
  const chars = [...p.text];
  let x = p.x;
  let best = 0;
  let bestD = Infinity;
  chars.forEach((ch, i) => {
    // Marks OCR made of the blank between the columns (”|_) end the left column's line.
    const d = Math.abs(x - next) - (i > 0 && GAP_MARK.test(chars[i - 1]!) && !GAP_MARK.test(ch) ? 2.5 : 0);
    if (i > 0 && d < bestD) {
      best = i;
      bestD = d;
    }
    x += cellWidth(ch);
  });
  if (best === 0) return [p];
  const left = chars.slice(0, best).join('');
  const right = chars.slice(best).join('');
  const lx = p.x + widthOf(left);
  return [{ text: left, x: p.x, end: lx, spaces: p.spaces }, ...cutAtColumns({ ...p, text: right, x: lx }, starts)];
}

/** The lines of a band laid out column by column, a blank line at each column break. */
function regroup(rows: readonly Row[], heads: Row | null): RawLine[] {
  const starts = columnStarts(rows);
  const cols: RawLine[][] = starts.map(() => []);
  for (const r of rows) {
    const parts: string[][] = starts.map(() => []);
    const firstX: number[] = starts.map(() => -1);
    for (const p of r.pieces.flatMap((p) => cutAtColumns(p, starts))) {
      const k = columnOf(starts, p);
      if (firstX[k]! < 0) firstX[k] = p.x;
      parts[k]!.push(p.text);
    }
    parts.forEach((ps, k) => {
      if (!ps.length) return;
      // A piece set in from its column's start opens a paragraph: keep the indent the page printed.
      // (Only after a sentence's end: a position read off a run of spaces is a cell or two off.)
      const prev = cols[k]!.at(-1)?.raw ?? '';
      const indent = firstX[k]! - starts[k]! >= 1.5 && (!prev || endsSentence(prev)) ? '  ' : '';
      cols[k]!.push({ index: r.index, raw: indent + ps.join(' ') });
    });
  }
  if (heads) placeHeads(heads, cols);
  const last = rows.at(-1)!.index;
  return cols
    .filter((c) => c.length)
    .flatMap((c, k) => (k ? [{ index: c[0]!.index, raw: '' }, ...c] : c))
    .concat([{ index: last, raw: '' }]);
}

/** A column's first line that opens an article: a dateline or a credit before the text. */
const OPENS_ARTICLE = /^\s*(?:本报|新华社|[（(〈【]?\s*(?:本报)?记者)/u;

/**
 * Headlines set side by side over a band (one over each article's columns) go over the columns they head:
 * the first over the first column, the others over the columns that open an article, in order.
 */
function placeHeads(heads: Row, cols: RawLine[][]): void {
  const runs = textRuns(heads.pieces);
  const opening = cols.map((c, k) => k).filter((k) => k > 0 && OPENS_ARTICLE.test(cols[k]![0]?.raw ?? ''));
  const at = opening.length === runs.length - 1 ? [0, ...opening] : null;
  runs.forEach((text, i) => {
    const k = at ? at[i]! : i === 0 ? 0 : cols.length - 1;
    cols[k]!.unshift({ index: heads.index, raw: text }, { index: heads.index, raw: '' });
  });
}

/** The page's lines, runs of lines read across columns cut into their columns and laid out column by column. */
export function splitColumns(raws: readonly string[]): RawLine[] {
  const rows: Row[] = raws.map((raw, index) => ({ index, raw, pieces: piecesOf(raw) }));
  const out: RawLine[] = [];
  let next = 0;
  for (const band of findBands(rows)) {
    const start = band.heads ?? band.first;
    for (; next < start; next++) out.push({ index: next, raw: raws[next]! });
    const body = rows.slice(band.first, band.last + 1).filter((r) => r.pieces.length);
    out.push(...regroup(body, band.heads === null ? null : rows[band.heads]!));
    next = band.last + 1;
  }
  for (; next < raws.length; next++) out.push({ index: next, raw: raws[next]! });
  return out;
}
