/**
 * Briefs with a run-in head: a column of short items, each printing its headline at the start of its first line
 * and its text right after it on the same line (●县里开展春季植树活动 3月12日，县林业局…（记者 王一）). The head
 * ends at a space (a full-width one, or OCR's one or two), at a colon, or inside 【】; it holds no sentence, and
 * the text after it opens as a report does. Each such line is cut in two, the head first: the head then reads as
 * a brief's headline over its text (see marked-briefs.ts), as if the paper had set it on a line of its own.
 */
import { countHan } from '../text/chars.js';
import { BRIEF_MARK } from './marked-briefs.js';
import { OPENS_AS_DISPATCH, OPENS_REPORT } from './report-openings.js';
import { SECTION_LABEL } from './section-labels.js';
import type { Line } from './line.js';
import type { RawLine } from './split-runs.js';

/** What OCR makes of a round or square mark before a head: a letter, a digit or a box-like character. */
const MISREAD_MARK = /^(?:[Oo0eQ〇○口国回]|@{1,2})\s*/u;

/** A closing credit in brackets, at the end of a brief's text: （记者 王一）, （王一）. */
const CREDIT_END = /[（(〈][^（）()〈〉。，]{2,24}[）)〉]\s*$/u;

/** A head's words: no sentence inside, a headline's length. */
const headLike = (text: string): boolean =>
  countHan(text) >= 4 && countHan(text) <= 26 && !/[，。；：！？,;:!?（）()]/u.test(text);

/** Lines a brief's text runs to at most, looked at for its credit. */
const BRIEF_LINES = 8;

/** A line cut at its run-in head: the mark (as printed), the head, and the text after it. */
interface RunIn {
  /** The leading space and the mark as the line printed them ('' when unmarked). */
  mark: string;
  /** Whether the mark is one the page printed (■●…), not a character OCR made of it. */
  printed: boolean;
  /** The head's words, without the 【】 or the colon that set them apart. */
  head: string;
  rest: string;
  /** What set the head apart: its brackets, a colon, a space, or nothing OCR kept. */
  form: 'bracket' | 'colon' | 'space' | 'glued';
  /** Whether the text opens as a report does, and whether a credit closes the brief. */
  reported: boolean;
  credited: boolean;
}

/**
 * Returns the lines with each run-in head of a brief set on a line of its own over the brief's text (see the
 * module's comment). A printed mark, or a column's label over the run, tells a brief from a line of text that
 * opens with a few words and a space; so do two such lines or more on the page set alike (the same mark OCR
 * misread, or heads set apart the same way each over a report closed by its credit).
 */
export function splitRunInBriefs(lines: readonly RawLine[]): RawLine[] {
  const cuts = lines.map((l, i) => runInAt(l.raw, lines, i));
  const kinds = new Map<string, number>();
  for (const c of cuts) if (c && !c.printed) kinds.set(kindOf(c), (kinds.get(kindOf(c)) ?? 0) + 1);
  const column = underLabel(lines, cuts);
  const out: RawLine[] = [];
  lines.forEach((line, i) => {
    const c = cuts[i];
    const alike = c !== null && c !== undefined && (kinds.get(kindOf(c)) ?? 0) >= 2;
    // (A mark alone is not enough: a report lists its points under marks too, ●交通出行：据统计，…; a brief closes
    // with its credit, opens with its credit or dateline, or stands in a column under the briefs' label.)
    const dispatch = c !== null && c !== undefined && (c.credited || OPENS_AS_DISPATCH.test(c.rest));
    const sure =
      c &&
      (column.has(i) || (c.printed && dispatch) || (alike && (c.mark.trim() !== '' || (c.reported && c.credited))));
    if (!c || !sure) {
      out.push(line);
      return;
    }
    // (A misread mark goes on a line of its own: the head keeps its own words only.)
    // (A blank line after it: a digit alone would be read as a run a text layer broke off the line under it.)
    // (A blank line before it too, as a head stands apart: a text layer sets none between one brief and the next.)
    if (out.at(-1)?.raw.trim()) out.push({ ...line, raw: '' });
    if (c.mark.trim() && !c.printed) out.push({ ...line, raw: c.mark.trim() }, { ...line, raw: '' });
    out.push({ ...line, raw: c.printed ? c.mark + c.head : c.head }, { ...line, raw: c.rest });
  });
  return out;
}

/** How a run-in head is set, to tell heads set alike: its misread mark, else the form that set it apart. */
const kindOf = (c: RunIn): string => (c.mark.trim() ? `mark ${c.mark.trim()}` : c.form);

/**
 * The run-in head a line opens with, if any: a head (see headLike) ending in 】, a colon or a space, and after it
 * a brief's text, opening as a report does or closed by a credit within its paragraph.
 */
function runInAt(raw: string, lines: readonly RawLine[], i: number): RunIn | null {
  const lead = /^\s*/u.exec(raw)![0];
  const body = raw.slice(lead.length);
  const printedMark = BRIEF_MARK.exec(body)?.[0] ?? '';
  const misreadMark = printedMark ? '' : (MISREAD_MARK.exec(body)?.[0] ?? '');
  for (const mark of misreadMark ? [misreadMark, ''] : [printedMark]) {
    // (A misread mark must stand apart from the head, or be a letter no Chinese head opens with.)
    if (mark && !printedMark && !/\s$/u.test(mark) && /\p{sc=Han}/u.test(mark)) continue;
    const cut = headCut(body.slice(mark.length), printedMark !== '');
    // (A wide gap in the text after the head is a row of columns read across: see column-split.ts.)
    if (!cut || /\S\s{2,}\S/u.test(cut.rest)) continue;
    const reported = OPENS_REPORT.test(cut.rest);
    const credited = creditCloses(cut.rest, lines, i);
    if (!reported && !credited) continue;
    return { mark: lead + mark, printed: printedMark !== '', ...cut, reported, credited };
  }
  return null;
}

type Cut = Pick<RunIn, 'head' | 'rest' | 'form'>;

/**
 * A head and the text after it: the head in 【】, or ending at a colon or at a space. Under a printed mark, OCR may
 * lose the space: the head then ends where a report's date or dateline begins (●县里开展植树活动3月12日，…).
 */
function headCut(body: string, marked: boolean): Cut | null {
  const bracket = /^【([^【】]+)】\s*(\S.*)$/u.exec(body);
  if (bracket) return headLike(bracket[1]!) ? text(bracket[1]!, bracket[2]!, 'bracket') : null;
  const colon = /^([^：:\s]+)[：:]\s*(\S.*)$/u.exec(body);
  if (colon && headLike(colon[1]!)) return text(colon[1]!, colon[2]!, 'colon');
  // (A head may itself hold one space, between its two halves: 城西水厂检修 部分片区降压供水. OCR reads the
  // full-width space after a bold head as a closing quote too, where no quote was opened.)
  for (const m of gapsIn(body)) {
    // (A wider gap stands between two columns read across, never between a head and its text.)
    if (m[0].length > 2) break;
    const head = body.slice(0, m.index);
    const rest = body.slice(m.index + m[0].length);
    if (!headLike(head) || /\s.*\s/u.test(head) || (/[”"]/u.test(m[0]) && /[“"]/u.test(head))) break;
    const got = text(head, rest, 'space');
    if (got && OPENS_REPORT.test(rest)) return got;
  }
  const first = /^(\S+)[ \u3000]{1,2}(\S.*)$/u.exec(body);
  if (first && headLike(first[1]!)) return text(first[1]!, first[2]!, 'space');
  const glued = marked ? GLUED_REPORT.exec(body) : null;
  return glued && headLike(body.slice(0, glued.index))
    ? text(body.slice(0, glued.index), body.slice(glued.index), 'glued')
    : null;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const QUOTE = /[”"]/u;

/**
 * The gaps of a text after a head, in order, as `/\s*[”"]\s*|[ \u3000]+/gu` finds them: spaces around a
 * closing quote, else a run of spaces. Read in one pass: each place in a long run of spaces tried as the
 * pattern does, scanning on to the run's end for a quote, made a line of them quadratic.
 */
function* gapsIn(body: string): Generator<{ 0: string; index: number }> {
  // (Past this place, up to the end of the run of spaces it stands in, no quote comes after the spaces.)
  let noQuote = 0;
  for (let i = 0; i < body.length;) {
    let j = i;
    if (i >= noQuote) {
      while (isSpace(body[j])) j++;
      if (QUOTE.test(body[j] ?? '')) {
        let k = j + 1;
        while (isSpace(body[k])) k++;
        yield { 0: body.slice(i, k), index: i };
        i = k;
        continue;
      }
      noQuote = j;
    }
    if (body[i] === ' ' || body[i] === '\u3000') {
      let k = i;
      while (body[k] === ' ' || body[k] === '\u3000') k++;
      yield { 0: body.slice(i, k), index: i };
      i = k;
    } else i++;
  }
}

/** A report's opening run on to a head with no space: its date, then a comma soon; or its dateline. */
const GLUED_REPORT = /(?:\d{1,2}月\d{1,2}日[^，。]{0,8}，|本报\p{sc=Han}{0,6}讯)/u;

/**
 * The text after a head: a report's opening, or a sentence's words (a comma or a stop in it), not a second head.
 * (A line the column's measure broke may hold no comma yet: 本报讯县交通运输局日前开通县城至南坑、石门、上.)
 */
function text(head: string, rest: string, form: Cut['form']): Cut | null {
  return countHan(rest) >= 6 && (/[，。；,;]/u.test(rest) || OPENS_REPORT.test(rest)) ? { head, rest, form } : null;
}

/**
 * Whether the paragraph the line opens ends in a credit: on this line or on one of the next few before a blank
 * (the credit itself may be broken over two lines: …（记者 王 / 一）).
 */
function creditCloses(rest: string, lines: readonly RawLine[], i: number): boolean {
  let before = rest;
  if (CREDIT_END.test(rest)) return true;
  for (let k = i + 1; k < Math.min(lines.length, i + BRIEF_LINES); k++) {
    const raw = lines[k]!.raw.trim();
    if (!raw || BRIEF_MARK.test(raw)) return false;
    if (CREDIT_END.test(before + raw)) return true;
    before = raw;
  }
  return false;
}

/**
 * The lines of a column of briefs under its label (简讯, 快讯, 一句话新闻, 新闻速递): each brief's first line
 * right under the label or under the line that closes the brief before it with its credit.
 */
function underLabel(lines: readonly RawLine[], cuts: readonly (RunIn | null)[]): Set<number> {
  const out = new Set<number>();
  let open = false;
  let closed = false;
  lines.forEach((line, i) => {
    const raw = line.raw.trim();
    if (!raw) return;
    if (SECTION_LABEL.test(raw.replace(/\s+/gu, ''))) {
      [open, closed] = [true, true];
      return;
    }
    if (!open) return;
    if (closed && cuts[i]) out.add(i);
    else if (closed) open = false;
    // (A brief ends in its credit's closing bracket, the credit broken over two lines or not.)
    closed = /[）)〉]$/u.test(raw);
  });
  return out;
}

/**
 * Marks as furniture each misread mark splitRunInBriefs set on a line of its own: a mark alone, a blank line and
 * the head after it, all three pieces of one printed line.
 */
export function markRunInMarks(lines: Line[]): void {
  lines.forEach((l, i) => {
    const [blank, head] = [lines[i + 1], lines[i + 2]];
    const alone = MISREAD_MARK.exec(l.text)?.[0].trim() === l.text;
    if (alone && l.role === 'text' && blank?.n === l.n && blank.role === 'blank' && head?.n === l.n) l.role = 'noise';
  });
}
