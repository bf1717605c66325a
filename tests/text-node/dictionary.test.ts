import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILLER, readDictionaryTable, sortedDictionary } from '../../src/text-node/dictionary.js';
import { cutWords, expectText } from '../../src/text-node/words.js';
import { tempDir } from '../support/temp.js';

// jieba itself with its whole dictionary: the reference every cut must match.
const jieba = createRequire(import.meta.url)('nodejs-jieba') as {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm: boolean): string[];
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
};
const page = readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8');
// The page's lines joined, as the parser joins a hard-wrapped column; words of jieba's user dictionary
// (listed with and without a frequency); single characters; Latin, digits and symbols.
const texts = [
  ...page.split('\n\n').map((block) => block.replace(/\s+/g, '')),
  '云计算和区块链的人才，蓝翔的挖掘机，c#与AT&T，B超检查。',
  '的了在和与及，1号、2号、３号；ABC公司CEO张三说：“好！”',
];
const dir = tempDir('baoku-dict-');

afterAll(() => jieba.load());

describe("a small dictionary for a page's words", () => {
  it('cuts every text exactly as the whole dictionary does', () => {
    jieba.load();
    const whole = texts.map((t) => jieba.cut(t, true));
    const table = readDictionaryTable(jieba.DEFAULT_DICT, jieba.DEFAULT_USER_DICT, join(dir, 'kept'))!;
    const words = new Set<string>();
    for (const t of texts) table.wordsIn(t, words);
    const small = table.smallDictionary(words);
    // A few thousand of the 350,000 words.
    expect(small.dict.split('\n').length).toBeLessThan(5000);
    writeFileSync(join(dir, 'dict'), small.dict);
    writeFileSync(join(dir, 'user'), small.userDict);
    jieba.load({ dict: join(dir, 'dict'), userDict: join(dir, 'user') });
    expect(texts.map((t) => jieba.cut(t, true))).toEqual(whole);
  });

  it('is what the segmenter loads after expectText, growing when a text brings words it lacks', () => {
    jieba.load();
    const other = '中华人民共和国国务院新闻办公室举行新闻发布会';
    const whole = [...texts, other, `乙${FILLER}甲方`].map((t) => jieba.cut(t, true));
    // Hinted at the page only: the other text's words are found when it is cut, and a text with the
    // filler character is cut with the whole dictionary.
    expectText(page);
    expect(texts.map((t) => [...cutWords(t)])).toEqual(whole.slice(0, texts.length));
    // The dictionary loaded was a small one: straight through jieba, an unseen text is cut otherwise.
    expect(jieba.cut('北京大学生物系的研究生', true)).not.toEqual(
      (jieba.load(), jieba.cut('北京大学生物系的研究生', true)),
    );
    expect([...cutWords(other)]).toEqual(whole.at(-2));
    expect([...cutWords(`乙${FILLER}甲方`)]).toEqual(whole.at(-1));
  });
});

describe("jieba's dictionary, kept sorted", () => {
  it('keeps the sum, least and median frequencies, and refuses a dictionary it cannot cut exactly', () => {
    expect(sortedDictionary('乙 3 n\n甲 5 v\n丙 1 x\n甲 2 v\n')).toBe('11 1 3\n丙 1 x\n乙 3 n\n甲 2 v\n');
    expect(sortedDictionary('甲 2.5 n\n')).toBe('-\n');
    expect(sortedDictionary('甲 2 n extra\n')).toBe('-\n');
    const file = join(dir, 'frac.dict');
    writeFileSync(file, '甲 2.5 n\n');
    writeFileSync(join(dir, 'frac.user'), '');
    expect(readDictionaryTable(file, join(dir, 'frac.user'), join(dir, 'kept'))).toBeUndefined();
  });

  it("gives the small dictionary the whole one's frequency sum and least weight, and user words the median", () => {
    const file = join(dir, 'tiny.dict');
    writeFileSync(file, '经济 50 n\n发展 30 v\n经 5 n\n济 2 n\n展 7 n\n会 40 v\n');
    writeFileSync(join(dir, 'tiny.user'), '云计算\n蓝翔 nz\n区块链 10 nz\n');
    const table = readDictionaryTable(file, join(dir, 'tiny.user'), join(dir, 'kept'))!;
    const words = new Set<string>();
    table.wordsIn('经济发', words);
    expect([...words].sort()).toEqual(['经', '经济', '济'].sort());
    const small = table.smallDictionary(words);
    const lines = small.dict
      .trim()
      .split('\n')
      .map((l) => l.split(' '));
    expect(lines.reduce((sum, l) => sum + Number(l[1]), 0)).toBe(134);
    expect(lines.filter((l) => l[0]!.includes(FILLER)).map((l) => l[1])).toContain('2');
    expect(small.userDict).toBe('云计算 30 x\n蓝翔 30 nz\n区块链 10 nz\n');
  });
});
