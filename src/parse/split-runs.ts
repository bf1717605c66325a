/**
 * Pre-pass: half-width runs split off their text. A PDF text layer sets a run of half-width digits
 * (and the Latin punctuation between them) as a text object of its own, and extractors such as pdftotext
 * often put it on a line of its own: `5月` / `1` / `5日是…`, `2` / `.` / `1` / `5慈善…`. Before anything
 * reads lines, such runs go back to the line they were printed with.
 */
import { visualWidth } from '../text/chars.js';
import { CORRESPONDENT_ROLE, REPORTER_ROLE } from './credit-roles.js';

/** A line of the page file, its number counted from 1 without front matter. */
export interface RawLine {
  index: number;
  raw: string;
  /** The line ends in a number the text layer broke over lines: the text after it was printed beside it. */
  numberEnd?: boolean;
  /** A piece of another column's line the text layer set beside this one (see side-by-side.ts). */
  stray?: boolean;
  /** A row of specks OCR made of a rule, a photo's edge or a label (see column-specks.ts): page furniture. */
  noise?: boolean;
}

/**
 * A line of a split run: digits, with the half-width (or full-width numeric) punctuation that is set
 * between them (5.20, 8:00-11:30, 13：00, 、1); never a Han character or a Latin word.
 */
const RUN = /^[0-9０-９.,:;%\-+/'"()．：，、%％~～“”‘’]{1,8}$/u;

/** Punctuation that closes a sentence or a headline: the text before it does not read on. */
const CLOSED = /[。！？!?；;…]["”’」』）)》]*$/u;

/** True when the trimmed line is a bare piece of a split run (digits or the punctuation between them). */
export function isSplitRun(text: string): boolean {
  return RUN.test(text);
}

/** Closing punctuation alone on a line: set off its line by the export, it closes the text before it. */
const CLOSING_ALONE = /^[，。、；：？！”’）》」』…,.;:?!)]{1,3}$/u;

/**
 * Joins each run of split-run lines to the line it was printed with: to the text before it when that
 * reads on (no blank line between, not closed), else to the text after it when there is some right
 * below. A run with blank lines on both sides (a page number) stays a line of its own. A run needs a
 * digit in it: punctuation alone is only joined when it closes the text before (。 after “责任田”).
 */
export function rejoinSplitRuns(raws: readonly string[]): RawLine[] {
  return rejoinPieces(rejoinRuns(raws));
}

function rejoinRuns(raws: readonly string[]): RawLine[] {
  const out: RawLine[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    if (!isSplitRun(raw.trim()) && !CLOSING_ALONE.test(raw.trim())) {
      out.push({ index: i, raw });
      continue;
    }
    // The whole run of such lines moves together (8 / : / 0 / 0 / -1 / 1 / : / 3 / 0).
    let end = i;
    while (end + 1 < raws.length && isSplitRun(raws[end + 1]!.trim())) end++;
    const run = raws
      .slice(i, end + 1)
      .map((r) => r.trim())
      .join('');
    const digits = /[0-9０-９]/u.test(run);
    const prev = out.at(-1);
    const next = raws[end + 1];
    const prevReadsOn =
      prev !== undefined &&
      prev.index === i - 1 &&
      prev.raw.trim() !== '' &&
      !CLOSED.test(prev.raw.trim()) &&
      !fullBefore(raws, i, prev.raw, next);
    if (prevReadsOn && (digits || CLOSING_ALONE.test(run)) && !opensDate(prev.raw, run, next)) {
      // A number broken over lines: its first digit stayed with the text before, or it took several lines.
      const broken = digits && (end > i || /[0-9][.:]?$/u.test(prev.raw.trim()));
      prev.raw = `${prev.raw.trimEnd()}${run}`;
      // Note: a quantity takes a unit after it; a long number (a telephone) ends its text.
      if (broken && /(^|[^0-9.:])[0-9.:]{1,6}$/u.test(prev.raw.trim())) prev.numberEnd = true;
      i = end;
    } else if (digits && next !== undefined && next.trim() !== '' && !isSplitRun(next.trim())) {
      // Note: the run opens the next line; its number stays that of the run's first line.
      out.push({ index: i, raw: `${run}${next.trimStart()}` });
      i = end + 1;
    } else {
      out.push({ index: i, raw });
    }
  }
  return out;
}

/**
 * True when the line before a run of digits is a full line of running text that stops on a word, with text
 * right under the run: the digits opened the printed line under it (…压缩了 / 6 / 0 / %以上。). A full line
 * has no room for them; a number the line began (…患者 1 / 3 / 0) is another matter.
 */
function fullBefore(raws: readonly string[], i: number, prev: string, next: string | undefined): boolean {
  const before = prev.trim();
  if (next === undefined || next.trim() === '' || isSplitRun(next.trim())) return false;
  if (!/\p{sc=Han}$/u.test(before) || !BODY_MARK.test(before)) return false;
  const near = raws
    .slice(Math.max(0, i - 12), i + 13)
    .map((r) => visualWidth(r.trim()))
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  const measure = near[Math.floor((near.length - 1) * 0.8)] ?? 0;
  return visualWidth(before) >= measure * 0.95;
}

/**
 * A date broken over lines under a title: `晒秋正当时` / `1` / `0` / `月12日，…`. A headline or a label does not
 * end in a number set apart, and a news paragraph opens with its date: a run after a short line with no
 * punctuation of running text that reads on into a month or year opens the line after it.
 */
function opensDate(prev: string, run: string, next: string | undefined): boolean {
  const before = prev.trim();
  if (next === undefined || before.length > 16 || BODY_MARK.test(before) || !/\p{sc=Han}$/u.test(before)) return false;
  return /^[0-9]{1,4}(月|年)/u.test(run + next.trim());
}

/** A number broken after a digit (and the point or colon inside it): `…花了 8` / `0元…`, `“5.` / `20”`. */
const NUMBER_OPEN = /[0-9][.:]?$/u;

/**
 * Joins the pieces of one printed line that a text layer set on lines of their own. Chinese typesetting
 * never starts a line with a closing mark (，。、”）…): a line opening with one is the end of the line
 * before it. And a number is one text object: a line ending in a digit and the next opening with one
 * are one number. Only while the pieces fit the measure of the lines around: a longer whole is two
 * printed lines, broken where the page broke them.
 */
function rejoinPieces(lines: readonly RawLine[]): RawLine[] {
  const measures = localMeasures(lines);
  const out: RawLine[] = [];
  lines.forEach((line, i) => {
    const prev = out.at(-1);
    const text = line.raw.trim();
    const before = prev?.raw.trim() ?? '';
    const fits = (slack: number): boolean => visualWidth(before) + visualWidth(text) <= measures[i]! * slack;
    const open = prev !== undefined && before !== '' && text !== '' && !isSplitRun(before);
    const piece = open && (OPENS_CLOSING.test(text) || (NUMBER_OPEN.test(before) && /^[0-9]/u.test(text)));
    // A digit run set apart takes the text after it along too: the number's unit or word (…在 42.6 / 万亩，…).
    const unit = open && /[0-9]$/u.test(before) && /^\p{sc=Han}/u.test(text);
    // Where the text layer broke the number itself, the text after it was printed on its line (a wider
    // headline or a paragraph's first line can outgrow the column's measure), unless it opens an article.
    const tail = unit && prev.numberEnd === true && !OPENS_ARTICLE.test(text);
    // A head line is set across columns, wider than their measure: a number broken in it (改造 1 / 7个小区…)
    // joins again whatever the measure, when neither piece carries a mark of running text.
    const head = piece && !BODY_MARK.test(before) && !BODY_MARK.test(text) && !OPENS_ARTICLE.test(text);
    if (
      (piece && fits(1.1)) ||
      (unit && fits(1.02)) ||
      (tail && fits(1.25)) ||
      (head && [...(before + text)].length <= HEAD_MAX)
    ) {
      prev.raw = `${prev.raw.trimEnd()}${text}`;
      prev.numberEnd = line.numberEnd === true;
    } else out.push({ ...line });
  });
  return out;
}

/**
 * The measure of the text around each line: a high quantile of the widths of the lines near it, or the
 * widest line of running text in its block when that is wider. Where a text layer broke many lines into
 * pieces, the pieces outnumber the whole lines, and a block's widest line of running text still shows its
 * column's measure; lines of other blocks nearby may be set in a wider or narrower column.
 */
function localMeasures(lines: readonly RawLine[]): number[] {
  const widths = lines.map((l) => visualWidth(l.raw.trim()));
  const blockWidest = widestInBlocks(lines, widths);
  return lines.map((_, i) => {
    const near = widths.slice(Math.max(0, i - 12), i + 13).filter((w) => w > 0);
    near.sort((a, b) => a - b);
    return Math.max(near[Math.floor((near.length - 1) * 0.8)] ?? 0, blockWidest[i]!);
  });
}

/** For each line, the width of the widest line of running text in its block (lines between blank lines). */
function widestInBlocks(lines: readonly RawLine[], widths: readonly number[]): number[] {
  const out = new Array<number>(lines.length).fill(0);
  for (let from = 0; from < lines.length;) {
    let to = from;
    while (to < lines.length && lines[to]!.raw.trim() !== '') to++;
    let widest = 0;
    for (let k = from; k < to; k++) if (BODY_MARK.test(lines[k]!.raw)) widest = Math.max(widest, widths[k]!);
    out.fill(widest, from, to);
    from = to + 1;
  }
  return out;
}

/** The most characters a head line (a headline, its 引题 or 副题) holds on one printed line. */
const HEAD_MAX = 36;

/** A dateline or a credit: where an article's text starts, never the rest of a line before it. */
const OPENS_ARTICLE = new RegExp(`^(?:本报|新华社|${REPORTER_ROLE}|${CORRESPONDENT_ROLE})`, 'u');

/** Punctuation inside running text: a line that carries it is body text, not a headline or a label. */
const BODY_MARK = /[，。、；：]/u;

/** A closing mark opening a line (kinsoku): never where a printed line starts. */
const OPENS_CLOSING = /^[，。、；：？！”’）》〉】〕」』%％,;:?!)]/u;
