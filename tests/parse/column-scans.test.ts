import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Columns read across on pages OCR'd from scans and in tesseract's block mode (--psm 6). All pages written for
// these tests.
const texts = (page: ReturnType<typeof parse>): string[] => page.articles.map((a) => a.paragraphs.join(''));

describe('columns read across on a scan', () => {
  it('are found where a space is half an em, so that the gaps line up only at that width', () => {
    // A scan at a lower resolution: tesseract sets about two spaces an em. The first column's lines end at
    // different places (a byline, a full line, a paragraph's end), so at the usual width of a space the second
    // column seems to start at three places far apart.
    const page = parse([
      '东岭村新路通车                    西山春茶开采',
      '本报记者 王一                               本报讯西山茶园的春茶日前开采，茶农',
      '东岭村新修的水泥路日前通车了，全长四公里    们天不亮就上山，一天能采鲜叶二十斤。',
      '连通了三个自然村和两个茶园。                今年茶叶收购价比去年高了一成。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['东岭村新路通车', '西山春茶开采']);
    const [road, tea] = texts(page);
    expect(road).toContain('全长四公里连通了三个自然村');
    expect(tea).toContain('茶农们天不亮就上山');
  });
});

describe('headlines side by side over columns read across', () => {
  it('go over their columns when a blank line sets them apart, split at the speck between them', () => {
    // The first headline has two parts apart by a space; OCR read the blank between the two headlines as a
    // speck, and set a blank line under the headlines (they are set larger).
    const page = parse([
      '老街换新颜 居民笑开颜 ”| 南湾村建起光伏电站',
      '',
      '本报讯老街改造工程日前完工，沿街    本报讯南湾村的光伏电站日前并网发',
      '店铺换上了统一的招牌，路灯也全部    电，每年可为村集体增收二十多万元，',
      '换成了节能灯。                      村民在家门口就能打零工。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline?.replace(/[”|\s]/gu, ''))).toEqual([
      '老街换新颜居民笑开颜',
      '南湾村建起光伏电站',
    ]);
    const [street, solar] = texts(page);
    expect(street).toContain('沿街店铺换上了统一的招牌');
    expect(solar).toContain('日前并网发电，每年可为村集体增收');
  });
});
