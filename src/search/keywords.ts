/**
 * Related articles: those sharing the most keywords (found by the parser with jieba).
 */
import type { SiteArticle } from '../site/model.js';

/** Keywords and related article ids for every article. */
export type KeywordsAndRelated = Map<string, { keywords: string[]; related: string[] }>;

/**
 * What the last build found, kept by a process that builds again (`baoku dev`): each keyword's articles,
 * and each article's keywords and related articles. An article's related articles follow from its
 * keywords and their articles alone, so they are taken over while those are the same.
 */
export interface RelatedMemory {
  byKeyword: Map<string, string[]>;
  results: KeywordsAndRelated;
}

/** A keyword most of the archive shares says nothing about relatedness. */
const MAX_HOLDERS = 200;

/** Keywords and related article ids for every article; `memory` (updated) makes a rebuild cheaper. */
export function keywordsAndRelated(articles: readonly SiteArticle[], memory?: RelatedMemory): KeywordsAndRelated {
  // Candidates come from an inverted index of keywords, so this stays near-linear in the archive's size.
  const byKeyword = new Map<string, string[]>();
  for (const a of articles) {
    for (const k of a.keywords) {
      const list = byKeyword.get(k);
      if (list) list.push(a.id);
      else byKeyword.set(k, [a.id]);
    }
  }
  // Keywords whose articles are not what they were (as far as relatedness can tell).
  const changed = new Set<string>();
  if (memory) {
    for (const [k, list] of byKeyword) {
      const before = memory.byKeyword.get(k);
      const ignored = list.length > MAX_HOLDERS && (before?.length ?? 0) > MAX_HOLDERS;
      if (!ignored && !(before && sameList(before, list))) changed.add(k);
    }
  }
  const out: KeywordsAndRelated = new Map();
  for (const a of articles) {
    const mine = a.keywords;
    const kept = memory?.results.get(a.id);
    if (kept && sameList(kept.keywords, mine) && !mine.some((k) => changed.has(k))) {
      out.set(a.id, { keywords: mine, related: kept.related });
      continue;
    }
    const shared = new Map<string, number>();
    for (const k of mine) {
      const holders = byKeyword.get(k)!;
      if (holders.length > MAX_HOLDERS) continue;
      for (const id of holders) if (id !== a.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const related = [...shared]
      .filter(([, n]) => n >= 2)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 3)
      .map(([id]) => id);
    out.set(a.id, { keywords: mine, related });
  }
  if (memory) {
    memory.byKeyword = byKeyword;
    memory.results = out;
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
