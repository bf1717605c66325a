import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// OCR reads a jump line's opening bracket （ as 《 or < now and then, as it does a continuation's (《上接第一版)).
// Written for this test.
const page = (jump: string): string[] => [
  '城区新建三座口袋公园',
  '',
  '本报讯（记者 王一）今年城区新建的三座口袋公园将在月底前全部开',
  '放，市民可以就近散步健身，园内还设有儿童游乐区和健身步道。',
  jump,
  '',
  '本报讯（记者 李二）镇里的农贸市场改造完成，摊位整齐了，地面也',
  '干净了，附近居民买菜更方便。',
];

describe('a jump line whose bracket OCR misread', () => {
  for (const jump of ['《下转第八版)', '<下转第3版)', '《下转第四版》']) {
    it(`is where the article goes on, never the next article's headline (${jump})`, () => {
      const parsed = parse(page(jump));
      expect(parsed.articles.map((a) => a.headline)).toEqual(['城区新建三座口袋公园', null]);
      expect(parsed.articles[0]!.continuedTo).not.toBeNull();
    });
  }
});
