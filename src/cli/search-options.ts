/**
 * `baoku search`'s filters as a reader gives them, made into the engine's query: an office by its name, one
 * of its other names or the start of its names (the search page's rule); months and dates as 2023-6,
 * 2023-06 or 2023年6月; each refused, with the reason, when it names nothing.
 */
import { UsageError } from '../errors.js';
import type { Query } from '../search/engine.js';
import { officeNamed, type Gazetteer } from '../search/office-names.js';
import type { DayRange } from '../search-node/built-index.js';

/** The filters as given on the command line. */
export interface GivenFilters {
  office?: string | undefined;
  reporter?: string | undefined;
  month?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sort?: string | undefined;
}

/** The engine's query without its words, the days to narrow its months to, and the filters in words. */
export interface Filters {
  query: Omit<Query, 'q'>;
  days: DayRange;
  /** Each filter as a reader reads it: `from 青石办`, `in 2023-06`. */
  said: string[];
}

/** The sort orders, and the engine's name of each (`date` stays a name of newest first, as the site's addresses say). */
const SORTS: Record<string, NonNullable<Query['sort']>> = {
  relevance: 'relevance',
  newest: 'date',
  date: 'date',
  oldest: 'oldest',
};

/** The filters before the index is opened: what can be checked without it (sort, months, dates). */
export function readFilters(given: GivenFilters): Filters {
  const name = given.sort ?? 'relevance';
  // Own keys only: --sort constructor is not a sort order.
  const sort = Object.hasOwn(SORTS, name) ? SORTS[name] : undefined;
  if (!sort) throw new UsageError(`--sort must be relevance, newest or oldest, not ${given.sort}`);
  const query: Omit<Query, 'q'> = { sort };
  const days: DayRange = {};
  const said: string[] = [];
  if (given.month !== undefined) {
    query.month = monthOf(given.month, '--month');
    said.push(`in ${query.month}`);
  }
  const from = given.from === undefined ? undefined : dateRange(given.from, '--from');
  const to = given.to === undefined ? undefined : dateRange(given.to, '--to');
  if (from && to && from.first > to.last)
    throw new UsageError(`--from ${given.from} is after --to ${given.to}: give the earlier date first`);
  if (from) {
    query.from = from.first.slice(0, 7);
    if (from.day) days.from = from.first;
  }
  if (to) {
    query.to = to.last.slice(0, 7);
    if (to.day) days.to = to.last;
  }
  const [start, end] = [from && (from.day ? from.first : query.from), to && (to.day ? to.last : query.to)];
  if (start && end) said.push(start === end ? `of ${start}` : `between ${start} and ${end}`);
  else if (start) said.push(`from ${start} on`);
  else if (end) said.push(`up to ${end}`);
  return { query, days, said };
}

/** The filters that need the index: the office (by the gazetteer and the archive's offices) and the reporter. */
export function namedFilters(
  filters: Filters,
  given: GivenFilters,
  names: { gazetteer: Gazetteer; offices: readonly string[]; reporters: readonly string[] },
): Filters {
  const query = { ...filters.query };
  const said = [...filters.said];
  if (given.office !== undefined) {
    const found = officeNamed(given.office, names.gazetteer, names.offices);
    if ('several' in found)
      throw new UsageError(`--office ${given.office} could be ${found.several.join(' or ')}: give more of the name`);
    if ('none' in found)
      throw new UsageError(`no office is named ${given.office} in this archive${known(names.offices)}`);
    query.office = found.office;
    said.unshift(`from ${found.office}`);
  }
  if (given.reporter !== undefined) {
    const reporter = given.reporter.trim().normalize('NFKC');
    if (!names.reporters.includes(reporter))
      throw new UsageError(`no reporter is named ${given.reporter} in this archive`);
    query.reporter = reporter;
    said.push(`by ${reporter}`);
  }
  return { ...filters, query, said };
}

function known(offices: readonly string[]): string {
  return offices.length ? ` (its offices: ${offices.slice(0, 12).join(', ')}${offices.length > 12 ? ', …' : ''})` : '';
}

/** A month (YYYY-MM) from 2023-6, 2023-06, 2023/6 or 2023年6月; a usage error naming `option` otherwise. */
export function monthOf(text: string, option: string): string {
  const m = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?\s*$/.exec(text.normalize('NFKC'));
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12)
    throw new UsageError(`${option} must be a month as YYYY-MM (2023-06), not ${text}`);
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

/**
 * The first and last day (YYYY-MM-DD) a date names: a year (2023), a month (2023-6, 2023年6月) or a day
 * (2023-6-8, 2023年6月8日), and whether it named a day; a usage error naming `option` otherwise.
 */
export function dateRange(text: string, option: string): { first: string; last: string; day: boolean } {
  const t = text.normalize('NFKC').trim();
  const bad = (why = ''): UsageError =>
    new UsageError(`${option} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not ${text}${why}`);
  const year = /^(\d{4})年?$/.exec(t);
  if (year) return { first: `${year[1]}-01-01`, last: `${year[1]}-12-31`, day: false };
  const parts = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:(?:[-/.]|月)\s*(\d{1,2})\s*日?|月)?$/.exec(t);
  if (!parts) throw bad();
  const [y, m] = [Number(parts[1]), Number(parts[2])];
  if (m < 1 || m > 12) throw bad(' (no such month)');
  const month = `${parts[1]}-${String(m).padStart(2, '0')}`;
  if (parts[3] === undefined) return { first: `${month}-01`, last: `${month}-31`, day: false };
  const d = Number(parts[3]);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (d < 1 || date.getUTCMonth() !== m - 1) throw bad(' (no such day)');
  const iso = `${month}-${String(d).padStart(2, '0')}`;
  return { first: iso, last: iso, day: true };
}
