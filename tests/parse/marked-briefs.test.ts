import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Briefs whose headlines are set after a mark (■, ◆), under a column's label. Written for these tests.

const report = [
  '城北新建三处口袋公园',
  '',
  '本报讯（记者 林青）城北街道新建的三处口袋公园昨日向',
  '市民开放，公园里设有健身步道、儿童游乐区和休息长廊，',
  '周边居民步行五分钟即可到达。',
  '',
];

const briefs = [
  '便民提示',
  '',
  '■城南菜市场本周末临时调整营业时间',
  '',
  '因设备检修，城南菜市场本周六营业时间调整为上午七时',
  '至下午两时，周日恢复正常。（记者 王一）',
  '',
  '◆市民中心开设周末法律咨询',
  '',
  '本周日上午九点，市民中心一楼大厅开设法律咨询台，',
  '律师现场解答婚姻家庭、劳动纠纷等问题。（李二）',
];

describe('a column of briefs headed after a mark', () => {
  it('gives each brief its headline, without the mark, and the column label to the page', () => {
    const page = parse([...report, ...briefs]);
    expect(page.articles.map((a) => [a.headline, a.reporters, a.signature])).toEqual([
      ['城北新建三处口袋公园', ['林青'], null],
      ['城南菜市场本周末临时调整营业时间', ['王一'], null],
      ['市民中心开设周末法律咨询', [], '李二'],
    ]);
    expect(page.articles.flatMap((a) => a.pullQuotes)).toEqual([]);
    expect(page.articles[1]!.paragraphs).toEqual([
      '因设备检修，城南菜市场本周六营业时间调整为上午七时至下午两时，周日恢复正常。',
    ]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['便民提示']);
  });
  it('keeps a marked sentence inside a report as its pull quote', () => {
    const page = parse([
      ...report.slice(0, -1),
      '',
      '■公园不求大，贴近居民最要紧',
      '',
      '街道负责人说，口袋公园选址都在老旧小区旁边，明年',
      '还将再建五处。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.pullQuotes])).toEqual([
      ['城北新建三处口袋公园', ['公园不求大，贴近居民最要紧']],
    ]);
  });
});
