import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Headline blocks (引题 kicker, headline, 副题 subhead) as printed and as OCR reads them. Written for these tests.

describe('a 副题 printed under its headline, a photo between it and the text', () => {
  it("stays with that headline, though it names a place another article's text names too", () => {
    const page = parse([
      '夜读有了好去处',
      '',
      '本报讯 区图书馆本周起延长开放时间，每晚开放到九点，方便上班族',
      '借书还书。城东街道的读者说，下班后终于有地方看书了。',
      '',
      '老茶馆重新开张',
      '',
      '城东街道修缮三处百年老字号门店',
      '',
      '茶客在修缮一新的茶馆里喝茶。',
      '',
      '吴青/摄',
      '',
      '本报讯（记者 周明）十月一日，位于老街的老茶馆修缮完工',
      '重新开张，茶客们又能在雕花木窗下喝茶听书了。茶馆掌柜',
      '说，这次修缮保留了原来的梁柱和青砖，只更换了朽坏的门',
      '板和屋瓦。据介绍，茶馆修缮由文物部门全程指导，另外两',
      '处老字号门店也将在年底前完工。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([
      ['夜读有了好去处', null],
      ['老茶馆重新开张', '城东街道修缮三处百年老字号门店'],
    ]);
  });
});

describe("two headlines set one under the other, over the first one's text", () => {
  it("are two headlines: the second, describing the other article better, is that one's", () => {
    const page = parse([
      '城西菜市场完成提升改造',
      '',
      '老年大学新学期开课',
      '',
      '本报讯 城西菜市场提升改造工程近日完工，市场新增摊位',
      '四十个，地面、排水和照明全部更新，居民买菜更加方便。',
      '市场管理方说，改造期间商户搬到临时大棚经营，没有',
      '停业一天。',
      '',
      '本报讯 区老年大学秋季学期昨天开学，今年新开设书法、',
      '摄影、智能手机使用等十二个班级，一千二百多名学员',
      '走进课堂。不少学员一口气报了三四门课，上午学书法，',
      '下午学摄影。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['城西菜市场完成提升改造', '老年大学新学期开课']);
  });
});

describe("a short headline alone that ends in a unit's name (…进社区)", () => {
  it('is the headline, not a kicker with no headline under it', () => {
    const page = parse([
      '医保进社区',
      '',
      '本报讯（记者 林晓）3月10日，医保服务站在城南社区开放，居民在',
      '家门口就能办理参保登记和报销手续。',
      '',
      '城关镇',
      '老街修缮完工',
      '',
      '本报讯 日前，城关镇老街修缮工程完工，青石板路和木门窗',
      '都按原样修复。',
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '医保进社区'],
      ['城关镇', '老街修缮完工'],
    ]);
  });
});

describe('a 副题 that tells the numbers, set apart by a blank line under its headline', () => {
  it("stays with its headline, though the headline shares words with a headless brief's text", () => {
    const page = parse([
      '青禾湖迎来越冬候鸟',
      '',
      '今冬已观测到白鹤三百余只',
      '',
      '成群的白鹤在湖滩觅食。',
      '',
      '赵青/摄',
      '',
      '本报讯（记者 林晓 通讯员 赵青）',
      '12月上旬，大批白鹤飞抵青禾湖越冬。',
      '湖区保护站监测数据显示，今冬以来',
      '已观测到白鹤三百余只，比去年多一成。',
      '',
      '保护站提醒游客，观鸟时不要投喂，',
      '与鸟群保持五十米以上距离。',
      '',
      '老街变身步行街',
      '',
      '■本报记者 王磊',
      '',
      '青禾县老街改造完工，青石板路、木',
      '门窗都按原样修复，每到周末游人如织。',
      '',
      '简讯',
      '',
      '青禾湖景区冬季门票实行半价优惠，',
      '六十岁以上老人凭证免费。（孙倩）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([
      ['青禾湖迎来越冬候鸟', '今冬已观测到白鹤三百余只'],
      ['老街变身步行街', null],
      [null, null],
    ]);
  });
});

describe('a 引题 of two parallel phrases set apart by a space', () => {
  it('is the kicker over the headline, not the headline over a 副题', () => {
    const page = parse([
      '优化营商环境 激发市场活力',
      '青禾县企业开办时间压缩至一个工作日',
      '本报讯（通讯员 周一鸣）记者从县市场监管局获悉，今年以来，',
      '青禾县推行企业开办“一网通办”，企业开办时间压缩到一个',
      '工作日以内。',
    ]);
    expect(page.articles.map((a) => [a.kicker?.replace(/\s/gu, ''), a.headline])).toEqual([
      ['优化营商环境激发市场活力', '青禾县企业开办时间压缩至一个工作日'],
    ]);
  });
});
