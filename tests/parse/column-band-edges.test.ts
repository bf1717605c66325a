import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Where a run of lines read across (columns side by side) begins and ends. All pages written for these tests.
const texts = (page: ReturnType<typeof parse>): string[] => page.articles.map((a) => a.paragraphs.join(''));

describe('a band of columns read across', () => {
  it('goes on over blank lines to a line whose next piece stands where a column starts', () => {
    // --psm 4 on a scan: a blank line between the rows, the blank between the columns read as one space. The
    // last row holds the first column's line and the second column's last words, so it reads across nowhere.
    const page = parse([
      '河湾村修通产业路                            西坡村茶园迎来采摘季',
      '',
      '本报讯河湾村通往茶园的产业路日前修 本报讯日前，西坡村三百亩茶园开园采',
      '',
      '通了，全长二点八公里，总投资三百二 摘，前来帮工的村民一天能挣一百多元',
      '',
      '十万元，由村集体和各级财政共同筹集 钱。今年的茶叶收购价比去年高了一',
      '',
      '。茶农陈大伯说，过去一担茶叶要挑一 成多。',
      '',
      '个多小时，现在开着三轮车十分钟就到。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['河湾村修通产业路', '西坡村茶园迎来采摘季']);
    const [road, tea] = texts(page);
    expect(road).toContain('过去一担茶叶要挑一个多小时');
    expect(tea).toContain('比去年高了一成多。');
    expect(road).not.toContain('成多');
  });
});
