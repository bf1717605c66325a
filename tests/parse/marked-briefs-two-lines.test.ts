import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A column of briefs so narrow that a marked head runs over two lines (●…志愿服务 / 活动), as an export or a
// text page gives it: the mark's line, the rest right under it. Written for this test.
const page = (mark: string): string =>
  [
    '便民快讯',
    '',
    `${mark}河西街道开展“邻里守望”志愿服务`,
    '活动',
    '',
    '本报讯近日，河西街道组织八十余名志愿者走进辖区六个小区，',
    '为独居老人上门检查水电燃气安全。',
    '（通讯员 林小雨）',
    '',
    `${mark}区图书馆新增两处自助借还书`,
    '点',
    '',
    '本报讯日前，区图书馆在客运站和区人民医院新设两处自助借还书点，',
    '市民凭身份证即可借阅。（记者 王一舟）',
    '',
    `${mark}城南中学学子在省科技创新大赛`,
    '中获佳绩',
    '',
    '本报讯在日前揭晓的省青少年科技创新大赛中，城南中学三件作品获奖。',
    '（通讯员 周一诺）',
    '',
  ].join('\n');

describe('a marked brief head the column broke over two lines', () => {
  for (const mark of ['●', '◆', '■'])
    it(`is one headline, its second line no headline of its own (${mark})`, () => {
      const articles = parse(page(mark)).articles;
      expect(articles.map((a) => a.headline)).toEqual([
        '河西街道开展“邻里守望”志愿服务活动',
        '区图书馆新增两处自助借还书点',
        '城南中学学子在省科技创新大赛中获佳绩',
      ]);
      expect(articles.flatMap((a) => a.pullQuotes)).toEqual([]);
    });
});
