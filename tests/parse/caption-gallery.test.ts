import { describe, expect, it } from 'vitest';
import { linesParser, lost, readArticles } from '../support/page-lines.js';

const parse = linesParser('caption-gallery.txt');

/** A short report, then a second report with a gallery (`gallery` lines) between its headline and its text. */
const page = (gallery: string[]): string[] => [
  '山区小学用上新课桌',
  '',
  '本报讯（记者 孙梅）5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。',
  '',
  '老街夜市重新开张',
  '',
  ...gallery,
  '',
  '本报讯（记者 钱立）5月1日晚，沉寂多年的仓前老街夜市重新开张，120个摊位一字排开。',
  '',
  '开市首晚，老街客流量超过3万人次。',
];
const school = {
  headline: '山区小学用上新课桌',
  captions: [],
  paragraphs: ['5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。'],
};
const market = (captions: string[]) => ({
  headline: '老街夜市重新开张',
  captions,
  paragraphs: ['5月1日晚，沉寂多年的仓前老街夜市重新开张，120个摊位一字排开。', '开市首晚，老街客流量超过3万人次。'],
});

describe('a gallery: photos placed or numbered, their captions stacked under one credit', () => {
  it('reads captions placed two ways (左下图, 右下图) as captions', () => {
    const p = parse(
      page([
        '上图：游人在夜色中逛吃。',
        '',
        '左下图：摊主在制作糖画。',
        '',
        '右下图：游客在挑选竹编。（图片由仓前街道提供）',
      ]),
    );
    expect(readArticles(p)).toEqual([
      school,
      market([
        '上图：游人在夜色中逛吃。',
        '左下图：摊主在制作糖画。',
        '右下图：游客在挑选竹编。（图片由仓前街道提供）',
      ]),
    ]);
    expect(lost(p)).toEqual([]);
  });

  it('reads a number OCR misread or lost (图他：, 图G)：, 图：) as a numbered caption', () => {
    const p = parse(
      page(['图：游人在夜色中逛吃。', '图他：摊主在制作糖画。', '图G)：游客在挑选竹编。 本报记者 钱立 摄']),
    );
    expect(readArticles(p)).toEqual([
      school,
      market(['图：游人在夜色中逛吃。', '图他：摊主在制作糖画。', '图G）：游客在挑选竹编。本报记者钱立摄']),
    ]);
    expect(lost(p)).toEqual([]);
  });

  it('places the gallery as one, where its credit sends it, though the export set it after another story', () => {
    // (No headline over the gallery: its first caption would go to the story it follows, its last to the
    // report its photographer wrote.)
    const p = parse([
      '山区小学用上新课桌',
      '',
      '本报讯（记者 孙梅）5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。',
      '',
      '上图：游人在夜色中逛吃。',
      '下图：摊主在制作糖画。 本报记者 钱立 摄',
      '',
      '老街夜市重新开张',
      '',
      '本报讯（记者 钱立）5月1日晚，沉寂多年的仓前老街夜市重新开张，120个摊位一字排开。',
    ]);
    const read = readArticles(p);
    expect(read.map((a) => a.captions)).toEqual([
      [],
      ['上图：游人在夜色中逛吃。', '下图：摊主在制作糖画。本报记者钱立摄'],
    ]);
    expect(lost(p)).toEqual([]);
  });

  it('reads three photos in a row captioned 左图 / 中图 / 右图 under one credit as one gallery', () => {
    const p = parse(
      page(['左图：游人在夜色中逛吃。', '', '中图：摊主在制作糖画。', '', '右图：游客在挑选竹编。 记者 钱立 摄']),
    );
    expect(readArticles(p)).toEqual([
      school,
      market(['左图：游人在夜色中逛吃。', '中图：摊主在制作糖画。', '右图：游客在挑选竹编。记者钱立摄']),
    ]);
    expect(lost(p)).toEqual([]);
  });
});

describe('two placed captions under two credits', () => {
  // 上图 closed by （资料图片）, 下图 by its photographer: two photos, each credited, of two stories; a credit of
  // any kind closes a gallery, so each caption goes to its own story.
  it('are two captions, each with the story it shows', () => {
    const articles = readArticles(
      linesParser('placed-two-credits.txt')([
        '滨江步道全线贯通',
        '',
        '本报讯（记者 赵六）滨江步道全线贯通，市民多了一处散步的好去处。步道全长12公里，沿线设有8处驿站。',
        '',
        '上图：市民在滨江步道上散步。（资料图片）',
        '下图：农民在田间收割小麦。本报记者 王一 摄',
        '',
        '夏粮收购开秤',
        '',
        '本报讯（记者 王一）夏粮收购开秤，各收购点秩序井然，农民卖粮排队时间比去年缩短一半。',
      ]),
    );
    expect(articles.map((a) => a.captions.length)).toEqual([1, 1]);
    expect(JSON.stringify(articles[0]!.captions)).toContain('资料图片');
  });
});
