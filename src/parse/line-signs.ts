/**
 * Signs a line's text and width give: the column it is set in, marks no sentence opens with, words
 * running on from one line into the next.
 */
import { cellWidth, countHan, endsSentence } from '../text/chars.js';
import { cutWords } from '../text-node/words.js';
import { JUMP } from './jump-lines.js';
import type { Line } from './lines.js';

export const WINDOW = 7;

/** How many Chinese characters a line needs to be measured: a shorter one is a piece a text layer broke off. */
export const MEASURED_HAN = 6;

/**
 * The column width around each line: a high quantile of the widths of nearby lines that read as body
 * text. Note: columns differ within one page, so the width is estimated locally, never page-wide.
 */
export function localWidths(lines: readonly Line[], widthOf = (l: Line): number => l.width): number[] {
  // Lines that run on into the next one are full; their median is the column, robust to a stray headline.
  const body = lines.map(
    (l) => (l.role === 'text' || opensText(l)) && countHan(l.text) >= MEASURED_HAN && !endsSentence(l.text),
  );
  // Note: an article's own lines set its column; datelines and signatures bound the search.
  const startsArticle = (l: Line): boolean => opensText(l);
  const endsArticle = (l: Line): boolean =>
    l.role === 'signature' ||
    l.role === 'jump' ||
    l.role === 'caption' ||
    l.role === 'pullquote' ||
    l.role === 'masthead';
  return lines.map((_, i) => {
    const ws: number[] = [];
    let up = true;
    let down = true;
    for (let k = 1; ws.length < 2 * WINDOW && (up || down) && k <= 40; k++) {
      const before = lines[i - k];
      const after = lines[i + k];
      if (up && (!before || endsArticle(before) || startsArticle(lines[i - k + 1]!))) up = false;
      if (down && (!after || startsArticle(after) || endsArticle(after))) down = false;
      if (up && body[i - k]) ws.push(widthOf(before!));
      if (down && body[i + k]) ws.push(widthOf(after!));
    }
    if (ws.length === 0) return widthOf(lines[i]!);
    ws.sort((a, b) => a - b);
    return ws[Math.floor((ws.length - 1) * 0.65)]!;
  });
}

/** True when a line this wide falls short of its column: the printed line ended before the column did. */
export function isShort(width: number, column: number): boolean {
  return width < column - Math.max(1.2, column * 0.06);
}

/** A line's width with each Chinese mark a full cell, as body type sets it (see cellWidth): paragraph ends are read on it. */
export function cellsOf(line: Line): number {
  return cellWidth(line.raw.trim());
}

/**
 * A paragraph's first line is indented two cells. OCR drops the indent but not the shortfall: a line after a
 * finished sentence that goes on into the next line (no mark ends it, none opens the next) yet stops one and a
 * half to three cells short of the column opens a paragraph. (Further short, it is no full line at all.)
 */
export function lostIndent(last: Line, line: Line, next: Line | undefined, column: number): boolean {
  // (Only a line with no gap OCR guessed inside is measured surely: see OCR_GAP.)
  if (!endsSentence(last.text) || endsSentence(line.text) || OCR_GAP.test(line.raw.trim())) return false;
  if (!next || next.role !== 'text' || OPENS_CLOSED.test(next.text)) return false;
  const w = cellsOf(line);
  return w <= column - 1.5 && w >= column - 3;
}

/**
 * A space not beside a number or a Latin word, nor after a half-width mark or inside quotation marks: OCR's
 * guess at a gap, often with a speck or a piece of the next column after it, so the line is not measured. (A
 * text layer sets spaces around numbers and inside quotation marks, “ 以前…; OCR reads a full-width ， or ：
 * as a half-width mark and a space, one cell between them.)
 */
export const OCR_GAP = /(?<![0-9A-Za-z.%,:;!?“])\s+(?![0-9A-Za-z”])/u;

/** The numbering of an in-body subhead: 一、 （二） 3. */
export const ENUMERATED = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])/u;

/**
 * A reprint's source run in after its last sentence (…的标准温度。据央视新闻): the piece ends there, as
 * after a finished sentence. Only a name of a paper, agency or outlet counts: 据了解 and 据介绍 begin
 * sentences that go on.
 */
export const RUN_IN_CREDIT =
  /[。！？!?][”’」』）)]*\s*(?:据|来源[:：]|来自)\s*[\p{sc=Han}A-Za-z·]{1,12}(?:报|社|网|台|新闻|发布|客户端|刊|频道)$/u;

/** Particles that never open a sentence, a headline's text or a paragraph (的确 and 了解 are other words). */
export const PARTICLE = new Set(['的', '了', '着', '们', '地', '得', '吗', '呢']);

/** Whether a line opens with one of those particles: it goes on with the line before it. */
export function opensWithParticle(line: Line): boolean {
  return PARTICLE.has(cutWords(line.text.slice(0, 4))[0] ?? '');
}

/** Punctuation that never ends a headline. */
export const BODY_END = /[，。、；：,;:…]$/u;

/** A line that opens an article's text: its dateline, or the mark of its rest from another page run in before it. */
export function opensText(line: Line): boolean {
  return line.role === 'dateline' || line.role === 'resume';
}

/** A jump line alone saying the article comes from another page (（上接第一版）): its headline, if any, is above. */
export function fromPage(line: Line): boolean {
  return line.role === 'jump' && JUMP.exec(line.text)?.[1] === '接';
}

/** A mark Chinese typesetting never sets at the start of a line: a line opening with one was broken off the last. */
export const OPENS_CLOSED = /^[，。、；：？！”’）》」』]/u;

/** True when a number or a word runs on from the end of one line into the next. */
export function runsOn(a: string, b: string): boolean {
  return (/[0-9.]$/u.test(a) && /^[0-9.%]/u.test(b)) || OPENS_CLOSED.test(b) || numberRunsOn(a, b) || wordCrosses(a, b);
}

/**
 * What follows a number in Chinese text: its unit or measure word (87处, 4.6万人次, 1200册, 21时), 余 or 多
 * (200余), or 以上/左右 (98%以上). A text layer breaks a line after the digits, but no sentence or paragraph
 * ends on a bare number.
 */
const AFTER_NUMBER =
  /^(?:[%‰万亿千百个人名位元米处家户次场件年月日号时分秒岁册亩吨斤座条所辆台项批种天周倍届期层栋间张本部篇只头棵株余多]|公[里斤顷]|平方|立方|以[上下内]|左右)/u;

/**
 * True when a line ends in a number and the next opens with what follows a number (see AFTER_NUMBER), or
 * a line stops on a word with no mark after it and the next opens with a count (观众达到 / 8万人次): a
 * paragraph's last line ends in a mark. (Not a date, 10月9日，…: a paragraph may open with one.)
 */
export function numberRunsOn(a: string, b: string): boolean {
  if (/[0-9][%‰]?$/u.test(a)) return AFTER_NUMBER.test(b);
  const count = /^[0-9][0-9.]*\s*/u.exec(b);
  return (
    count !== null &&
    /\p{sc=Han}$/u.test(a) &&
    !/^[年月日号时]/u.test(b.slice(count[0].length)) &&
    AFTER_NUMBER.test(b.slice(count[0].length))
  );
}

/** True when a word runs on from the end of one line into the next (the line is mid-sentence body text). */
export function wordCrosses(a: string, b: string): boolean {
  const tail = a.slice(-3);
  const head = b.slice(0, 3);
  let pos = 0;
  for (const w of cutWords(tail + head)) {
    if (pos < tail.length && pos + w.length > tail.length && w.length >= 2 && /^\p{sc=Han}+$/u.test(w)) return true;
    pos += w.length;
  }
  return false;
}
