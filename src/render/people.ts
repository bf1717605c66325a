/**
 * What an office's or a person's page says about them beyond the list: the words their articles are most
 * about, the people they wrote with, and their articles year by year.
 */
import { signatureNames, type SiteArticle } from '../site/model.js';

/** The keywords most of the articles share (not the entry's own name), most frequent first, then by first use. */
export function frequentKeywords(
  articles: readonly SiteArticle[],
  keywordsOf: (a: SiteArticle) => readonly string[],
  own: string,
  limit = 8,
): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const k of new Set(keywordsOf(a)))
      if (!own.includes(k) && !k.includes(own)) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Map order is first use (newest article first): ties keep it, so the output is the same every build.
  return [...counts.entries()]
    .filter(([, n]) => articles.length < 3 || n > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit);
}

/** Everyone named with `self` on their articles (reporters, correspondents, signature), most shared first. */
export function coAuthors(articles: readonly SiteArticle[], self: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    for (const name of new Set([...a.reporters, ...a.correspondents, ...signatureNames(a.signature)]))
      if (name !== self) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Items grouped by year in the order given (newest first), undated ones last under 日期不详. */
export function byYear<T extends { year: string | null }>(items: readonly T[]): { year: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = item.year ?? '日期不详';
    const list = groups.get(year);
    if (list) list.push(item);
    else groups.set(year, [item]);
  }
  return [...groups.entries()].map(([year, list]) => ({ year, items: list }));
}
