/**
 * The page's own lines around its articles, read from their text: the folio (date line, page number, editors'
 * credits) among the first and last few lines, and the paper's serial number. (The masthead: masthead-lines.ts.)
 */
import { datesNotice } from './notice-lines.js';
import type { Line } from './line.js';

/**
 * The page's own furniture, printed above or below the articles: the date line (2023年6月2日 星期五, with
 * the lunar date or the page number after it), the page number (第2版, A2版) and the editors' credits
 * (责任编辑：… 校对：…).
 */
export const FOLIO_DATE =
  /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周|礼拜)([一二三四五六日天]))?(?:\s*农历[\p{sc=Han}]{2,8})?(?:\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版)?$/u;
const PAGE_NUMBER = /^第?\s*[A-Z]?\d{1,2}\s*版$/u;
const EDITOR_ROLE = '(?:责任编辑|责编|编辑|校对|美编|版式|组版|审核|审读|值班编委|图片编辑)';
/** One role of the editors' credits with its names (…：王芳、李红), as many as the line holds. */
const EDITOR_CREDIT = new RegExp(
  `${EDITOR_ROLE}[:：]\\s*[\\p{sc=Han}·]{2,4}?(?:[\\s、]+[\\p{sc=Han}·]{2,4}?)*(?=\\s*(?:${EDITOR_ROLE}[:：]|$))`,
  'gu',
);
/** The date a folio line prints, wherever it stands in the line (2023年6月2日 星期五 青石新闻 第2版). */
export const PRINTED_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周|礼拜)([一二三四五六日天]))?/u;
/** The parts of a folio line set apart by spaces, besides the editors' credits. */
const FOLIO_PART: Record<string, RegExp> = {
  date: /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:(?:星期|周|礼拜)[一二三四五六日天])?$/u,
  day: /^(?:(?:星期|周|礼拜)[一二三四五六日天]|农历\p{sc=Han}{2,8})$/u,
  page: /^第?[A-Z]?\d{1,2}版$/u,
  number: /^[A-Z]?\d{1,2}$/u,
  name: /^\p{sc=Han}{2,8}$/u,
};

function isFolio(line: Line): boolean {
  const text = line.text;
  if (FOLIO_DATE.test(text) || PAGE_NUMBER.test(text)) return true;
  const rest = text.replace(EDITOR_CREDIT, '');
  if (text.length <= 40 && rest !== text && rest.trim() === '') return true;
  // The strip of furniture in one line, its parts set apart: a date or a page number, and besides at most
  // the page's name, the weekday or lunar date, a bare page number beside a date, and the editors.
  const parts = line.raw.replace(EDITOR_CREDIT, ' ').trim().split(/\s+/u).filter(Boolean);
  const kinds = parts.map((t) => Object.keys(FOLIO_PART).find((k) => FOLIO_PART[k]!.test(t)));
  const count = (kind: string): number => kinds.filter((k) => k === kind).length;
  return (
    line.raw.length <= 80 &&
    parts.length >= 2 &&
    kinds.every(Boolean) &&
    count('date') + count('page') >= 1 &&
    count('name') <= 1 &&
    (count('number') === 0 || count('date') >= 1)
  );
}
/** A paper's serial number as its masthead prints it: 国内统一连续出版物号 CN33-0158, 国内统一刊号：CN41-0001. */
const SERIAL_NUMBER =
  /^(?:国内统一(?:连续出版物号|刊号))?\s*(?:[:：]\s*)?CN\s*\d{2}\s*[-－–]\s*\d{4}(?:\s*[/／(（]\s*[A-Z]{1,2}\s*[)）]?)?$/u;
/** How many lines from the top or the bottom of the page folio lines are looked for. */
const FOLIO_REACH = 5;

/** Folio lines among the first and last few lines: never body text, headlines or the masthead. */
export function markFolios(lines: Line[]): void {
  const printed = lines.filter((l) => l.role !== 'blank');
  // A paper's serial number (国内统一连续出版物号 CN33-0158) is its masthead's, wherever an export set it.
  for (const l of printed) if (SERIAL_NUMBER.test(l.text)) l.role = 'folio';
  // (Not a notice's date under its issuer's name: see notice-lines.ts.)
  for (const l of [...printed.slice(0, FOLIO_REACH), ...printed.slice(-FOLIO_REACH)])
    if (isFolio(l) && !datesNotice(lines, lines.indexOf(l))) l.role = 'folio';
}
