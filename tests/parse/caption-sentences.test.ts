import { describe, expect, it } from 'vitest';
import { linesParser, lost, readArticles, setInColumn } from '../support/page-lines.js';

const column = (text: string): string[] => setInColumn(text, 17);
const parse = linesParser('caption-sentences.txt');
const captions = (page: ReturnType<typeof parse>) =>
  readArticles(page).map(({ headline, captions }) => ({ headline, captions }));

const CAPTION = '4月8日，农技员在大棚里向种植户讲解黄瓜嫁接技术。今年以来，该镇已举办此类培训9场。';
const TEXT = '本报讯（记者 祁方远）近日，石湾镇蔬菜育苗中心投入使用，可年育各类种苗600万株，供应周边8个村的种植户。';
const NEXT = '本报讯（记者 柯雨桐）昨日，县城南门菜市场完成改造，新增摊位40个，市民买菜更方便了。';

/** A report with its photo over the text: a headline on two lines, caption lines, perhaps a credit, the text. */
const report = (caption: string[], credit?: string): string[] => [
  '石湾镇蔬菜育苗中心',
  '投用',
  '',
  ...caption,
  '',
  ...(credit ? [credit, ''] : []),
  ...column(TEXT),
  '',
  '南门菜市场改造完工',
  '',
  ...column(NEXT),
  '',
];

describe('a caption of two or three sentences between a headline and its text', () => {
  it('is the caption its credit on the line under it closes, not the text’s first paragraph', () => {
    const page = parse(report(setInColumn(CAPTION, 18), '本报记者 祁方远 摄'));
    expect(captions(page)).toEqual([
      { headline: '石湾镇蔬菜育苗中心投用', captions: [`${CAPTION}本报记者祁方远摄`] },
      { headline: '南门菜市场改造完工', captions: [] },
    ]);
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
    expect(lost(page)).toEqual([]);
  });

  it('is a caption with no credit when the text under it opens with its dateline', () => {
    const page = parse(report(setInColumn(CAPTION, 18)));
    expect(captions(page)[0]).toEqual({ headline: '石湾镇蔬菜育苗中心投用', captions: [CAPTION] });
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
  });

  it('leaves a photo story alone: its text and credit under its headline, the next headline under them', () => {
    const page = parse([
      '春耕时节铁牛忙',
      '',
      ...setInColumn(CAPTION, 18),
      '',
      '本报记者 祁方远 摄',
      '',
      '南门菜市场改造完工',
      '',
      ...column(NEXT),
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['春耕时节铁牛忙', '南门菜市场改造完工']);
    expect(lost(page)).toEqual([]);
  });
});
