import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Head blocks an export printed line by line, each part set apart by a blank line: a section's name over a
// kicker and a headline, and a block of four lines whose headline its box broke. Written for these tests.

const roles = (page: ReturnType<typeof parse>): (string | null)[][] =>
  page.articles.map((a) => [a.kicker, a.headline, a.subhead].map((t) => t?.replace(/\s/gu, '') ?? null));

const report = [
  '本报讯（记者 方晓岚）入夏以来，城东片区老旧小区改造全面提速，',
  '外墙刷新了，管线入地了，楼道装上了声控灯。',
  '片区还增设了临时停车场和休息座椅。',
];

describe('a headline its box broke, between a kicker and a 副题 each set apart', () => {
  it('is the headline, the kicker over it and the 副题 under it', () => {
    const page = parse([
      '老旧小区改造提速',
      '',
      '城东片区二十一个小',
      '区年内完成改造',
      '',
      '涉及居民四千三百余户',
      '',
      ...report,
    ]);
    expect(roles(page)).toEqual([['老旧小区改造提速', '城东片区二十一个小区年内完成改造', '涉及居民四千三百余户']]);
  });

  it('is the headline under a column’s label too', () => {
    const page = parse([
      '民生关注',
      '',
      '老旧小区改造提速',
      '',
      '城东片区二十一个小',
      '区年内完成改造',
      '',
      '涉及居民四千三百余户',
      '',
      ...report,
    ]);
    expect(page.articles[0]!.headline!.replace(/\s/gu, '')).toBe('城东片区二十一个小区年内完成改造');
    expect(page.articles[0]!.subhead).toBe('涉及居民四千三百余户');
  });
});

describe('a section’s name that ends as an office’s does, over a kicker and a headline', () => {
  it('goes with the kicker, the headline alone under it', () => {
    const page = parse([
      ...report,
      '',
      '乡村',
      '',
      '“春茶经济”红火',
      '',
      '桐溪乡两万亩茶园开采',
      '',
      '本报讯 清明前后，桐溪乡两万亩茶园陆续开采，茶农忙着采摘春茶，',
      '茶叶收购点前排起了长队。',
    ]);
    expect(page.articles[1]!.headline).toBe('桐溪乡两万亩茶园开采');
    expect(page.articles[1]!.kicker!.replace(/\s/gu, '')).toContain('“春茶经济”红火');
  });
});
