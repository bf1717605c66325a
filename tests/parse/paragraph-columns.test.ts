import { describe, expect, it } from 'vitest';
import { parseKept } from '../support/parse-kept.js';
import { squeeze } from '../support/page-lines.js';

// A made-up report set in a column 18 cells wide, as a text layer gives it: a paragraph's first line two cells
// in (its indent lost), a blank line where the column breaks.
const report = (afterBreak: readonly string[]) => [
  '河堤步道完成改造',
  '',
  '本报讯（记者 王明远） 近日，青石县河',
  '堤步道改造工程完工。',
  '新铺设的透水路面和沿河栏杆已向市',
  '民开放。步道全长三公里，沿途设有六',
  '处休息平台和两座公共卫生间，方便市民',
  '散步和健身，沿河一路都是绿树和花坛。',
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
      '近日，青石县河堤步道改造工程完工。',
      '新铺设的透水路面和沿河栏杆已向市民开放。步道全长三公里，沿途设有六处休息平台和两座公共卫生间，方便市民散步和健身，沿河一路都是绿树和花坛。县住建局相关负责人介绍，步道的夜间照明将在下月启用，市民晚上也能放心走。',
      '步道开放首周，每天前来散步的市民超过两千人次，不少人带着孩子来骑车。',
    ]);
  });

  it('ends the paragraph there when the next column opens two cells in, as a paragraph does', () => {
    const page = parseKept(report(['步道开放首周，每天前来散步的市民', '超过两千人次，不少人带着孩子来骑车。']));
    expect(page.articles[0]!.paragraphs).toHaveLength(3);
    expect(page.articles[0]!.paragraphs[2]).toMatch(/^步道开放首周/u);
  });
});

describe('paragraph breaks measured in a page whose columns differ', () => {
  it('measures a short paragraph against its own first line where the text around is set narrower', () => {
    const page = parseKept([
      '小河长巡河有了新帮手',
      '',
      '本报讯（记者 王明远） 青石县近日',
      '在全县推行河道巡查小程序，村级河',
      '长巡河时随手拍照上传，发现问题当',
      '天就能派单处理。',
      '',
      '每到周六上午，青石县南塘乡松岗村的农家书屋里就坐满了孩子。大学生',
      '志愿者带着他们读绘本、讲故事、写读后感，已经坚持了两年多。',
      '读书会由县团委和本地高校共同发起，如今已在全县十二个村开设，参加',
      '的孩子有五百多人。',
    ]);
    const paragraphs = page.articles.flatMap((a) => a.paragraphs.map(squeeze));
    expect(paragraphs.at(-2)).toMatch(/^每到周六上午.*坚持了两年多。$/u);
    expect(paragraphs.at(-1)).toMatch(/^读书会由县团委/u);
  });
});
