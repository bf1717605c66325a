/**
 * Related articles: those sharing the most keywords (found by the parser with jieba).
 */
import type { SiteArticle } from '../site/model.js';

/** Keywords and related article ids for every article. */
export function keywordsAndRelated(articles: readonly SiteArticle[]): Map<string, { keywords: string[]; related: string[] }> {
  const keywords = new Map(articles.map((a) => [a.id, a.keywords]));
  // Candidates come from an inverted index of keywords, so this stays near-linear in the archive's size.
  const byKeyword = new Map<string, string[]>();
  for (const [id, ks] of keywords) {
    for (const k of ks) {
      const list = byKeyword.get(k);
      if (list) list.push(id);
      else byKeyword.set(k, [id]);
    }
  }
  const out = new Map<string, { keywords: string[]; related: string[] }>();
  for (const a of articles) {
    const mine = keywords.get(a.id)!;
    const shared = new Map<string, number>();
    for (const k of mine) {
      const holders = byKeyword.get(k)!;
      // A keyword most of the archive shares says nothing about relatedness.
      if (holders.length > 200) continue;
      for (const id of holders) if (id !== a.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const related = [...shared]
      .filter(([, n]) => n >= 2)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 3)
      .map(([id]) => id);
    out.set(a.id, { keywords: mine, related });
  }
  return out;
}
