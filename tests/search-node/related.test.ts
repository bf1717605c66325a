import { describe, expect, it } from 'vitest';
import { keywordsAndRelated, type RelatedMemory } from '../../src/search-node/related.js';
import type { SiteArticle } from '../../src/site/model.js';
import { mulberry32 } from '../support/layout.js';

/** Articles with keywords drawn from a small vocabulary, so that they share them. */
function articles(n: number, seed: number, vocabulary = 40): SiteArticle[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const keywords = [...new Set(Array.from({ length: 6 }, () => `词${Math.floor(rand() * vocabulary)}`))];
    return { id: `p${Math.floor(i / 5)}-${i % 5}`, keywords } as unknown as SiteArticle;
  });
}

describe('related articles', () => {
  it('are those sharing the most keywords, at least two', () => {
    const list = [
      { id: 'a', keywords: ['港口', '航运', '集装箱'] },
      { id: 'b', keywords: ['港口', '航运', '天气'] },
      { id: 'c', keywords: ['港口', '苹果', '天气'] },
      { id: 'd', keywords: ['港口', '航运', '集装箱', '天气'] },
    ] as unknown as SiteArticle[];
    const related = keywordsAndRelated(list);
    expect(related.get('a')!.related).toEqual(['d', 'b']);
    expect(related.get('c')!.related).toEqual(['b', 'd']);
  });

  it('are, for every article, the plain definition: the three sharing most keywords (two at least; ties by id)', () => {
    // Keywords more than 200 articles share are left out, as saying nothing.
    const list = articles(900, 7, 27).map((a, i) =>
      i % 3 ? a : ({ ...a, keywords: [...a.keywords, '常见'] } as SiteArticle),
    );
    const related = keywordsAndRelated(list);
    const common = new Set(
      ['常见', ...new Set(list.flatMap((a) => a.keywords))].filter(
        (k) => list.filter((a) => a.keywords.includes(k)).length > 200,
      ),
    );
    expect(common.size).toBeGreaterThan(1);
    for (const a of list) {
      const shared = list
        .filter((b) => b.id !== a.id)
        .map((b) => ({ id: b.id, n: a.keywords.filter((k) => !common.has(k) && b.keywords.includes(k)).length }))
        .filter((b) => b.n >= 2)
        .sort((x, y) => y.n - x.n || (x.id < y.id ? -1 : 1));
      expect(related.get(a.id)!.related, a.id).toEqual(shared.slice(0, 3).map((b) => b.id));
    }
  });

  it('found again in a process that kept the last build are what a fresh build finds, after any change', () => {
    const memory: RelatedMemory = { byKeyword: new Map(), results: new Map() };
    let list = articles(600, 1);
    expect(keywordsAndRelated(list, memory)).toEqual(keywordsAndRelated(list));
    // A page added, one removed, one article's keywords changed, a keyword pushed past 200 articles.
    list = [...list.slice(5), ...articles(5, 2).map((a) => ({ ...a, id: `new-${a.id}` }))];
    list[10] = { ...list[10]!, keywords: ['词1', '词2', '新词'] };
    for (let i = 0; i < 300; i++) list[i] = { ...list[i]!, keywords: [...list[i]!.keywords, '常见'] };
    for (let round = 0; round < 2; round++) {
      const kept = keywordsAndRelated(list, memory);
      expect(kept).toEqual(keywordsAndRelated(list));
    }
  });
});
