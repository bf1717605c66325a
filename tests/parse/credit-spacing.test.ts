import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Made-up pages: credits as OCR reads them from print, their titles spaced out and their brackets misread.
const parse = linesParser('credits.txt');
const credits = (lines: readonly string[]) => {
  const page = parse(lines);
  expect(lost(page)).toEqual([]);
  return page.articles.map((a) => [a.headline, a.reporters, a.correspondents]);
};

describe('a title spaced out to the width of a longer one', () => {
  it('names its reporter in a bracket under the text, after a dateline and set over 通讯员', () => {
    expect(
      credits([
        '城区新建三座口袋公园',
        '近日，城区新建的三座口袋公园对市民开放。公园里种植了多种花木，还设置了健身器材。',
        '（记 者 王一 通讯员 李二）',
        '',
        '老旧小区加装电梯提速',
        '记　者 赵三',
        '通讯员 钱七',
        '今年以来，我区老旧小区加装电梯工作提速，已有四十部电梯投入使用。',
        '',
        '乡村学校迎来新老师',
        '本报讯 (记 者 吴六) 新学期开始，三十名新教师来到乡村学校任教。',
      ]),
    ).toEqual([
      ['城区新建三座口袋公园', ['王一'], ['李二']],
      ['老旧小区加装电梯提速', ['赵三'], ['钱七']],
      ['乡村学校迎来新老师', ['吴六'], []],
    ]);
  });

  it('keeps the article whose credit is run in after its last sentence, 通 讯 员 spaced too', () => {
    expect(
      credits([
        '城区新建三座口袋公园',
        '本报讯 近日，城区新建的三座口袋公园对市民开放。公园里种植了多种花木。',
        '',
        '夜市经济激发消费活力',
        '入夏以来，我区多个夜市人气火爆，带动餐饮消费增长。（记 者 孙四 通 讯 员 周五）',
      ]),
    ).toEqual([
      ['城区新建三座口袋公园', [], []],
      ['夜市经济激发消费活力', ['孙四'], ['周五']],
    ]);
  });
});

describe("a byline's brackets read as ASCII marks of their shape", () => {
  it.each([
    ['{', '}'],
    ['[', ']'],
    ['<', ')'],
  ])('reads %s记者 …%s after a dateline as the byline', (open, close) => {
    expect(
      credits([
        '老旧小区加装电梯提速',
        `本报讯 ${open}记者 赵三 通讯员 钱七${close} 今年以来，我区老旧小区加装电梯工作提速，已有四十部电梯投入使用。`,
      ]),
    ).toEqual([['老旧小区加装电梯提速', ['赵三'], ['钱七']]]);
  });
});

describe('a long line of titles and names', () => {
  it('is read at once: a title reads as names too, and the ways to cut such a line are not all tried', () => {
    const line = `（${'记 者 王一 通 讯 员 李二 '.repeat(16)}`;
    const page = parse(['老旧小区加装电梯提速', line, '今年以来，我区老旧小区加装电梯工作提速。']);
    expect(lost(page)).toEqual([]);
  });
});
