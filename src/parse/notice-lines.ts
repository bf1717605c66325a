/**
 * A notice's (公告, 启事) or a letter's close: the name of the office or company that issues it on a line of its
 * own under the finished text, and the date alone under that. Both are the notice's text, set short: neither
 * a head line nor the page's furniture (a date alone near the page's foot otherwise reads as the folio's).
 */
import type { Line } from './line.js';

/** An issuer's name: ends in the word for an office, a company or an institution. */
const ISSUER =
  /^[\p{sc=Han}（）()]{3,30}(?:局|委员会|人民政府|政府|办公室|办事处|公司|中心|集团|医院|学校|银行|协会|管理处|委|厅|院|所|站|社)$/u;

/** A date alone, in figures or in Chinese numerals (2024年9月9日, 二〇二四年九月九日). */
const DATE_ALONE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;

/** The printed line next to `i` (step 1 down, -1 up), blank lines skipped. */
function printed(lines: readonly Line[], i: number, step: 1 | -1): Line | undefined {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.role !== 'blank') return lines[k];
  return undefined;
}

/** Whether line `i` is an issuer's name closing a notice: under text, over the date alone. */
export function signsNotice(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  const after = printed(lines, i, 1);
  const before = printed(lines, i, -1);
  return (
    ISSUER.test(line.text.replace(/\s/gu, '')) &&
    after !== undefined &&
    DATE_ALONE.test(after.text.replace(/\s/gu, '')) &&
    before !== undefined &&
    /[。！]$/u.test(before.text)
  );
}

/** Whether line `i` is a notice's date: alone, right under its issuer's name. */
export function datesNotice(lines: readonly Line[], i: number): boolean {
  const above = printed(lines, i, -1);
  return (
    DATE_ALONE.test(lines[i]!.text.replace(/\s/gu, '')) &&
    above !== undefined &&
    signsNotice(lines, lines.indexOf(above))
  );
}
