import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A headline set large across its columns that OCR read after the story's first paragraphs. Written for these tests.

const NEXT = [
  '',
  '青山路口新添停车位',
  '',
  '本报讯 近日，青山路口新建的公共停车场投入使用，新增停车位二百个，',
  '周边居民和商户停车难的问题得到缓解。停车场实行分时收费，夜间居民停车',
  '享受优惠。',
];

describe('a headline read between the first paragraphs of its story, its 副题 over the text', () => {
  it('is the headline over that 副题, and the sentence it cut reads on across it', () => {
    const page = parse([
      '——城南街道推行网格化管理纪实',
      '',
      '本报讯（记者 周明 通讯员 李华）今年以来，城南街道把辖区划成一百二十个',
      '网格，每个网格配备一名专职网格员，居民反映的问题当天受理、三天办结。',
      '网格员每天巡查两遍，发现路灯损坏、井盖缺失等问题随手拍照上传，街道',
      '',
      '街巷小事有网格员管',
      '',
      '指挥中心派单给相关部门处理。今年以来，全街道网格员共受理居民诉求',
      '三千多件，办结率达到百分之九十八。',
      ...NEXT,
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([
      ['街巷小事有网格员管', '——城南街道推行网格化管理纪实'],
      ['青山路口新添停车位', null],
    ]);
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
    expect(page.articles[0]!.paragraphs[0]).toContain('随手拍照上传，街道指挥中心派单');
  });
});

describe('a headline read after the first paragraph of its story, its kicker over the text', () => {
  it('is the headline under that kicker, not an in-body subhead of a story with none', () => {
    const page = parse([
      '梨花村',
      '',
      '本报讯（记者 周明）四月初，梨花村的千亩梨园进入盛花期，漫山遍野的梨花',
      '吸引了大批游客前来赏花拍照。村里趁势举办第三届梨花节，推出农家乐、',
      '采摘预订和民俗表演等活动。',
      '',
      '千亩梨园迎来赏花客',
      '',
      '据村党支部书记介绍，梨花节期间每天接待游客三千多人次，农家乐的',
      '餐位天天订满，村民卖土特产的收入也比去年多了一成。',
      ...NEXT,
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      ['梨花村', '千亩梨园迎来赏花客'],
      [null, '青山路口新添停车位'],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('千亩梨园迎来赏花客');
  });
});

describe('a subhead between the paragraphs of a story that has its headline', () => {
  it('stays an in-body subhead', () => {
    const page = parse([
      '梨花村',
      '梨花节引来八方游客',
      '',
      '本报讯（记者 周明）四月初，梨花村的千亩梨园进入盛花期，漫山遍野的梨花',
      '吸引了大批游客前来赏花拍照。村里趁势举办第三届梨花节，推出农家乐、',
      '采摘预订和民俗表演等活动。',
      '',
      '千亩梨园迎来赏花客',
      '',
      '据村党支部书记介绍，梨花节期间每天接待游客三千多人次，农家乐的',
      '餐位天天订满，村民卖土特产的收入也比去年多了一成。',
      ...NEXT,
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      ['梨花村', '梨花节引来八方游客'],
      [null, '青山路口新添停车位'],
    ]);
    expect(page.articles[0]!.subheads).toEqual(['千亩梨园迎来赏花客']);
  });
});
