import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A text page (the printed lines in reading order, a blank line between blocks) written for this test, in
// made-up places and people.

describe('a headline of two lines between two 引题 lines and a dash 副题', () => {
  // The headline's two lines follow each other with no blank line between; the 引题 lines stand apart by one.
  const page = [
    '接续奋斗',
    '',
    '建设美丽乡村',
    '',
    '青溪县八年治理小流域',
    '七条山溪重现清澈',
    '',
    '——全县水土流失面积下降四成',
    '',
    '本报讯（记者 闵川）近日，青溪县小流域综合治理工程通过验收。八年来，全',
    '县累计治理水土流失面积126平方公里，七条山溪水质全部达到二类以上。',
  ].join('\n');
  it('keeps both lines in the headline', () => {
    const [a] = parse(page).articles;
    expect(a!.headline?.replace(/\s/gu, '')).toBe('青溪县八年治理小流域七条山溪重现清澈');
    expect(a!.kicker?.replace(/\s/gu, '')).toBe('接续奋斗建设美丽乡村');
    expect(a!.subhead).toBe('——全县水土流失面积下降四成');
  });
});
