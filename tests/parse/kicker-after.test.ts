import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A kicker (引题) a PDF text layer set right after its headline. Written for these tests.

const roles = (page: ReturnType<typeof parse>): (string | null)[][] =>
  page.articles.map((a) => [a.kicker, a.headline, a.subhead].map((t) => t?.replace(/\s/gu, '') ?? null));

/** A text layer's strip: the date's digits set one a line, as pdftotext gives a spaced number. */
const strip = ['桐溪日报', '2', '0', '2', '5', '年', '3', '月', '1', '2', '日', ''];

const bridge = [
  '本报讯（记者 方晓岚）连接桐溪两岸的新大桥日前正式建成通车。大桥全长',
  '三百余米，双向两车道，两岸村民出行不再绕行十多公里。',
  '当天，不少村民骑着电动车来到桥上，争相体验。',
  '',
];
const market = [
  '本报讯 城东菜场改造工程日前完工，新增摊位六十个，',
  '统一更换了排水和照明设施，市民买菜环境明显改善。',
];

describe('a short line right under a headline in a PDF text layer', () => {
  it('is its kicker, set small over it on the page', () => {
    const page = parse([
      ...strip,
      '跨河大桥建成通车',
      '村民盼了八年',
      '',
      ...bridge,
      '城东菜场完成改造',
      '历时半年提升',
      '',
      ...market,
    ]);
    expect(roles(page)).toEqual([
      ['村民盼了八年', '跨河大桥建成通车', null],
      ['历时半年提升', '城东菜场完成改造', null],
    ]);
  });

  it('is the kicker with the 副题 under both, which tells the figures', () => {
    const page = parse([...strip, '桐溪两岸从此连起来', '大桥通车', '全长三百余米 村民出行少绕十公里', '', ...bridge]);
    expect(roles(page)).toEqual([['大桥通车', '桐溪两岸从此连起来', '全长三百余米村民出行少绕十公里']]);
  });

  it('is the rest of a long headline its box broke', () => {
    const page = parse([...strip, '桐溪中学学子在省青少年科技创新', '大赛中获佳绩', '', ...bridge]);
    expect(page.articles[0]!.kicker ?? null).toBeNull();
    expect(page.articles[0]!.headline).toBe('桐溪中学学子在省青少年科技创新大赛中获佳绩');
  });

  it('is the headline’s predicate its box broke off when it is a short stub and no 副题 follows', () => {
    const page = parse([...strip, '我市老旧小区改造工程', '全面启动', '', ...bridge]);
    expect(page.articles[0]!.kicker ?? null).toBeNull();
    expect(page.articles[0]!.headline).toBe('我市老旧小区改造工程全面启动');
  });

  it('is the headline’s second line where the page is no text layer (OCR reads a kicker first)', () => {
    const page = parse(['桐溪日报 2025年3月12日', '', '跨河大桥建成通车', '村民盼了八年', '', ...bridge]);
    expect(page.articles[0]!.kicker ?? null).toBeNull();
    expect(page.articles[0]!.headline).toBe('跨河大桥建成通车村民盼了八年');
  });
});
