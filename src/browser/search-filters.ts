/**
 * The search page's query as its address gives it: words, facet filters, a range of months, one issue's
 * day, the order; and the offices' other names (from baoku-offices.js, when the page loads it).
 */

import type { Query } from '../search/engine.js';
import { aliasOf as aliasIn } from '../search/office-names.js';

declare global {
  interface Window {
    /** The gazetteer: each office's name with its other names. */
    baokuOffices?: [string, string[]][];
  }
}

/** What the search page searches for: the engine's query, always sorted, and perhaps one issue's day. */
export interface PageQuery extends Query {
  /** One issue's date (YYYY-MM-DD): the search within that issue. */
  day?: string | undefined;
  sort: NonNullable<Query['sort']>;
}

const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The query of a search page's address; malformed months and days are dropped. */
export function readFilters(params: URLSearchParams): PageQuery {
  const valid = (name: string, form: RegExp): string | undefined => {
    const v = params.get(name)?.trim();
    return v && form.test(v) ? v : undefined;
  };
  const sort = params.get('sort');
  const day = valid('day', DAY);
  return {
    q: params.get('q') ?? '',
    office: params.get('office') || undefined,
    reporter: params.get('reporter') || undefined,
    month: valid('month', MONTH),
    from: day ? day.slice(0, 7) : valid('from', MONTH),
    to: day ? day.slice(0, 7) : valid('to', MONTH),
    day,
    sort: sort === 'date' || sort === 'oldest' ? sort : 'relevance',
  };
}

/** The office whose other name `q` is (not its own name), or null: the rule `baoku search` uses too. */
export function aliasOf(q: string): string | null {
  return aliasIn(q, window.baokuOffices ?? []);
}

/** 2024-03 as 2024年3月. */
export function monthParam(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** 2024-03-05 as a result shows its date: 2024年3月5日. */
export function dayLabel(day: string): string {
  return `${monthParam(day)}${Number(day.slice(8, 10))}日`;
}
