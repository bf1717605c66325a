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
  // Articles by position, and shared keywords counted in one array: maps of ids per article were most
  // of the time on a large archive.
  const holders = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const k of a.keywords) {
      const list = holders.get(k);
      if (list) list.push(i);
      else holders.set(k, [i]);
    }
  });
  const byKeyword = memory
    ? new Map([...holders].map(([k, list]) => [k, list.map((i) => articles[i]!.id)]))
    : undefined;
  // Keywords whose articles are not what they were (as far as relatedness can tell).
  const changed = new Set<string>();
  if (memory) {
    for (const [k, list] of byKeyword!) {
      const before = memory.byKeyword.get(k);
      const ignored = list.length > MAX_HOLDERS && (before?.length ?? 0) > MAX_HOLDERS;
      if (!ignored && !(before && sameList(before, list))) changed.add(k);
    }
  }
  const out: KeywordsAndRelated = new Map();
  const counts = new Int32Array(articles.length);
  const touched: number[] = [];
  articles.forEach((a, i) => {
    const mine = a.keywords;
    const kept = memory?.results.get(a.id);
    if (kept && sameList(kept.keywords, mine) && !mine.some((k) => changed.has(k))) {
      out.set(a.id, { keywords: mine, related: kept.related });
      return;
    }
    for (const k of mine) {
      const list = holders.get(k)!;
      if (list.length > MAX_HOLDERS) continue;
      for (const j of list) {
        if (j === i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j] = counts[j]! + 1;
      }
    }
    // The three sharing the most (two at least), ties by id.
    const best: { n: number; id: string }[] = [];
    for (const j of touched) {
      const n = counts[j]!;
      counts[j] = 0;
      if (n < 2) continue;
      const id = articles[j]!.id;
      let at = best.length;
      while (at > 0 && (n > best[at - 1]!.n || (n === best[at - 1]!.n && id < best[at - 1]!.id))) at--;
      if (at < 3) best.splice(at, 0, { n, id });
      if (best.length > 3) best.pop();
    }
    touched.length = 0;
    out.set(a.id, { keywords: mine, related: best.map((b) => b.id) });
  });
  if (memory) {
    memory.byKeyword = byKeyword!;
    memory.results = out;
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
