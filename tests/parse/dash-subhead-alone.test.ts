import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// A 副题 left alone over its report, its headline read elsewhere on the page. Written for these tests.
const parse = linesParser('dash-subhead-alone.txt');

describe('a 副题 opening with a dash alone over its report, its headline read among the briefs above', () => {
  it('is the subhead under that headline, not the headline of the report', () => {
    const page = parse([
      '简讯',
      '',
      '城南新增两条公交线路',
      '',
      '图书馆夜读开到十点',
      '',
      '11月28日，城南新开通火车站至新区和工业园的两条公交线路，',
      '票价统一为两元，沿线一万多群众出行更加方便。（朱一）',
      '',
      '——东湖街道打造“十分钟阅读圈”',
      '',
      '本报讯（记者 苏晴）晚上九点，东湖街道的图书馆分馆里依然灯火',
      '通明，十几位市民安静地读书。分馆今年开放夜读，每天开到十点，',
      '已累计接待夜读的市民四万多人次。街道已建成图书馆分馆三座，',
      '居民步行十分钟就能找到一处读书的地方。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([
      ['城南新增两条公交线路', null],
      ['图书馆夜读开到十点', '——东湖街道打造“十分钟阅读圈”'],
    ]);
    expect(lost(page)).toEqual([]);
  });
});
