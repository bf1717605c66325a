import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Head lines a PDF text layer ran together with the page number or the section's name set level with them at
// the top of the page. Written for these tests.

const text = [
  '晚报讯（记者 钟晓岚）记者昨天从市气象台获悉，受新一股较强',
  '冷空气影响，14日起我市将出现明显降温和大风天气。',
  '气象专家提醒，市民要及时添衣保暖，注意防范大风降温。',
];

describe('a head block whose lines a text layer ran into the strip beside them', () => {
  it('keeps the page number and the section’s name out of the kicker, headline and 副题', () => {
    const page = parse([
      'A07 寒潮来袭',
      '天气与生活 本周后期气温将下降8℃以上',
      '市气象台提醒市民及早做好防寒准备',
      '2024年3月12日 星期二',
      ...text,
    ]);
    const a = page.articles[0]!;
    expect([a.kicker, a.headline, a.subhead]).toEqual([
      '寒潮来袭',
      '本周后期气温将下降8℃以上',
      '市气象台提醒市民及早做好防寒准备',
    ]);
    expect(page.unassigned.map((u) => u.text)).toEqual(expect.arrayContaining(['A07', '天气与生活']));
  });

  it('leaves a 引题 of two phrases alone, though its first names a section', () => {
    const page = parse(['3 综合新闻', '', '乡村振兴 一线见闻', '', '青禾村稻虾共养鼓起钱袋子', '', ...text]);
    expect(page.articles[0]!.kicker!.replace(/\s/gu, '')).toBe('乡村振兴一线见闻');
  });
});
