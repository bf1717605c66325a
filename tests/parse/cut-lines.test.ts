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
