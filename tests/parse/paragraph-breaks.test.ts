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
});
