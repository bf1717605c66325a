/**
 * The page's date when front matter gives none: the date printed on its date line, or else the latest
 * date its text mentions, as "not before".
 */
import { PRINTED_DATE } from './folio-lines.js';

const WEEKDAYS = '日一二三四五六';

/**
 * The date a date line prints (2023年6月2日 星期五), as YYYY-MM-DD; null when it is no real date or its
 * weekday disagrees (a misread digit).
 */
export function printedDate(text: string): string | null {
  const m = PRINTED_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  if (m[4] && WEEKDAYS.indexOf(m[4] === '天' ? '日' : m[4]) !== new Date(Date.UTC(y, mo - 1, d)).getUTCDay())
    return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The latest date mentioned, as YYYY-MM-DD, with the line that mentions it; null when none. */
export function inferDate(lines: readonly { n: number; text: string }[]): { date: string; line: number } | null {
  const years: number[] = [];
  const full: { y: number; m: number; d: number; line: number }[] = [];
  const partial: { m: number; d: number; line: number }[] = [];
  for (const { n, text } of lines) {
    for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/gu)) {
      years.push(Number(m[1]));
      if (m[2] && m[3]) full.push({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), line: n });
    }
    for (const m of text.matchAll(/(?<![\d年])(\d{1,2})月(\d{1,2})日/gu))
      partial.push({ m: Number(m[1]), d: Number(m[2]), line: n });
  }
  const year = years.length ? Math.max(...years) : null;
  const candidates = [...full, ...(year === null ? [] : partial.map((p) => ({ y: year, ...p })))].filter(
    (c) => c.m >= 1 && c.m <= 12 && c.d >= 1 && c.d <= daysIn(c.y, c.m),
  );
  if (!candidates.length) return null;
  const best = candidates.reduce((a, b) => (key(b) > key(a) ? b : a));
  return { date: `${best.y}-${pad(best.m)}-${pad(best.d)}`, line: best.line };
}

function key(c: { y: number; m: number; d: number }): number {
  return c.y * 10000 + c.m * 100 + c.d;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
