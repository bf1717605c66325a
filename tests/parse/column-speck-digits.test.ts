import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A photo's edge over two headlines set side by side, read by tesseract (--psm 4) as a row of scraps, one of
// which it read as digits beside a mark (`88亿半3?`). Written for this test.
describe('a row of specks with digits read into a scrap', () => {
  it('is no part of the headline under it', () => {
    const page = parse([
      '丰     上一    88亿半3?',
      '老街茶馆重新开张                          西岭村办起农家书屋',
      '本报讯 停业半年的老街茶馆日前重新开张，   本报讯 西岭村的农家书屋日前开门，村民',
      '老茶客们又能在这里喝茶听书了。茶馆还添   可以免费借阅各类图书，农业技术类图书',
      '了说书台，每周末请艺人来讲评书。         最受欢迎。书屋由旧仓库改建而成。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['老街茶馆重新开张', '西岭村办起农家书屋']);
    expect(page.unassigned.map((u) => u.text).join('')).toContain('88');
  });
});
