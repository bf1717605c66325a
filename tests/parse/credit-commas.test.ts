import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Many papers set a credit's names apart with a comma (（记者 王一，通讯员 李二）, （记者 王一明，李二）):
// read as a sentence's comma, it cut the credit off after its first name and left the rest at the head of
// the text, or left a whole article with no home. Written for this test.
const page = [
  '青石镇开展汛前安全检查',
  '',
  '本报讯（记者 王一明，李二 通讯员 赵三、钱四）近日，青石镇组织人员对辖区水库、',
  '山塘和地质灾害隐患点开展汛前安全检查，逐一查看防汛物资储备和值守情况。',
  '',
  '城西新开一条公交线',
  '',
  '本报讯（记者 韩冬 ，通讯员 苏青）本月起，城西新开一条公交线路，',
  '连通三个小区和地铁站，沿线居民出行更方便了。',
  '',
  '河边步道亮起路灯',
  '',
  '近日，河边步道新装的路灯全部亮起，晚上散步的居民多了起来。（记者 林红，王五）',
];

describe('a credit whose names a comma sets apart', () => {
  it('is read whole, at the head of a text or run in after its last sentence', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => [a.headline, a.reporters, a.correspondents])).toEqual([
      ['青石镇开展汛前安全检查', ['王一明', '李二'], ['赵三', '钱四']],
      ['城西新开一条公交线', ['韩冬'], ['苏青']],
      ['河边步道亮起路灯', ['林红', '王五'], []],
    ]);
    expect(parsed.articles.map((a) => a.paragraphs[0]!.slice(0, 2))).toEqual(['近日', '本月', '近日']);
  });
  it('is no credit when the words in the brackets run on as a sentence', () => {
    const parsed = parse([
      '城西新开一条公交线',
      '',
      '本报讯 本月起，城西新开一条公交线路（记者从公交公司获悉，首班车早六点发车），',
      '连通三个小区和地铁站，沿线居民出行更方便了。（韩冬）',
    ]);
    expect(parsed.articles[0]!.reporters).toEqual([]);
    expect(parsed.articles[0]!.paragraphs.join('')).toContain('（记者从公交公司获悉，首班车早六点发车）');
  });
});
