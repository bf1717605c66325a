import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutWords, extractKeywords, forgetCuts } from '../../src/text/segment.js';

// jieba itself, as baoku used to call it: the reference the clause cache and the keyword code must match.
const jieba = createRequire(import.meta.url)('nodejs-jieba') as { cut(text: string, hmm: boolean): string[]; extract(text: string, n: number): { word: string }[] };
const page = readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8');

/** Stretches of the page of many lengths and starts: separators, names, numbers, ties of every kind. */
function windows(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; start += 211) out.push(text.slice(start, start + 40 + ((start * 13) % 1800)));
  return out;
}

describe('word segmentation', () => {
  it('cuts a text into the words jieba cuts it into, clause by clause from memory', () => {
    const texts = windows(page);
    forgetCuts();
    for (const text of texts) expect(cutWords(text)).toEqual(jieba.cut(text, true));
  });

  it("finds the keywords jieba's extract finds, in its order, ties included", () => {
    // Names and numbers jieba's IDF table does not know all weigh the same: the order among them is
    // libstdc++'s partial_sort, which a stable sort does not reproduce.
    const ties = '王一鸣、李二娃、张三丰、赵四海、钱五岳、孙六合、周七星、吴八方、郑九州、冯十全到会。王一鸣说，李二娃答。';
    for (const text of [...windows(page), ties, `${ties}\n${page.slice(0, 600)}`]) {
      for (const n of [1, 6, 8, 30]) expect([...extractKeywords(text, n)]).toEqual(jieba.extract(text, n).map((k) => k.word));
    }
  });
});
