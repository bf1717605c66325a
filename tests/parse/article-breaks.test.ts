import { describe, expect, it } from 'vitest';
import { isKickerLike } from '../../src/parse/article-breaks.js';

describe('kickers', () => {
  it('reads short unit names as office labels, not longer phrases that happen to end like one', () => {
    for (const label of ['西岭镇', '东湖办', '安泰社区', '青石区', '胡村乡'])
      expect(isKickerLike(label, new Set()), label).toBe(true);
    for (const phrase of ['多措并举打造宜居城区', '凝心聚力建设美丽乡村', '万亩果园迎来丰收季'])
      expect(isKickerLike(phrase, new Set()), phrase).toBe(false);
    expect(isKickerLike('记者一线探访困难家庭——', new Set())).toBe(true);
  });
});
