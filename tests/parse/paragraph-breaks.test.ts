import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

// Made-up pages as a PDF text layer gives them: digit runs on lines of their own, printed lines in pieces.
const parse = (lines: string[]) => parsePage('breaks.txt', `${lines.join('\n')}\n`);

describe('paragraph breaks in a text layer broken into pieces', () => {
  it('does not end a paragraph on a number whose measure word opens the next line (87 / 处)', () => {
    const page = parse([
      '青石县开展防汛演练',
      '',
      '本报讯（记者 王明远） 县应急管理局',
      '和北山乡共1',
      '5',
      '0',
      '余人参',
      '加。',
      '县应急管理局负责人',
      '表示，全县已排查山洪灾',
      '害危险区 8',
      '7',
      '处，逐一落实',
      '了转移责任人和避险场',
      '所，汛期前将完成所有危',
      '险区的演练。',
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([
      '县应急管理局和北山乡共150余人参加。',
      '县应急管理局负责人表示，全县已排查山洪灾害危险区87处，逐一落实了转移责任人和避险场所，汛期前将完成所有危险区的演练。',
    ]);
  });

  it('does not end a paragraph on a word with no mark after it when a count opens the next line', () => {
    const page = parse([
      '送戏下乡进百村',
      '',
      '本报讯（记者 王明远） 今年以来，县',
      '剧团走进全县126个村，演出260余场，',
      '观众达到',
      '8万人次。',
      '不少村还组建了自己的戏曲队，农闲时',
      '排练，逢年过节就上台演出。',
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([
      '今年以来，县剧团走进全县126个村，演出260余场，观众达到8万人次。',
      '不少村还组建了自己的戏曲队，农闲时排练，逢年过节就上台演出。',
    ]);
  });
});
