/**
 * Keywords of each article (jieba TF-IDF) and related articles (the most shared keywords).
 */
import type { SiteArticle } from '../site/model.js';
import { extractKeywords } from '../text/segment.js';

/** Keywords and related article ids for every article. */
export function keywordsAndRelated(articles: readonly SiteArticle[]): Map<string, { keywords: string[]; related: string[] }> {
  const keywords = new Map(articles.map((a) => [a.id, extractKeywords(`${a.title}\n${a.paragraphs.join('\n')}`, 6).filter((k) => /\p{L}{2,}/u.test(k))]));
  const out = new Map<string, { keywords: string[]; related: string[] }>();
  for (const a of articles) {
    const mine = new Set(keywords.get(a.id));
    const related = articles
      .filter((b) => b.id !== a.id)
      .map((b) => ({ id: b.id, shared: keywords.get(b.id)!.filter((k) => mine.has(k)).length }))
      .filter((r) => r.shared >= 2)
      .sort((x, y) => y.shared - x.shared || (x.id < y.id ? -1 : 1))
      .slice(0, 3)
      .map((r) => r.id);
    out.set(a.id, { keywords: [...mine], related });
  }
  return out;
}
