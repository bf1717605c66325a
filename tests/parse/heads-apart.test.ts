import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A headline OCR read before the last lines of the column beside it, apart from its report. Written for these tests.

const PARKING = [
  '青山路口新添停车位',
  '',
  '本报讯 近日，青山路口新建的公共停车场投入使用，新增停车位二百个，',
  '周边居民和商户停车难的问题得到缓解。停车场实行分时收费，夜间居民',
];

const TEAHOUSE = [
  '本报讯（记者 周明）十月一日，位于老街的老茶馆修缮完工重新开张，茶客们',
  '又能在雕花木窗下喝茶听书了。茶馆掌柜说，这次修缮保留了原来的梁柱和',
  '青砖，只更换了朽坏的门板和屋瓦。据介绍，茶馆修缮由文物部门全程指导，',
  '另外两处老字号门店也将在年底前完工。',
];

describe("a headline read between another story's last lines and its own report", () => {
  it('heads its report, and the sentence it cut reads on across it', () => {
    const page = parse([
      ...PARKING,
      '停车享受优惠。停车场管理方介绍，场内还设置了二十个新能源汽车充电',
      '',
      '老茶馆重新开张',
      '',
      '桩，方便电动汽车车主就近充电。附近商户说，以前顾客来了找不到地方',
      '停车，现在生意好做多了。',
      '',
      ...TEAHOUSE,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['青山路口新添停车位', '老茶馆重新开张']);
    expect(page.articles[0]!.subheads).toEqual([]);
    expect(page.articles[0]!.paragraphs.join('')).toContain('新能源汽车充电桩，方便电动汽车');
  });

  it('heads its report when it stands between two paragraphs of the other story', () => {
    const page = parse([
      ...PARKING,
      '停车享受优惠。',
      '',
      '老茶馆重新开张',
      '',
      '停车场管理方介绍，场内还设置了二十个新能源汽车充电桩，方便电动汽车',
      '车主就近充电。附近商户说，以前顾客来了找不到地方停车，现在生意好做',
      '多了。',
      '',
      ...TEAHOUSE,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['青山路口新添停车位', '老茶馆重新开张']);
    expect(page.articles[0]!.paragraphs).toHaveLength(2);
  });
});

describe('an in-body subhead of a story, a report with no headline after it', () => {
  it("stays the story's subhead when its words are the story's", () => {
    const page = parse([
      ...PARKING,
      '停车享受优惠。',
      '',
      '充电桩方便新能源车',
      '',
      '停车场管理方介绍，场内还设置了二十个新能源汽车充电桩，方便电动汽车',
      '车主就近充电。附近商户说，以前顾客来了找不到地方停车，现在生意好做',
      '多了。',
      '',
      ...TEAHOUSE,
    ]);
    expect(page.articles[0]!.subheads).toEqual(['充电桩方便新能源车']);
  });
});
