import { describe, expect, it } from 'vitest';
import { linesParser } from '../support/page-lines.js';

const parse = linesParser('jumps.txt');

/** A report that goes on on another page, its jump line printed under its text as given. */
const goesOn = (jump: string): string[] => [
  '城区新建三座公园',
  '',
  '本报讯（记者 王一）今年城区新建的三座公园',
  '将在月底前全部开放，市民可以就近散步健身，',
  '园内还设有儿童游乐区和健身步道。',
  jump,
  '',
  '农贸市场改造完成',
  '',
  '本报讯（记者 李二）镇里的农贸市场改造完成，',
  '摊位整齐了，地面也干净了。',
];

describe('jump lines of papers that number pages with letters', () => {
  it.each([
    ['下转A06版', 'A06版'],
    ['转A3版', 'A3版'],
    ['（下转B2版）', 'B2版'],
    ['（下转第4版）', '第4版'],
  ])('reads %s on a line of its own as where the article goes on', (jump, page) => {
    const parsed = parse(goesOn(jump));
    expect(parsed.articles.map((a) => [a.headline, a.continuedTo])).toEqual([
      ['城区新建三座公园', page],
      ['农贸市场改造完成', null],
    ]);
    expect(parsed.unassigned.map((u) => u.text)).toEqual([jump]);
  });

  it.each([
    ['（下转第4版）', '第4版'],
    ['(下转 A06 版)', 'A06版'],
  ])(
    'reads %s run in at the end of the last paragraph as where the article goes on, cut from the text',
    (jump, page) => {
      const lines = goesOn('');
      lines[4] = `${lines[4]}${jump}`;
      const parsed = parse(lines);
      expect(parsed.articles.map((a) => [a.headline, a.continuedTo])).toEqual([
        ['城区新建三座公园', page],
        ['农贸市场改造完成', null],
      ]);
      expect(parsed.articles[0]!.paragraphs.at(-1)).toMatch(/健身步道。$/u);
      // (The page's text as cleaned: OCR's spaces inside a word dropped.)
      expect(parsed.unassigned.map((u) => u.text)).toEqual([jump.replace(/ /gu, '')]);
    },
  );

  it('reads 上接A01版 on a line of its own as where the article comes from', () => {
    const parsed = parse([
      '上接A01版',
      '今年城区新建的三座公园将在月底前全部开放，',
      '园内还设有儿童游乐区和健身步道。',
    ]);
    expect(parsed.articles.map((a) => [a.headline, a.continuedFrom])).toEqual([[null, 'A01版']]);
  });
});
