import { describe, expect, it } from 'vitest';
import { contribution } from '../../src/search/indexer.js';
import { PackedView, PostingsStore } from '../../src/search/postings.js';
import { writeNumber } from '../../src/search/format.js';

// Articles whose lists outgrow many blocks (the longest grow past the largest block size) and whose terms repeat.
const articles = Array.from({ length: 1500 }, (_, i) => contribution([`第${i}号文章`, '', '', `经开区召开会议${'部署工作，推进发展。'.repeat(1 + (i % 7))}${i % 3 ? '西岭镇苹果丰收' : ''}`]));

/** Each term's list written the plain way: entries joined, each after the first with its document's distance. */
function expected(): Map<string, { first: number; last: number; text: string }> {
  const lists = new Map<string, { first: number; last: number; text: string }>();
  articles.forEach((c, doc) => {
    const bodies = c.bodies.split(' ');
    c.terms.split(' ').forEach((term, k) => {
      const list = lists.get(term);
      if (!list) lists.set(term, { first: doc, last: doc, text: bodies[k]! });
      else {
        list.text += writeNumber(doc - list.last) + bodies[k]!;
        list.last = doc;
      }
    });
  });
  return lists;
}

describe('postings lists', () => {
  it('hold every entry, in order, whether read in place or packed (as a thread hands them back)', () => {
    const fill = (): PostingsStore => {
      const store = new PostingsStore();
      articles.forEach((c, doc) => store.addArticle(doc, c.terms, c.bodies));
      return store;
    };
    const want = expected();
    for (const view of [fill(), new PackedView(fill().packed())]) {
      expect([...view.terms()]).toEqual([...want.keys()]);
      for (const [term, list] of want) {
        expect(view.text(term)).toBe(list.text);
        expect([view.first(term), view.last(term)]).toEqual([list.first, list.last]);
      }
    }
  });
});
