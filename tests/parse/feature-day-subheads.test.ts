import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A feature credited on a line of its own over its text, whose first paragraph is short, and whose in-body
// subhead of two lines is followed by a paragraph that opens with its day and hour, as a feature's sections
// often do. Written for this test.
const page = [
  '老街夜市开张首晚人气旺',
  '',
  '摊主们说比预想的热闹',
  '',
  '本报记者 林一舟',
  '',
  '本报讯 昨天傍晚，青石镇老街夜市正式开张，六十多个摊位沿着老街',
  '一字排开，小吃、手作和旧书摊前都围满了人，街口的灯笼一直亮到深夜。',
  '',
  '小吃摊前排起长队',
  '手作摊主忙着打包',
  '',
  '3月28日19时，记者来到老街东口，烤红薯和糖葫芦的摊位前已经排起',
  '了长队。卖手作发卡的摊主说，开张不到两个小时，她带来的两百个发卡',
  '就卖出了一大半，明天还要多备些货。',
  '',
  '镇里负责夜市的工作人员介绍，夜市每周五到周日开放，摊位免收',
  '租金，下一步还将增设休息座椅和公共厕所。',
];

describe("a feature's in-body subhead over a paragraph opening with its day", () => {
  it("stays in the feature credited on a line of its own: a brief's head is one line", () => {
    const parsed = parse(page);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.headline).toContain('老街夜市开张首晚人气旺');
    expect(parsed.articles[0]!.subheads).toEqual(['小吃摊前排起长队', '手作摊主忙着打包']);
  });

  it("stays in the feature credited in its dateline when the subhead is in two parts: a brief's head is one line", () => {
    const credited = page
      .slice(0, 4)
      .concat(page.slice(6))
      .map((l) => l.replace('本报讯 昨天', '本报讯（记者 林一舟）昨天'));
    const parsed = parse(credited);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.reporters).toEqual(['林一舟']);
    expect(parsed.articles[0]!.subheads).toEqual(['小吃摊前排起长队', '手作摊主忙着打包']);
  });
});
