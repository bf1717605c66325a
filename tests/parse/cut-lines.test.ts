import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A text layer read a briefs column's first lines right under the headline of the report beside it, and the
// column's label after them (written for this test): the lines stop inside a number (…辖区2400 / 户…) and a
// word (…并根 / 据…), which no headline does.
const briefUnderHeadline = [
  '山乡客车通到家门口',
  '',
  '本报讯（记者 舒云帆）本月起，青石镇开通三条镇村公交线路，沿线九个村的群众坐车进城不用再步行到国道边。',
  '线路票价两元，早晚各加开一班。',
  '',
  '渔村晒场成了文化广场',
  '白沙镇近日为辖区2400',
  '户渔民免费检修渔船，并根',
  '简讯',
  '',
  '据检修结果发放安全提示卡，帮助渔民平安出海。（余小川）',
  '',
  '本报讯（记者 林素秋）傍晚时分，海湾村的老晒场上锣鼓声响起，村民们跳起了广场舞。',
  '去年村里把闲置的晒场改成了文化广场，装上了路灯和健身器材。',
  '',
].join('\n');

describe('lines a text layer cut from their sentence', () => {
  it('are the first lines of that text, not head lines of the report they were read under', () => {
    const page = parse(briefUnderHeadline);
    const heads = page.articles.flatMap((a) => [a.kicker, a.headline, a.subhead]).filter(Boolean);
    expect(heads.some((h) => /2400|并根/u.test(h!))).toBe(false);
    const brief = page.articles.find((a) => a.paragraphs.join('').includes('检修渔船'))!;
    expect(brief.paragraphs.join('')).toContain('白沙镇近日为辖区2400户渔民免费检修渔船，并根据检修结果');
  });
});

// A text layer broke a number over two lines of a report set in a narrow column, a blank line in between
// (written for this test): the line that ends on the number's first digit reads like a short headline alone.
const numberBroken = [
  '渔港新建避风塘',
  '',
  '本报讯（记者 林素秋）海湾村',
  '渔港避风塘日前完工，可容纳渔',
  '船一百多艘，台风季节渔民不用',
  '再把船开到邻县避风。',
  '',
  '今年海湾村接待游客1',
  '',
  '2万人次，渔家乐增加到三十多',
  '家，村民的腰包鼓了起来。',
  '',
  '山乡客车通到家门口',
  '',
  '本报讯（记者 舒云帆）本月起，',
  '青石镇开通三条镇村公交线路，',
  '沿线九个村的群众坐车进城不用',
  '再步行到国道边。',
  '',
].join('\n');

describe('a line that ends on a number the export broke', () => {
  it('is text going on into the next line, not a headline', () => {
    const page = parse(numberBroken);
    expect(page.articles.map((a) => a.headline)).toEqual(['渔港新建避风塘', '山乡客车通到家门口']);
    expect(page.articles[0]!.subheads).toEqual([]);
    expect(page.articles[0]!.paragraphs.some((p) => p.includes('今年海湾村接待游客12万人次，渔家乐'))).toBe(true);
  });
});
