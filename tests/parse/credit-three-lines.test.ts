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

describe('a line of titled names between a credit opened and closed', () => {
  // Every token reads as a title and a name or as a four-character name; a matcher that tried both for each
  // token took seconds at twenty tokens and minutes at twenty-six (the test's time limit fails it).
  it('is read at once, and nothing of it is lost', () => {
    const middle = `${'记者王一 '.repeat(26)}。`;
    const parsed = parse(
      ['春耕备耕正当时', '', '本报讯（记者 王一 通讯员', middle, '李二）3月5日，城郊农民正忙着翻耕土地。'].join('\n'),
    );
    const all = JSON.stringify(parsed);
    expect(all.replace(/\s/gu, '')).toContain('记者王一记者王一');
    expect(parsed.articles[0]!.headline).toBe('春耕备耕正当时');
  });
});
