import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// OCR's scraps of a photo or a rule read as head lines. Written for these tests.

const REPORT = [
  '本报讯（记者 王一）4月20日上午，随着一阵急促的锣声，青溪县凤凰村两百多名',
  '村民在网格员的带领下，沿着指定路线转移到安置点。演练模拟了强降雨引发山洪',
  '的情景，设置了预警发布、人员转移和伤员救治等科目。',
];

describe('scraps OCR read over a head block', () => {
  it('are no part of the headline: the kicker and headline under them head the report', () => {
    const page = parse([
      ':>文\\二4二',
      '防汛备汛',
      '',
      '青溪县开展山洪灾害避险演练',
      '',
      ...REPORT,
      '',
      '新桥合龙',
      '',
      '4月2日，青溪大桥主桥顺利合龙。大桥全长1.36公里，建成后将连通城东新区和',
      '老城区，预计年底通车。（李二）',
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      ['防汛备汛', '青溪县开展山洪灾害避险演练'],
      [null, '新桥合龙'],
    ]);
    expect(page.unassigned.map((u) => u.text)).toContain(':>文\\二4二');
  });

  it('a lone digit set over a report is not its headline', () => {
    const page = parse([
      '新桥合龙',
      '',
      '4月2日，青溪大桥主桥顺利合龙。大桥全长1.36公里，建成后将连通城东新区和',
      '老城区，预计年底通车。（李二）',
      '',
      '4',
      '',
      ...REPORT,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['新桥合龙', null]);
  });

  it("a headline's last line printed right under it, with one Han character, stays in the headline", () => {
    const page = parse([
      '青溪县一季度工业产值同比增',
      '长8.1%',
      '',
      '本报讯（记者 王一）记者从县统计局获悉，一季度全县规模以上工业产值同比增长8.1%，',
      '增速比去年同期加快两个百分点。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead].join(''))).toEqual(['青溪县一季度工业产值同比增长8.1%']);
  });
});
