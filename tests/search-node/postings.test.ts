import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeEntry, type EntryPlace } from '../../src/shared/cache-entry.js';
import { contribution } from '../../src/search-node/indexer.js';
import { PackedView, PostingsStore, type PostingsView } from '../../src/search-node/postings.js';
import { writeNumber } from '../../src/search/format.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// The lists' thread runs compiled code only: lib/ (compiled before the tests: tests/support/compile.ts).
type ThreadModule = typeof import('../../src/search-node/postings-thread.js');
let openPostings: ThreadModule['openPostings'];
beforeAll(async () => {
  ({ openPostings } = (await import(join(projectRoot, 'lib/search-node/postings-thread.js'))) as ThreadModule);
});

// Articles whose lists outgrow many blocks (the longest grow past the largest block size) and whose terms repeat.
const articles = Array.from({ length: 1500 }, (_, i) =>
  contribution([
    `第${i}号文章`,
    '',
    '',
    `经开区召开会议${'部署工作，推进发展。'.repeat(1 + (i % 7))}${i % 3 ? '西岭镇苹果丰收' : ''}`,
  ]),
);

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
      articles.forEach((c, doc) => store.addArticle(doc, c.terms, c.bodies, c.length));
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

  it('are the same when a thread reads them from cache entries, a damaged or vanished entry standing in from the build', async () => {
    // Pages of 7 articles in cache entries, some sent as articles, one damaged and one gone.
    const dir = tempDir('baoku-postings-');
    const place = (page: number): EntryPlace => ({ dir, version: 'test', key: `page${String(page).padStart(4, '0')}` });
    const pages = Array.from({ length: Math.ceil(articles.length / 7) }, (_, n) => articles.slice(n * 7, n * 7 + 7));
    pages.forEach((contributions, n) => writeEntry(place(n), contributions));
    writeFileSync(
      join(dir, place(20).key.slice(0, 2), `${place(20).key}.json`),
      '{"version":"test","value":[{"terms":',
    );
    writeFileSync(
      join(dir, place(31).key.slice(0, 2), `${place(31).key}.json`),
      JSON.stringify({ version: 'other', value: pages[31] }),
    );
    const asked: number[] = [];
    const lists = openPostings((first, count) => {
      asked.push(first);
      return articles.slice(first, first + count);
    });
    pages.forEach((contributions, n) => {
      if (n % 5 === 4) contributions.forEach((c, k) => lists.addArticle(n * 7 + k, c.terms, c.bodies, c.length));
      else lists.addEntry(n * 7, contributions.length, place(n));
    });
    const view: PostingsView = await lists.view();
    expect(asked).toEqual([20 * 7, 31 * 7]);
    const want = expected();
    expect([...view.terms()]).toEqual([...want.keys()]);
    for (const [term, list] of want) {
      expect(view.text(term)).toBe(list.text);
      expect([view.first(term), view.last(term)]).toEqual([list.first, list.last]);
    }
    articles.forEach((c, doc) => expect(view.length(doc)).toBe(c.length));
  });
});
