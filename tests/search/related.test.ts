import { describe, expect, it } from 'vitest';
import { keywordsAndRelated, type RelatedMemory } from '../../src/search/keywords.js';
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
