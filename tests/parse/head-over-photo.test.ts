import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A report whose headline wraps onto two lines, its 副题 and a photo with its caption and credit set between
// the head and the text, after a report that closed with a finished sentence. Written for this test.
const page = [
  '青石镇老街夜市开张',
  '',
  '本报讯 青石镇老街夜市昨晚开张，六十多个摊位沿着老街一字排开，',
  '小吃、手作和旧书摊前都围满了人。',
  '',
  '青石县正在打造全省首个“无废',
  '园区”',
  '',
  '园区里的垃圾，九成以上都能变成资源',
  '',
  '工人在车间里分拣建筑垃圾',
  '',
  '青石县融媒体中心供图',
  '',
  '本报讯 记者昨天走进青石县循环经济产业园，看到一车车建筑垃圾被运进',
  '车间，经过破碎、筛分，变成了再生骨料和透水砖。园区负责人介绍，',
  '今年园区已处理各类固体废物八十多万吨。',
];

describe('a head over a photo set between it and its text', () => {
  it("keeps its first lines: a photo's credit on the way to the dateline does not end the head", () => {
    const parsed = parse(page);
    expect(parsed.articles).toHaveLength(2);
    expect(parsed.articles[0]!.paragraphs).toHaveLength(1);
    const block = [parsed.articles[1]!.kicker, parsed.articles[1]!.headline, parsed.articles[1]!.subhead].join('');
    expect(block).toContain('青石县正在打造全省首个“无废园区”');
  });
});
