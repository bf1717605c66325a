import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Text pages (printed lines in reading order) with columns of briefs, an evening paper's header strip and
// full-measure first lines. Every article here is written for these tests.

const lead = [
  '社区食堂开到家门口',
  '',
  '本报讯（记者 林青）城西街道首家社区食堂',
  '昨日开门迎客，六十岁以上老人凭卡就餐可',
  '享八折优惠，每天供应早中晚三餐。',
  '',
];

/** A column of briefs, each head set after `mark`, each text closed by its credit. */
const briefs = (mark: string): string[] => [
  '便民快讯',
  '',
  `${mark}东湖公园完成步道改造`,
  '东湖公园环湖步道改造工程近日完工，新铺',
  '设的透水路面总长三公里。（记者 王一）',
  '',
  `${mark}青禾县开通城乡公交新线路`,
  '为方便山区群众出行，青禾县本月新开通两',
  '条城乡公交线路，票价统一为两元。（李二）',
  '',
  `${mark}河湾村举办农民运动会`,
  '河湾村日前举办首届农民运动会，拔河、挑',
  '担跑等八个项目吸引村民参加。',
  '比赛结束后，村里还为获奖选手颁发了奖',
  '品。（通讯员 张三）',
];
const briefHeads = ['社区食堂开到家门口', '东湖公园完成步道改造', '青禾县开通城乡公交新线路', '河湾村举办农民运动会'];

describe('briefs headed after a mark', () => {
  it.each(['▶', '◎', '☆', '►'])('read %s as the mark of a brief’s head, not as its headline’s text', (mark) => {
    const page = parse([...lead, ...briefs(mark)]);
    expect(page.articles.map((a) => a.headline)).toEqual(briefHeads);
    expect(page.articles.map((a) => a.paragraphs.length)).toEqual([1, 1, 1, 2]);
  });
  it('read ▲ over a short title as a brief’s head, though its text runs to two paragraphs', () => {
    const page = parse([...lead, ...briefs('▲')]);
    expect(page.articles.map((a) => a.headline)).toEqual(briefHeads);
    expect(page.articles.flatMap((a) => a.captions)).toEqual([]);
    expect(page.articles[3]!.correspondents).toEqual(['张三']);
  });
});

describe('an evening paper’s strip with its editors on duty', () => {
  it.each([
    '值班主任：赵明 编辑：钱亮 校对：孙芳',
    '值班编委：赵明 主编：钱亮 美编：孙芳',
    '终审：赵明  审校：钱亮  照排：孙芳',
  ])('keeps %s out of the first headline', (editors) => {
    const page = parse([
      '城市新闻  6',
      editors,
      '2025年3月12日 星期三',
      '民生',
      '聚焦老旧小区改造',
      '城东片区今年改造老旧小区四十个',
      '本报讯（记者 林青）记者昨日从市住建局获悉，城东片区今年',
      '将改造老旧小区四十个，惠及居民一万两千户。',
      '',
      ...briefs('■').slice(2),
    ]);
    const first = page.articles[0]!;
    expect([first.kicker, first.headline, first.subhead].join('')).toBe(
      '聚焦老旧小区改造城东片区今年改造老旧小区四十个',
    );
    expect(page.unassigned.map((u) => u.text).join('')).toContain(editors.replace(/\s+/gu, ''));
  });
});

describe('a text’s first line set to the full measure of its column', () => {
  /** Briefs in a column of 12 characters, their heads set apart; `at` puts a column break after that body line. */
  const column = (at: number): string[] => {
    const out = ['A03', '', '2025年4月8日 星期二', '', '便民快讯', ''];
    const texts: [string, string[]][] = [
      ['东湖公园完成步道改造', ['东湖公园环湖步道改造工程', '近日完工，新铺设的透水路', '面总长三公里。（记者 王一）']],
      [
        '青禾县开通城乡公交新线路',
        ['为方便山区群众出行，青禾', '县本月新开通两条城乡公交', '线路，票价统一为两元。', '（李二）'],
      ],
      ['河湾村举办农民运动会', ['河湾村日前举办首届农民运', '动会，吸引三百多名村民参', '加。（通讯员 张三）']],
    ];
    let n = 0;
    for (const [head, lines] of texts) {
      out.push(head, '');
      for (const l of lines) out.push(l, ...(++n === at ? [''] : []));
      out.push('');
    }
    return out;
  };
  const heads = ['东湖公园完成步道改造', '青禾县开通城乡公交新线路', '河湾村举办农民运动会'];
  it.each([0, 1, 4, 8])('is text, not a 副题 (column break after body line %i)', (at) => {
    const page = parse(column(at));
    expect(page.articles.map((a) => [a.headline, a.subhead, a.paragraphs.length])).toEqual(
      heads.map((h) => [h, null, 1]),
    );
  });
});

describe('a photo over the page’s lead, its caption printed before the head block', () => {
  it('gives the caption to the lead, not to a headless story of its own', () => {
    const page = parse([
      'A01',
      '',
      '2025年4月8日 星期二',
      '',
      '昨日，市民在新落成的城东体育公园里锻炼身体。',
      '',
      '城东体育公园正式开园',
      '本报讯（记者 林青）昨日上午，城东体育公园正式开园迎客。',
      '公园占地两百亩，建有足球场、篮球场和环形跑道，全天免费',
      '向市民开放。',
      '',
      ...briefs('■').slice(2, 5),
    ]);
    expect(page.articles.map((a) => [a.headline, a.captions.map((c) => c.text)])).toEqual([
      ['城东体育公园正式开园', ['昨日，市民在新落成的城东体育公园里锻炼身体。']],
      ['东湖公园完成步道改造', []],
    ]);
  });
});
