import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// The roles of a headline block's lines (引题 kicker, headline, 副题 subhead) and a kicker OCR read onto the
// story above it. Written for these tests.

const roles = (page: ReturnType<typeof parse>): (string | null)[][] =>
  page.articles.map((a) => [a.kicker ?? null, a.headline, a.subhead ?? null]);

const report = [
  '本报讯（记者 方晓岚）入夏以来，桐溪镇老街夜市每晚',
  '人头攒动，小吃摊、文创摊和露天电影吸引了不少游客。',
  '镇里延长了路灯开放时间，增设了临时停车场。',
];

describe('a short line over a somewhat longer one that says what happened', () => {
  it('is the kicker, the longer line the headline', () => {
    const page = parse(['“夜间经济”升温', '', '桐溪镇老街夜市客流翻番', '', ...report]);
    expect(roles(page)).toEqual([['“夜间经济”升温', '桐溪镇老街夜市客流翻番', null]]);
  });

  it('is the headline over a 副题 far longer than it', () => {
    const page = parse(['老街巷“焕新颜”', '', '城东街道改造12条背街小巷惠及居民3000余户', '', ...report]);
    expect(roles(page)).toEqual([[null, '老街巷“焕新颜”', '城东街道改造12条背街小巷惠及居民3000余户']]);
  });

  it('is the headline over a 副题 naming the kind of piece', () => {
    const page = parse(['古镇夜色美', '', '桐溪镇老街夜市探访', '', ...report]);
    expect(roles(page)).toEqual([[null, '古镇夜色美', '桐溪镇老街夜市探访']]);
  });
});

describe('two parallel phrases over a line about as long', () => {
  it('are the headline, the line under them its 副题 (readers see two lines)', () => {
    const page = parse(['菜价平稳 供应充足', '', '城西农贸市场节前走访', '', ...report]);
    expect(page.articles[0]!.kicker ?? null).toBeNull();
    expect(page.articles[0]!.headline!.replace(/\s/gu, '')).toBe('菜价平稳供应充足');
    expect(page.articles[0]!.subhead).toBe('城西农贸市场节前走访');
  });

  it('are the kicker over a clearly longer headline', () => {
    const page = parse(['冬修水利 正当时', '', '桐溪镇掀起冬季农田水利建设热潮', '', ...report]);
    expect(page.articles[0]!.kicker!.replace(/\s/gu, '')).toBe('冬修水利正当时');
    expect(page.articles[0]!.headline).toBe('桐溪镇掀起冬季农田水利建设热潮');
  });
});

describe('three lines: a short one, a longer one, one that explains it', () => {
  it('are kicker, headline and 副题', () => {
    const page = parse(['历经两年修缮', '', '桐溪古桥恢复通行', '', '32块桥面石全部按原样复位', '', ...report]);
    expect(roles(page)).toEqual([['历经两年修缮', '桐溪古桥恢复通行', '32块桥面石全部按原样复位']]);
  });
});

describe('a 引题 set on two lines over a clearly longer headline', () => {
  it('is the kicker, though its first line is as long as a short headline', () => {
    const page = parse(['“春茶经济”', '', '正当红火', '', '桐溪乡两万亩茶园开采', '', ...report]);
    expect(roles(page)).toEqual([['“春茶经济”正当红火', '桐溪乡两万亩茶园开采', null]]);
  });

  it('is the kicker when an export ran its second line onto the headline’s, a space between', () => {
    const page = parse(['稳步推进', '冬季保供 全县储备蔬菜二十万吨', '', ...report]);
    expect(roles(page)).toEqual([['稳步推进冬季保供', '全县储备蔬菜二十万吨', null]]);
  });
});

describe('a kicker OCR read right after the last sentence of the story above', () => {
  const above = [
    '城北公园新添健身步道',
    '',
    '本报讯 城北公园新建的环湖健身步道日前完工，全长两公里，',
    '沿途设置了休息座椅和饮水点，每天吸引不少市民前来锻炼。',
  ];
  it('heads the next report (over its dateline), not the story above', () => {
    const page = parse([
      ...above,
      '防汛备汛',
      '',
      '柏岭县开展山洪灾害避险演练',
      '',
      '本报讯（记者 方晓岚）6月12日，柏岭县在石桥镇开展山洪灾害',
      '避险转移演练，两百多名村民十五分钟内全部转移到安置点。',
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('防汛备汛');
    expect(roles(page)[1]).toEqual(['防汛备汛', '柏岭县开展山洪灾害避险演练', null]);
  });

  it('heads the next brief (a headline alone over its text)', () => {
    const page = parse([
      ...above,
      '书香乡村',
      '',
      '东岭村农家书屋上新五百册',
      '',
      '日前，东岭村农家书屋新到图书五百多册，涵盖种养技术、少儿读',
      '物和文学名著，村民借阅更方便了。（韩冬）',
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('书香乡村');
    expect(roles(page)[1]).toEqual(['书香乡村', '东岭村农家书屋上新五百册', null]);
  });

  it('leaves a subhead set at a column’s foot, over the text going on, in its article', () => {
    const page = parse([
      ...above,
      '步道怎么走',
      '',
      '步道从公园东门起步，绕湖一周后回到东门，沿途有六处观景台，',
      '入夜后还有地灯照明。',
    ]);
    expect(page.articles).toHaveLength(1);
  });
});

describe('a headline a narrow column broke, its stub on the next line', () => {
  it('is one headline under its kicker, the stub no 副题', () => {
    const page = parse(['老街巷里', '开出“共享', '书房”', '', ...report]);
    expect(roles(page)).toEqual([[null, '老街巷里开出“共享书房”', null]]);
  });

  it('is one headline with no 引题 over the stub', () => {
    const page = parse(['桐溪镇老街夜市为何“越夜', '越美”', '', ...report]);
    expect(roles(page)).toEqual([[null, '桐溪镇老街夜市为何“越夜越美”', null]]);
  });
});
