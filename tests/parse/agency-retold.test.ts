import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

/** Made-up reports set as a text page gives them: one printed line a line, blank lines between blocks. */
const parse = linesParser('agency-retold.txt');

const page = parse([
  '我国成功发射一颗遥感卫星',
  '',
  '新华社酒泉5月11日电（记者 张远）5月11日，我国在酒',
  '泉卫星发射中心成功将一颗遥感卫星发射升空，卫星',
  '顺利进入预定轨道。',
  '',
  '全国春播粮食过半',
  '',
  '据新华社北京5月11日电 记者从农业农村部获悉，截',
  '至5月10日，全国已春播粮食面积5.8亿亩，进度同比',
  '略快。',
  '',
  '农业农村部有关负责人表示，各地要抓住有利时机，加',
  '快播种进度。',
]);

describe('agency copy a paper retold (据新华社…电)', () => {
  it('opens the retold text with its dateline, and no source credit closes the report above', () => {
    expect(page.articles.map((a) => [a.headline, a.dateline, a.signature])).toEqual([
      ['我国成功发射一颗遥感卫星', '新华社酒泉5月11日电', null],
      ['全国春播粮食过半', '据新华社北京5月11日电', null],
    ]);
    expect(page.articles[1]!.paragraphs[0]).toMatch(/^记者从农业农村部获悉/u);
    expect(lost(page)).toEqual([]);
  });

  it('still reads 据新华社 alone under a text as the source it was taken from', () => {
    const signed = parse(['全国春播粮食过半', '', '全国已春播粮食面积5.8亿亩，进度同比略快。', '', '（据新华社）']);
    expect(signed.articles.map((a) => a.signature)).toEqual(['据新华社']);
  });
});
