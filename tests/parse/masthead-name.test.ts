import { describe, expect, it } from 'vitest';
import { linesParser, lost, squeeze } from '../support/page-lines.js';
import { parseKept as parse, unassignedText } from '../support/parse-kept.js';

// A weekly's page as a PDF text layer reads it: the strip, the masthead's Latin line, then the first story's
// headline, the paper's Han name read further down among the heads. Written for this test.
const page = [
  '2024年10月18日 星期五',
  '编辑：林青 校对：周敏',
  '',
  'QINGSHI WEEKLY',
  '',
  '青石镇两万亩茶园开采',
  '',
  '青石周报',
  '',
  '本报讯 3月下旬，青石镇两万亩茶园陆续开采，漫山遍野的茶垄间，',
  '采茶工指尖翻飞，一片片嫩芽被轻轻摘下。今年春茶长势好，',
  '茶农们盼着卖个好价钱。',
];

describe("the masthead's Han name", () => {
  it("is short: a longer line under the Latin line is the first story's headline", () => {
    const parsed = parse(page);
    expect(parsed.page.nameLatin).toBe('QINGSHI WEEKLY');
    expect(parsed.page.name).not.toBe('青石镇两万亩茶园开采');
    expect(parsed.articles.map((a) => a.headline)).toEqual(['青石镇两万亩茶园开采']);
  });

  it("is furniture when a weekly's name (…周报) is set alone among the heads", () => {
    const parsed = parse(weekly);
    expect(parsed.articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([[null, '老街夜市下月开张', null]]);
    expect(unassignedText(parsed)).toContain('青石周报');
  });
});

// The paper's name read among a story's head lines, away from the strip. Written for this test.
const weekly = [
  '2024年10月18日 星期五',
  '',
  '老街夜市下月开张',
  '',
  '青石周报',
  '',
  '本报讯 青石镇老街夜市将于下月开张，六十多个摊位沿着老街一字排开，',
  '小吃、手作和旧书摊每周五到周日开放，摊位免收租金。',
];

describe('a short headline broken over two lines under a section’s name and its Latin line', () => {
  it('is the first story’s headline, not the paper’s name', () => {
    const page = linesParser('masthead-runs-on.txt')([
      'A08',
      '',
      '天气与生活',
      '',
      'LIFE',
      '',
      '老年象棋赛',
      '“棋”乐融融',
      '',
      '本报讯（通讯员 李二）3月19日，县老年体协举办老年人象棋比赛，64名',
      '老年棋手同场竞技。',
    ]);
    expect(page.articles.map((a) => squeeze(a.headline ?? ''))).toEqual(['老年象棋赛“棋”乐融融']);
    expect(lost(page)).toEqual([]);
  });
});
