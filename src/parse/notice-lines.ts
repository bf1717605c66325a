/**
 * A notice's (公告, 启事, 更正) or a letter's close: the name of the office or company that issues it on a line of
 * its own under the finished text (or under the contact lines that close it, 联系电话：…), and the date alone
 * under that; a notice closed by its formula (特此更正，并向读者致歉。) may be signed with no date. Both are the
 * notice's text, set short: neither a head line nor the page's furniture (a date alone near the page's foot
 * otherwise reads as the folio's). Nothing of the notice follows them: the next head line opens another piece.
 */
import { withoutSpaces } from '../text/spacing.js';
import type { Line } from './line.js';

/** An issuer's name: ends in the word for an office, a company or an institution. */
const ISSUER =
  /^(?=[\p{sc=Han}（）()]{4})[\p{sc=Han}（）()]{1,30}(?:局|委员会|人民政府|政府|办公室|办事处|公司|中心|集团|医院|学校|银行|协会|管理处|编辑部|委|厅|院|所|站|社)$/u;

/**
 * A notice's head: its kind alone (更正, 启事, 声明) or a title ending in it (…招募启事, 关于…的公告). An in-body
 * subhead names a part of its story, never a notice.
 */
const NOTICE_TITLE =
  /^(?:更正|启事|声明|公告|通告|讣告|鸣谢|致歉|敬告读者|致读者)$|\p{sc=Han}(?:启事|公告|通告|声明)$/u;

/** Whether a head line titles a notice (see NOTICE_TITLE). */
export const titlesNotice = (text: string): boolean => NOTICE_TITLE.test(text.replace(/\s/gu, ''));

/**
 * The formula that closes a notice's text (特此公告。, 特此更正，并向读者致歉。, 敬请谅解。): a notice's words, never a
 * story's (a report may well end …的理解和谅解。 over the next headline).
 */
const CLOSING_FORMULA =
  /(?:特此(?:公告|通告|通知|声明|更正|说明|告知)|[向对]\p{sc=Han}{1,6}(?:致歉|道歉)|敬请(?:\p{sc=Han}{0,6})?(?:谅解|周知))[。！]$/u;

/** A notice's contact line under its text (联系电话：…, 咨询电话：…, 联系人：…, 地址：…): a field, no sentence. */
const CONTACT_LINE = /^\p{sc=Han}{0,4}(?:电话|热线|联系人|地址|邮箱|传真|邮编)\s*[:：][^。]*$/u;

/** A date alone, in figures or in Chinese numerals (2024年9月9日, 二〇二四年九月九日). */
const DATE_ALONE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;

/** A finished sentence, its stop inside the brackets or quotes that close it (…报名。）, …”。). */
const SENTENCE_CLOSED = /[。！][）)”’」』]*$/u;

/** The printed line next to `i` (step 1 down, -1 up), blank lines skipped. */
function printed(lines: readonly Line[], i: number, step: 1 | -1): Line | undefined {
  return lines[printedAt(lines, i, step)];
}

/** The index of that line, or -1. */
function printedAt(lines: readonly Line[], i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.role !== 'blank') return k;
  return -1;
}

/**
 * Whether `issuer` is an issuer's name closing a notice, with `before` the text printed over it and `after`
 * the text under it: under the closing formula, or over the date alone under a finished sentence or a
 * contact line. The one rule for lines and for an article's paragraphs.
 */
function signs(issuer: string, before: string | undefined, after: string | undefined): boolean {
  if (!ISSUER.test(withoutSpaces(issuer)) || before === undefined) return false;
  if (CLOSING_FORMULA.test(before)) return true;
  const dated = after !== undefined && DATE_ALONE.test(withoutSpaces(after));
  return dated && (SENTENCE_CLOSED.test(before) || CONTACT_LINE.test(before.trim()));
}

/** Whether line `i` is an issuer's name closing a notice: under text, over the date alone. */
export function signsNotice(lines: readonly Line[], i: number): boolean {
  return signs(lines[i]!.text, printed(lines, i, -1)?.text, printed(lines, i, 1)?.text);
}

/**
 * Whether an article's paragraphs end as a notice's do: its issuer under its text, dated or after the closing
 * formula. Nothing of it comes after them.
 */
export function closesNotice(paragraphs: readonly string[]): boolean {
  const texts = paragraphs.map(withoutSpaces);
  const last = texts.at(-1);
  if (last !== undefined && DATE_ALONE.test(last)) return texts.length >= 2 && signs(texts.at(-2)!, texts.at(-3), last);
  return last !== undefined && signs(last, texts.at(-2), undefined);
}

/** Whether line `i` is a notice's date: alone, right under its issuer's name. */
export function datesNotice(lines: readonly Line[], i: number): boolean {
  const above = printedAt(lines, i, -1);
  return DATE_ALONE.test(withoutSpaces(lines[i]!.text)) && above >= 0 && signsNotice(lines, above);
}

/**
 * The contact lines of notices on the page, read in one pass up from its foot: a run of contact lines
 * (CONTACT_LINE) is a notice's when the line under the run signs one (its issuer, see signsNotice).
 */
export function noticeContacts(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  let signed = false;
  for (let k = lines.length - 1; k >= 0; k--) {
    const l = lines[k]!;
    if (l.role === 'blank') continue;
    if (!CONTACT_LINE.test(l.text.trim())) signed = signsNotice(lines, k);
    else if (signed) out.add(l);
  }
  return out;
}
