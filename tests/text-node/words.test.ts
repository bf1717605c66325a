import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutWords, extractKeywords, forgetCuts } from '../../src/text-node/words.js';
import { readKeywordTables } from '../../src/text-node/tfidf.js';
import { tempDir } from '../support/temp.js';

// jieba itself, as baoku used to call it: the reference the clause cache and the keyword code must match.
const jieba = createRequire(import.meta.url)('nodejs-jieba') as {
  load(): void;
  cut(text: string, hmm: boolean): string[];
  extract(text: string, n: number): { word: string }[];
};
const page = readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8');

/** Stretches of the page of many lengths and starts: separators, names, numbers, ties of every kind. */
function windows(text: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length; start += 211)
    out.push(text.slice(start, start + 40 + ((start * 13) % 1800)));
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
    // The segmenter loads jieba without its IDF table (it never asks jieba for keywords); the reference
    // needs it, so jieba is loaded again as it loads by default once the segmenter has loaded it.
    cutWords('先载入');
    jieba.load();
    const ties =
      '王一鸣、李二娃、张三丰、赵四海、钱五岳、孙六合、周七星、吴八方、郑九州、冯十全到会。王一鸣说，李二娃答。';
    for (const text of [...windows(page), ties, `${ties}\n${page.slice(0, 600)}`]) {
      for (const n of [1, 6, 8, 30])
        expect([...extractKeywords(text, n)]).toEqual(jieba.extract(text, n).map((k) => k.word));
    }
  });
});

describe('a clause with no separator in it', () => {
  it('is cut into its words however many there are (a run of 800 000 characters with no comma or space)', () => {
    const words = cutWords('经济发展城市建设'.repeat(100000));
    expect(words.length).toBeGreaterThan(100000);
    expect(words.join('')).toHaveLength(800000);
  });
});

describe("jieba's IDF table", () => {
  it('is read as cppjieba reads it (the last line of a word wins, malformed lines skipped, the average over all lines) and kept sorted for the next process', () => {
    const dir = tempDir('baoku-idf-');
    const idf = join(dir, 'idf.utf8');
    writeFileSync(
      idf,
      ['经济 5.5', '发展 4.25', '经济 6.5', '坏行', '三 个 词 1', '尾空格 2.5 ', '乙 x', '甲 1e-3', ''].join('\n'),
    );
    const stop = join(dir, 'stop.utf8');
    writeFileSync(stop, '的\n了\n');
    const kept = join(dir, 'kept');
    for (let round = 0; round < 2; round++) {
      const tables = readKeywordTables(idf, stop, kept);
      expect(tables.idf('经济')).toBe(6.5);
      expect(tables.idf('发展')).toBe(4.25);
      expect(tables.idf('尾空格')).toBe(2.5);
      expect(tables.idf('甲')).toBe(0.001);
      // A weight that is not a number counts as 0, as strtod reads it.
      expect(tables.idf('乙')).toBe(0);
      for (const absent of ['坏行', '三', '经', '经济学', '', 'zz']) expect(tables.idf(absent)).toBeUndefined();
      // Summed over the lines kept, divided by all lines read.
      expect(tables.idfAverage).toBeCloseTo((5.5 + 4.25 + 6.5 + 2.5 + 0 + 0.001) / 8, 12);
      expect([...tables.stopWords]).toEqual(['的', '了']);
      expect(readdirSync(kept)).toHaveLength(1);
    }
  });
});
