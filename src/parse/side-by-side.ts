/**
 * Pre-pass: lines of two columns a PDF text layer set side by side. pdftotext reads the lines of
 * neighbouring columns that stand at the same height as one line, and sets one space between them whatever
 * the gap on the page (`…柳塘镇的农民 全镇建成集中育秧中心5个，可供`); the text after the space is another
 * column's line, most often its first, whose rest follows elsewhere. Chinese running text has no spaces
 * between words, so a space between two long runs of Han text, on a line wider than the page's column, is
 * such a gap. The pieces after the first go out of the block, each column's as a block of its own right after
 * it, marked as strays: their place is no place in the page's order, and the reading-order pass joins them
 * to the text they go on in (see interleaved-lines.ts).
 */
import { countHan, visualWidth } from '../text/chars.js';
import { PHOTO_CREDIT } from './photo-credit.js';
import type { RawLine } from './split-runs.js';

/**
 * Body punctuation: a line of running text carries it (a headline set in two phrases does not, nor the
 * editors' line, whose roles take a colon).
 */
const BODY_MARK = /[，。、；？！]/u;
/** How a column's piece may end: Han text or its punctuation, never a digit or a Latin word (`全县 6`). */
const ENDS_TEXT = /[\p{sc=Han}，。、；：？！”’）》]$/u;
/** How a column's piece may open: Han text or an opening mark. */
const OPENS_TEXT = /^[\p{sc=Han}“‘（《]/u;
/** A piece too long to be a name in a credit (记者 王一 通讯员 李二): a column's line, or most of one. */
const LONG = 6;

/** The most space-parted words of a photo's credit: （通讯员 王一 李二 本报记者 张三 摄）. */
const CREDIT_WORDS = 8;

/** Returns the lines with the pieces of side-by-side columns set apart (see the module's comment). */
export function splitSideBySide(lines: readonly RawLine[]): RawLine[] {
  const pieces = piecesOf(lines);
  const out: RawLine[] = [];
  // Pieces held back until the block they were read in ends: one list per column to the right.
  let held: RawLine[][] = [];
  const flush = (): void => {
    for (const block of held) if (block.length) out.push({ index: block[0]!.index, raw: '' }, ...block);
    held = [];
  };
  lines.forEach((line, i) => {
    if (line.raw.trim() === '') flush();
    const [first, ...rest] = pieces[i]!;
    if (!rest.length) return void out.push(line);
    out.push({ ...line, raw: first! });
    rest.forEach((raw, k) => (held[k] ??= []).push({ index: line.index, raw, stray: true }));
  });
  flush();
  return out;
}

/**
 * Each line's pieces (one: the line as it is). A run of lines cut into different numbers of pieces is left
 * whole: which piece stands in which column cannot be told there.
 */
function piecesOf(lines: readonly RawLine[]): string[][] {
  const measure = columnMeasure(lines);
  // A line the columns-read-across pass already cut (its pieces share its number) is one column's piece.
  const count = new Map<number, number>();
  for (const l of lines) if (l.raw.trim()) count.set(l.index, (count.get(l.index) ?? 0) + 1);
  const out = lines.map((line) => {
    const raw = line.raw.trim();
    if (!measure || count.get(line.index)! > 1 || !BODY_MARK.test(raw) || visualWidth(raw) < measure * 1.4)
      return [line.raw];
    const pieces = cut(line.raw);
    // The first piece is a whole line of its column: pdftotext sets lines side by side that stand level, each
    // justified to its measure (OCR's pieces of a line read across are anywhere in it).
    // (A credit sets its names an em apart, which pdftotext gives as one space: 本报讯（记者 王一 通讯员 李二, cut
    // before the credit closes.)
    const first = /[（(〈][^）)〉]*$/u.test(pieces[0]!) ? pieces[0]!.replace(/ /gu, '\u3000') : pieces[0]!;
    return pieces.length > 1 && visualWidth(first) >= measure * 0.8 ? pieces : [line.raw];
  });
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j < out.length && out[j]!.length > 1) j++;
    if (new Set(out.slice(i, j).map((p) => p.length)).size > 1) for (let k = i; k < j; k++) out[k] = [lines[k]!.raw];
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A line cut at the spaces that stand between two columns' text: the text before the space is a long run
 * ending in Han text, the text after it opens with Han text and is long too, or closes the line with the
 * end of a sentence (`…冻 享。`).
 */
function cut(raw: string): string[] {
  const tokens = raw.trim().split(/ +/u);
  const pieces: string[] = [];
  let current = tokens[0]!;
  tokens.slice(1).forEach((token, k) => {
    const last = k === tokens.length - 2;
    const left = current.replace(/ /gu, '');
    const rightOk =
      OPENS_TEXT.test(token) &&
      ((token.length >= 4 && countHan(token) >= 3) || (last && /[。！？][”’]?$/u.test(token) && token.length >= 2));
    // (A space inside brackets stands in a credit: （记者 王一 通讯员 李二）, OCR's 〈记者 王一）.)
    const open = /[（(〈<《][^）)〉>》]*$/u.test(left);
    // (But a credit names people: a long run with a sentence's marks and no closing bracket, read after its
    // names, is the next column's line: 本报讯（通讯员 王一 李二 员救治和物资保障等科目，县应.)
    const column = !open || (token.length >= LONG && BODY_MARK.test(token) && !/[）)〉>》】]/u.test(token));
    // (A finished sentence and a photo's credit after it, …在田间劳作。 本报记者 王一 摄, is one caption's line:
    // a caption runs its credit in after a space, and is set as wide as its photo, wider than a column.)
    // (A credit is a few words: a longer tail is never one, and asking each token of a long line is quadratic.)
    const tail = tokens.length - k - 1;
    const credit = tail <= CREDIT_WORDS && /[。！？]$/u.test(left) && PHOTO_CREDIT.test(tokens.slice(k + 1).join(' '));
    if (left.length >= LONG && countHan(left) >= 4 && ENDS_TEXT.test(left) && column && rightOk && !credit) {
      pieces.push(current);
      current = token;
    } else current += ` ${token}`;
  });
  pieces.push(current);
  return pieces;
}

/** The page's column measure: the median width of its lines of running text, or 0 when it has too few. */
function columnMeasure(lines: readonly RawLine[]): number {
  const ws = lines
    .map((l) => l.raw.trim())
    .filter((t) => BODY_MARK.test(t))
    .map((t) => visualWidth(t))
    .sort((a, b) => a - b);
  return ws.length >= 8 ? ws[Math.floor(ws.length / 2)]! : 0;
}
