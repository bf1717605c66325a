import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, openIndex } from '../../src/search/engine.js';
import { readDataScript, type Suggestions } from '../../src/search/format.js';
import { queryRuns } from '../../src/search/tokenize.js';
import { mulberry32 } from '../support/layout.js';
import { buildInMemory } from '../support/site.js';

describe('suggestions for what the reader types', async () => {
  const { files } = await buildInMemory();
  const load = async (name: string): Promise<unknown> => readDataScript(files.get(`search/${name}.js`)!, name);
  const index = await openIndex(load);
  const words = (await load('suggest')) as Suggestions;
  /** Every piece of the query, longest first, against every keyword: what a suggestion means, done the slow way. */
  const plain = (q: string, limit = 8): string[] => {
    const chars = [...queryRuns(q).join('')];
    const out: string[] = [];
    for (let len = chars.length; len >= 2; len--) {
      for (let at = 0; at + len <= chars.length; at++) {
        const piece = chars.slice(at, at + len).join('');
        for (const [word] of words)
          if (out.length < limit && word.includes(piece) && !out.includes(word)) out.push(word);
      }
    }
    return out;
  };

  it('offers the same words as comparing every piece with every keyword', async () => {
    const rand = mulberry32(22);
    const text = words.map(([w]) => w).join('');
    let offered = 0;
    for (let n = 0; n < 300; n++) {
      const len = 2 + Math.floor(rand() * 12);
      const at = Math.floor(rand() * (text.length - len));
      const q = text.slice(at, at + len);
      const got = await index.suggest(q);
      expect(got, q).toEqual(plain(q));
      offered += got.length;
    }
    expect(offered).toBeGreaterThan(300);
  });

  it('takes only the first MAX_QUERY_CHARS characters of a very long query', async () => {
    const q = words
      .map(([w]) => w)
      .join('')
      .repeat(200);
    expect([...q].length).toBeGreaterThan(10_000);
    expect(await index.suggest(q)).toEqual(plain([...q].slice(0, MAX_QUERY_CHARS).join('')));
  });
});
