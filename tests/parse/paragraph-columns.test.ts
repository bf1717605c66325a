import { describe, expect, it } from 'vitest';
import { parseKept } from '../support/parse-kept.js';
import { squeeze } from '../support/page-lines.js';

// A made-up report set in a column 18 cells wide, as a text layer gives it: no indents, a blank line where the
// column breaks.
const report = (afterBreak: readonly string[]) => [
  '河堤步道完成改造',
  '',
  '本报讯（记者 王明远） 近日，青石县河',
  '堤步道改造工程完工，新铺设的透水路面',
  '和沿河栏杆已向市民开放。步道全长三公',
  '里，沿途设有六处休息平台和两座公共卫',
  '生间，方便市民散步和健身，一路绿树。',
  '',
  ...afterBreak,
];

describe('paragraph breaks at a column break', () => {
  it('reads on past a column break after a full line that ends a sentence, when the next column opens full', () => {
    const page = parseKept(
      report([
        '县住建局相关负责人介绍，步道的夜间照',
        '明将在下月启用，市民晚上也能放心走。',
        '步道开放首周，每天前来散步的市民',
        '超过两千人次，不少人带着孩子来骑车。',
      ]),
    );
    expect(page.articles[0]!.paragraphs.map(squeeze)).toEqual([
      '近日，青石县河堤步道改造工程完工，新铺设的透水路面和沿河栏杆已向市民开放。步道全长三公里，沿途设有六处休息平台和两座公共卫生间，方便市民散步和健身，一路绿树。县住建局相关负责人介绍，步道的夜间照明将在下月启用，市民晚上也能放心走。',
      '步道开放首周，每天前来散步的市民超过两千人次，不少人带着孩子来骑车。',
    ]);
  });

  it('ends the paragraph there when the next column opens two cells in, as a paragraph does', () => {
    const page = parseKept(report(['步道开放首周，每天前来散步的市民', '超过两千人次，不少人带着孩子来骑车。']));
    expect(page.articles[0]!.paragraphs).toHaveLength(2);
    expect(page.articles[0]!.paragraphs[1]).toMatch(/^步道开放首周/u);
  });
});
