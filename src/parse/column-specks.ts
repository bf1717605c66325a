/**
 * Columns read across (see column-split.ts): rows of specks. A rule, a photo's edge or a column's label set
 * in reverse type, read by OCR in a page-wide mode, comes out as a line of short scraps far apart
 * (`丰|   、川 士/   4   、   8卜口?im`, `|田 口 昌`, `市 … 口`): no printed line of text is set that way.
 * Such a row is no column's line and no headline: it is marked noise (page furniture), wherever it stands.
 */
import { CREDIT_ROLE } from './credit-roles.js';
import { piecesOf, SPACE_EM, type Piece, type Row } from './column-bands.js';

/** A mark no piece of running text holds, or holds only where OCR made it of a speck. */
const SPECK_MARK = /[|丨/\\?？_~`'"<>^*#@=+口□]|[A-Za-z]/u;
/** Three Han characters in a row: a word of text, not a scrap. */
const WORD = /\p{sc=Han}{3}/u;
/** A piece that ends a sentence after text (`了。`, `镇。”`): a paragraph's last line, however short. */
const SENTENCE_TAIL = /[\p{sc=Han}\d][。！？；][”’）)]?$/u;
/** A date or a number with its unit (`4月`, `23日`, `1.2万`): text of a header strip or a table, not specks. */
const NUMBER_WORD = /\d\s*[年月日时点万亿元人次个名岁%]/u;
/** Blank space between two scraps that no letter-spacing gives: the page between them holds nothing. */
const FAR = 8;

/**
 * True for a piece that reads as a speck: a mark no text holds (`|`, `/`, `?`, Latin beside Han), a box read
 * as 口, a piece opening with a mark no printed line opens with (`、愉`), or a lone character or mark.
 */
function isScrap(text: string): boolean {
  return SPECK_MARK.test(text) || /^[、，。；：！？]/u.test(text) || [...text].length === 1;
}

/**
 * True for a piece that is text (a word, a sentence's end, a number with its unit). A number beside a speck's
 * mark (`66亿半3?`) is a photo's scraps that OCR read as digits, not a quantity.
 */
function isText(text: string): boolean {
  return WORD.test(text) || SENTENCE_TAIL.test(text) || (NUMBER_WORD.test(text) && !SPECK_MARK.test(text));
}

/**
 * True for a row of specks: two scraps or more, apart by a wide gap (three spaces or more) or two holding a
 * speck's mark, no piece of it
 * text, no credit (记者 王一 has short pieces too) and no digits alone but as one scrap among others. A row of
 * lone characters only counts when they stand far apart (a letter-spaced label, `简 讯`, is a word).
 */
export function isSpeckRow(row: Row): boolean {
  const pieces = row.pieces;
  // (Scraps a single space apart count when two of them hold a speck's mark: `|国 口 晨`.)
  const marked = pieces.filter((p) => SPECK_MARK.test(p.text)).length;
  if (pieces.length < 2 || (!pieces.some((p, i) => i > 0 && p.spaces >= 3) && marked < 2)) return false;
  // (A row of Latin and digits alone is a masthead or a page number: the furniture pass reads those.)
  if (!/[\p{sc=Han}\u3000-\u303f]/u.test(row.raw)) return false;
  if (CREDIT_ROLE_RE.test(row.raw) || pieces.some((p) => isText(p.text))) return false;
  const scraps = pieces.filter((p) => isScrap(p.text));
  if (scraps.length < 2 || scraps.length < pieces.length - 1) return false;
  return pieces.some((p) => SPECK_MARK.test(p.text) || /^[、，。；：！？]/u.test(p.text)) || farApart(pieces);
}
const CREDIT_ROLE_RE = new RegExp(`${CREDIT_ROLE}|摄`, 'u');

/** True when every gap between the pieces is wide beyond letter-spacing (a photo's edge, not a word). */
function farApart(pieces: readonly Piece[]): boolean {
  return pieces.every((p, i) => i === 0 || p.x - pieces[i - 1]!.end >= FAR);
}

/** Most pieces a lead of specks holds: a few scraps of large type, never a line's worth. */
const LEAD_MOST = 12;

/** A mark of running text or a credit: what the rest of a line after a speck lead must show to be a line of text. */
const TEXT_SIGN = new RegExp(`[，。、；：？！]|${CREDIT_ROLE}|本报`, 'u');

/**
 * Where a line's text starts after a lead of specks: large type (a headline's, a label's in reverse) that OCR
 * in a page-wide mode read on one line with a column's line standing level with it comes out as scraps far
 * apart (`|   中   AN   本报讯（记者 王一）日前，…`), then the column's line. The scraps before a wide gap
 * (three spaces or more) form a row of specks, and what follows is running text (six Han characters or more,
 * with a mark of a sentence or a credit): no printed line opens with specks. A headline after specks stays:
 * it may head a column of the band under it, which the row's pieces place. Returns the index of the first
 * piece of that text, or -1. The last such gap counts: specks may stand beside each other.
 */
export function speckLead(row: Row): number {
  const pieces = row.pieces;
  for (let k = Math.min(pieces.length - 1, LEAD_MOST); k >= 2; k--) {
    if (pieces[k]!.spaces < 3) continue;
    const lead = pieces.slice(0, k);
    // (A lead of scraps a single space apart is a phrase: `和 iPhone 16 Pro`, `口罩 和 N95`.)
    if (!lead.some((p, i) => i > 0 && p.spaces >= 3)) continue;
    if (!isSpeckRow({ index: row.index, raw: lead.map((p) => p.text).join(' '), pieces: lead })) continue;
    const rest = pieces.slice(k).map((p) => p.text);
    const han = rest.reduce((n, t) => n + (t.match(/\p{sc=Han}/gu)?.length ?? 0), 0);
    if (han >= 6 && TEXT_SIGN.test(rest.join(' '))) return k;
  }
  return -1;
}

/**
 * A line with a lead of specks (see `speckLead`) cut in two: the specks, and the text with spaces where they
 * stood (as many as keep its place on the line), so that it still stands in its column. Null for other lines.
 */
export function cutSpeckLead(raw: string): { specks: string; text: string } | null {
  const pieces = piecesOf(raw);
  const k = speckLead({ index: 0, raw, pieces });
  if (k < 0) return null;
  const at = [...raw.matchAll(/\S+/gu)][k]!.index;
  return { specks: raw.slice(0, at).trim(), text: ' '.repeat(Math.round(pieces[k]!.x / SPACE_EM)) + raw.slice(at) };
}
