/**
 * Where a paragraph rebuilt from hard-wrapped column lines ends: after a short line, after a finished
 * sentence that leaves its line short, after a run-in credit or a notice's date; and where a line opens a new
 * paragraph whose indent OCR dropped. The block reader (blocks.ts) asks these at each line.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { lineCredit } from './credit-forms.js';
import { datesNotice } from './notice-lines.js';
import {
  cellsOf,
  isShort,
  lostIndent,
  MEASURED_HAN,
  OPENS_CLOSED,
  opensWithParticle,
  RUN_IN_CREDIT,
  runsOn,
} from './line-signs.js';
import { DATELINE, type Line } from './lines.js';
import { columnOf, measurable, type Measured, type Open } from './paragraph-column.js';
import { fullAsNext, printedCells } from './printed-lines.js';

export { openParagraph } from './paragraph-column.js';
export type { Measured, Open } from './paragraph-column.js';

/** The page's lines as the paragraph-end rules read them, with each one's column measure in cells. */
export function measurePage(lines: readonly Line[], cells: readonly number[]): Measured {
  const at = new Map<Line, number>();
  lines.forEach((l, k) => at.has(l) || at.set(l, k));
  return { lines, cells, indents: setsIndents(lines, cells), at };
}

/**
 * Whether a page sets a paragraph's first line two cells in, as printed body text does: most lines that
 * open a paragraph right under one a short finished line closed (no blank line between) stop one and a half
 * to three cells short of the column. A page laid out with a blank line between paragraphs and no indents
 * (some exports, made-up pages) is not read for indents.
 */
function setsIndents(lines: readonly Line[], cells: readonly number[]): boolean {
  let indented = 0;
  let full = 0;
  for (let j = 1; j + 1 < lines.length; j++) {
    const [above, line, below] = [lines[j - 1]!, lines[j]!, lines[j + 1]!];
    if (above.role !== 'text' || line.role !== 'text' || below.role !== 'text') continue;
    if (!endsSentence(above.text) || !isShort(cellsOf(above), cells[j - 1]!) || endsSentence(line.text)) continue;
    if (!measurable(line)) continue;
    const short = cells[j]! - cellsOf(line);
    if (short >= INDENT[0] && short <= INDENT[1]) indented++;
    else if (Math.abs(short) <= FULL) full++;
  }
  return indented > full;
}

/** How many cells short of its column a paragraph's first line set in its two-cell indent stands. */
const INDENT = [1.4, 3] as const;
/**
 * How many cells short of the full lines around it a column's opening line may stand and still be full: less than
 * a paragraph's indent (INDENT), more than justification leaves.
 */
const FULL_OPENING = 1.2;
/**
 * How many cells short of the line under it a line under a column break stands when set in a two-cell indent:
 * narrower than INDENT, as no paragraph around it shows the page's indent.
 */
const BROKEN_INDENT = [1.4, 2.6] as const;
/** How many cells off its column a full line may stand (justification, a half-width digit). */
const FULL = 1;

/**
 * Whether the open paragraph ends before `line` because its last line is short.
 * Note: a short line ends its paragraph even without punctuation (a credit such as 据新华社, a list item).
 * (Not where a word or a number runs on into the line: a PDF text layer breaks lines inside a printed line.)
 */
export function endsAfterShortLine(page: Measured, open: Open, line: Line): boolean {
  const tail = open.lines.at(-1);
  return (
    tail !== undefined &&
    // (A dateline with its credit alone on a line, 本报讯（记者 王一）, opens the text below it.)
    !(open.lines.length === 1 && tail.role === 'dateline') &&
    !/[，、,“《（(—]$/u.test(tail.text) &&
    printedCells(open.lines, open.lines.length - 1) < columnOf(page, open, page.at.get(tail) ?? -1) * SHORT_OF_COLUMN &&
    !fullAsNext(tail, line) &&
    !firstOfRunningText(open, line) &&
    !runsOn(tail.text, line.text) &&
    !opensWithParticle(line)
  );
}

/** How much of its column a line with no mark at its end fills at most to end its paragraph. */
const SHORT_OF_COLUMN = 0.7;
/**
 * How much of the line under it a paragraph's first line, set in its indent, fills at least: an indent takes two
 * cells, never a third of a line.
 */
const FIRST_OF_NEXT = 0.7;

/**
 * Whether the open paragraph, one line so far, goes on into `line`, running text that ends no sentence: a
 * paragraph's first line stands short only of the lines of its own column, and the line under it, going on,
 * is one of them. The column estimated from the lines around takes in other columns' lines where a story
 * opens under its headline (the story above, set wider), and a first line set in its indent looked short
 * against them.
 */
function firstOfRunningText(open: Open, line: Line): boolean {
  if (open.lines.length !== 1 || !measurable(line) || endsSentence(line.text)) return false;
  return printedCells(open.lines, 0) >= cellsOf(line) * FIRST_OF_NEXT;
}

/** Whether the paragraph (`open`, or none) ends with `line`, the page's line `i`. */
export function endsWithLine(page: Measured, open: Open | null, line: Line, i: number): boolean {
  // Note: a blank line falls at column breaks in mid-sentence, but after a finished sentence it marks a paragraph end.
  if (
    (endsSentence(line.text) || RUN_IN_CREDIT.test(line.text)) &&
    (isShort(
      open ? printedCells(open.lines, open.lines.length - 1) : cellsOf(line),
      open ? columnOf(page, open, i) : page.cells[i]!,
    ) ||
      (page.lines[i + 1]?.role === 'blank' && !goesOnPastBreak(page, open, i)) ||
      wholeInIndent(page, open, line, i))
  )
    return true;
  // A writer's credit run in after the last sentence (…等。（王一 李二）) ends the article's text.
  if (lineCredit(line)) return true;
  // So does a notice's date under its issuer's name (see notice-lines.ts).
  return datesNotice(page.lines, i);
}

/**
 * Whether `line`, a paragraph's first line that finishes a sentence, is the whole paragraph: set in its
 * two-cell indent, it stops short of the column by the indent alone. In a wide column a one-sentence
 * paragraph fills its line that far as often as not, and a line short by two cells of eighty reads as full.
 */
function wholeInIndent(page: Measured, open: Open | null, line: Line, i: number): boolean {
  if (!page.indents || open?.lines.length !== 1 || !measurable(line)) return false;
  return cellsOf(line) <= columnOf(page, open, i) - INDENT[0];
}

/**
 * Whether the text goes on past the blank line under line `i`, a full line that ends a sentence: a column
 * break falls after a finished sentence as often as after any other line. The column after it then opens on
 * a line as wide as the full lines around it (the line over the break, the line under it), where a
 * paragraph's first line sits two cells in. (Running text: some Chinese, with a line of text right under it.)
 */
function goesOnPastBreak(page: Measured, open: Open | null, i: number): boolean {
  let k = i + 1;
  while (page.lines[k]?.role === 'blank') k++;
  const next = page.lines[k];
  const after = page.lines[k + 1];
  if (!page.indents || !open || open.lines.length < 2 || next?.role !== 'text' || after?.role !== 'text') return false;
  if (!measurable(next)) return false;
  const full = Math.max(columnOf(page, open, i), printedCells(open.lines, open.lines.length - 1), cellsOf(after));
  return cellsOf(next) >= full - FULL_OPENING;
}

/** A paragraph's first line (the page's line `i`) whose indent OCR dropped (see lostIndent, indentUnderBreak). */
export function opensUnindented(page: Measured, open: Open | null, line: Line, i: number): boolean {
  if (open === null) return false;
  const column = columnOf(page, open, i);
  return (
    lostIndent(open.lines.at(-1)!, line, page.lines[i + 1], column) || indentUnderBreak(page, open, line, i, column)
  );
}

/** A phrase of an in-body subhead holds this many Han characters at least. */
const PHRASE_LEAST_HAN = 4;

/**
 * A short line with no mark in it, right under a full line that finished a sentence, over running text that
 * does not go on from it: an in-body subhead (or a head) that the export set on the line after the text
 * above, no blank line between. A paragraph's last line ends in a mark; one with no mark that stops short goes
 * on in the line under it, and this one does not. (Digits are left alone: a text layer sets them in runs.)
 */
export function phraseAfterSentence(page: Measured, open: Open | null, line: Line, i: number): boolean {
  if (open === null) return false;
  const column = columnOf(page, open, i);
  const next = page.lines[i + 1];
  if (!endsSentence(open.lines.at(-1)!.text) || /[\p{P}0-9]/u.test(line.text) || countHan(line.text) < PHRASE_LEAST_HAN)
    return false;
  if (!next || next.role !== 'text' || countHan(next.text) < MEASURED_HAN) return false;
  // (A line opening with a Latin word or a digit may go on with the sentence the phrase began.)
  if (/^[A-Za-z0-9]/u.test(next.text)) return false;
  return (
    cellsOf(line) < column * SHORT_OF_COLUMN &&
    !runsOn(line.text, next.text) &&
    !opensWithParticle(next) &&
    !/^[\p{P}]/u.test(next.text.replace(/^[“「『《（(]/u, ''))
  );
}

/**
 * A line under a blank line, after a full line that ends no sentence, that stops about two cells short of the
 * full line under it: a paragraph's first line in its indent. A column break goes on mid-sentence on a full
 * line; a line set in its indent opens a paragraph, and the sentence the text above left open was the
 * paragraph's last line, which OCR lost or read elsewhere (a short line at a block's foot).
 */
function indentUnderBreak(page: Measured, open: Open, line: Line, i: number, column: number): boolean {
  const last = open.lines.at(-1)!;
  const next = page.lines[i + 1];
  if (page.lines[i - 1]?.role !== 'blank' || endsSentence(last.text) || endsSentence(line.text)) return false;
  if (!next || next.role !== 'text' || countHan(next.text) < MEASURED_HAN || OPENS_CLOSED.test(next.text)) return false;
  // (Two spaces in a row are a gap between columns OCR read across: no line to measure.)
  if (/\s{2,}/u.test(line.raw.trim()) || runsOn(last.text, line.text) || opensWithParticle(line)) return false;
  // (Only lines of Chinese alone are measured surely: digits and Latin letters take cells of their own widths.)
  if (/[0-9A-Za-z]/u.test(line.raw + next.raw)) return false;
  const short = cellsOf(next) - cellsOf(line);
  return (
    short >= BROKEN_INDENT[0] && short <= BROKEN_INDENT[1] && cellsOf(next) >= column - 1 && cellsOf(last) >= column - 1
  );
}

/** A dateline and nothing after it (本报讯, 本报北京7月4日电): its credit and text come on the lines under it. */
const BARE_DATELINE = new RegExp(`^(?:${DATELINE.source.slice(1)})$`, 'u');

/**
 * Whether `line`, a credit in brackets opening text (（记者 王一）…, 【记者 王一】…), goes on from the open
 * paragraph, a dateline alone on its line: an export sets the dateline, in bold, apart from the credit after
 * it (本报讯 / （记者 王一）…), but a dateline is never a paragraph of its own.
 */
export function creditUnderDateline(open: Open | null, line: Line): boolean {
  const mark = open?.lines.length === 1 ? open.lines[0]! : undefined;
  return (
    mark !== undefined &&
    mark.role === 'dateline' &&
    BARE_DATELINE.test(mark.text.replace(/\s+/gu, '')) &&
    line.role === 'dateline' &&
    /^[（(〈【[]/u.test(line.text)
  );
}
