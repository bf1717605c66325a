/**
 * Columns read across (see column-split.ts): rows of specks. A rule, a photo's edge or a column's label set
 * in reverse type, read by OCR in a page-wide mode, comes out as a line of short scraps far apart
 * (`丰|   、川 士/   4   、   8卜口?im`, `|田 口 昌`, `市 … 口`): no printed line of text is set that way.
 * Such a row is no column's line and no headline: it is marked noise (page furniture), wherever it stands.
 */
import { CREDIT_ROLE } from './credit-roles.js';
import type { Piece, Row } from './column-bands.js';

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
