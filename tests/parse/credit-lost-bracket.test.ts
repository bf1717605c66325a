import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Made-up page: a report whose byline, run in after its last sentence, lost its closing bracket to OCR.
const parse = linesParser('lost-bracket.txt');

describe('a byline run in after the last sentence with its closing bracket lost', () => {
  const page = parse([
    '城区新建三座口袋公园',
    '近日，城区新建的三座口袋公园对市民开放。公园里种植了多种花木，',
    '还设置了健身器材。（记者 王一 通讯员 李二',
    '',
    '老旧小区加装电梯提速',
    '今年以来，我区老旧小区加装电梯工作提速，已有四十部电梯投入使用，',
    '居民上下楼更方便了。（记者 赵三）',
  ]);

  it('ends its report: the next headline and text are an article of their own', () => {
    expect(page.articles.map((a) => a.headline)).toEqual(['城区新建三座口袋公园', '老旧小区加装电梯提速']);
    expect(page.articles[0]!.paragraphs).toEqual([
      '近日，城区新建的三座口袋公园对市民开放。公园里种植了多种花木，还设置了健身器材。',
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('credits its reporter and correspondent, the byline shown without the bracket left', () => {
    const [first] = page.articles;
    expect([first!.byline, first!.reporters, first!.correspondents]).toEqual([
      '记者 王一 通讯员 李二',
      ['王一'],
      ['李二'],
    ]);
  });
});
