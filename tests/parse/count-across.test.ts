import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// An export read a report's last lines after the next report. Its first column stops on a number
// (…排查出隐患点46) and the block opens with the number's measure word (处，…): no sentence ends on a bare
// number, so the block goes back after the text it finishes. Written for this test.
const page = [
  '青石镇开展汛前安全检查',
  '',
  '本报讯（记者 林红）近日，青石镇组织人员对辖区水库、',
  '山塘和地质灾害隐患点开展汛前安全检查，逐一查看',
  '防汛物资储备和值守情况，共排查出隐患点46',
  '',
  '城西新开一条公交线',
  '',
  '本报讯（记者 韩冬）本月起，城西新开一条公交线路，',
  '连通三个小区和地铁站，沿线居民出行更方便了。',
  '',
  '处，目前已全部落实整改责任人和整改时限，',
  '汛期前将完成全部整改。',
  '',
  '河边步道亮起路灯',
  '',
  '本报讯（记者 苏青）近日，河边步道新装的路灯全部',
  '亮起，晚上散步的居民多了起来。',
  '',
];

describe('a block that opens with the unit of a number another block stops on', () => {
  it('goes back after that block', () => {
    const parsed = parse(page.join('\n'));
    expect(parsed.articles.map((a) => a.headline)).toEqual([
      '青石镇开展汛前安全检查',
      '城西新开一条公交线',
      '河边步道亮起路灯',
    ]);
    const [check, bus] = parsed.articles.map((a) => a.paragraphs.join(''));
    expect(check).toMatch(/隐患点46处，目前已全部落实/u);
    expect(bus).not.toContain('整改');
  });
  it('a short line alone that stops on the number is no headline: the unit under it goes on its sentence', () => {
    const briefs = [
      '流动借书车开进山村',
      '本报讯 本月起，县图书馆流动借书车每周',
      '开进偏远山村，村民凭身份证即可借阅，',
      '',
      '一次最多借5',
      '',
      '本。（周一帆）',
      '',
      '城西新开一条公交线',
      '',
      '本报讯（记者 韩冬）本月起，城西新开一条公交线路，',
      '连通三个小区和地铁站，沿线居民出行更方便了。',
      '',
    ];
    const parsed = parse(briefs.join('\n'));
    expect(parsed.articles.map((a) => a.headline)).toEqual(['流动借书车开进山村', '城西新开一条公交线']);
    expect(parsed.articles[0]!.paragraphs.join('')).toMatch(/一次最多借5本。$/u);
  });
});
