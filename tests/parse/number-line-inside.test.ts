import { describe, expect, it } from 'vitest';
import { linesParser, lost, squeeze } from '../support/page-lines.js';

// A box's text whose line opens with a year, a headline under the box. Written for these tests.
const parse = linesParser('number-line-inside.txt');

describe('a line that opens with a number after a word that takes one (…东湖区自 / 2019年起…)', () => {
  it('stays in its paragraph: it is no other column read in, and no head line over the next article', () => {
    const page = parse([
      '本报讯（记者 王一）记者从东湖区住建局获悉，今年首批',
      '十二个老旧小区改造已全部完工，居民们拍手称好。',
      '',
      '链接',
      '',
      '老旧小区改造是指对建成年代较早、',
      '失养失修的住宅小区进行整治提升。东湖区自',
      '2019年起实施这项工作，五年来',
      '已累计改造老旧小区八十六个。',
      '',
      '春季花市开幕',
      '',
      '本报讯（记者 李二）3月21日，东湖区第六届春季花市在湖滨',
      '广场开幕，本届花市设展位六十个，持续到月底。',
    ]);
    expect(page.articles.map((a) => a.headline)).toContain('春季花市开幕');
    expect(squeeze(page.articles[0]!.paragraphs.join(''))).toContain('东湖区自2019年起实施这项工作，五年来已累计');
    expect(lost(page)).toEqual([]);
  });
});
