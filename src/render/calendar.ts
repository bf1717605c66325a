/**
 * The 往期 calendar: years and months with issues, each month as weeks of days; only days with an issue link.
 */
import type { Issue } from '../site/model.js';

/** A day cell: its number and, when an issue came out that day, the link to it. */
export interface Day {
  day: number;
  url: string | null;
}

/** A month of the calendar. */
export interface Month {
  key: string;
  month: number;
  count: number;
  weeks: (Day | null)[][];
  /** Issues dated to this month only by inference (their day is not known). */
  undated: { url: string; label: string }[];
}

/** Builds years (newest first) of months (newest first) from the issues. */
export function calendar(issues: readonly Issue[]): { year: number; months: Month[] }[] {
  const byMonth = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.date) continue;
    const key = issue.date.slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), issue]);
  }
  const years = new Map<number, Month[]>();
  for (const key of [...byMonth.keys()].sort().reverse()) {
    const list = byMonth.get(key)!;
    const [y, m] = key.split('-').map(Number) as [number, number];
    const links = new Map<number, string>();
    for (const i of list) if (!i.dateInferred) links.set(Number(i.date!.slice(8, 10)), i.pages[0]!.url);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const offset = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
    const cells: (Day | null)[] = [...Array<null>(offset).fill(null)];
    for (let d = 1; d <= days; d++) cells.push({ day: d, url: links.get(d) ?? null });
    while (cells.length % 7) cells.push(null);
    const weeks: (Day | null)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    const undated = list
      .filter((i) => i.dateInferred)
      .map((i) => ({
        url: i.pages[0]!.url,
        label: `不早于${Number(i.date!.slice(5, 7))}月${Number(i.date!.slice(8, 10))}日的一期`,
      }));
    years.set(y, [...(years.get(y) ?? []), { key, month: m, count: list.length, weeks, undated }]);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, months]) => ({ year, months }));
}
