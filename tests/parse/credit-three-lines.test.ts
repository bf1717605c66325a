import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A text page (the printed lines in reading order, a blank line between blocks) written for this test, in
// made-up places and people.

describe('a dateline’s credit broken over three lines of a narrow column', () => {
  // The middle line ends on a title whose name the next line gives (…特约通讯员 / 罗安）…): it stands inside the
  // bracket the dateline opened, so it is the credit's, never a head line between two pieces of text.
  const page = [
    '河湾村集体经济收入破百万',
    '',
    '本报讯 (记者 蓝溪',
    '实习生 葛一鸣 特约通讯员',
    '罗安) 去年，河湾村集体经',
    '济收入达到106万元，比上',
    '年增长三成，全村农户每户',
    '分红1200元。',
  ].join('\n');
  it('credits every writer and leaves nothing between', () => {
    const parsed = parse(page);
    expect(parsed.articles).toHaveLength(1);
    const a = parsed.articles[0]!;
    expect(a.reporters).toEqual(['蓝溪']);
    expect(a.correspondents).toEqual(['罗安']);
    expect(a.paragraphs).toEqual(['去年，河湾村集体经济收入达到106万元，比上年增长三成，全村农户每户分红1200元。']);
    expect(parsed.unassigned).toEqual([]);
  });
});
