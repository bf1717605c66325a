import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => setInColumn(text, width);
const parse = linesParser('kinds.txt');

describe('continuations from another page', () => {
  const page = parse([
    '青石区推进老旧小区改造',
    '',
    ...column(
      '本报讯（记者 王一）今年以来，青石区把老旧小区改造作为民生实事，已完成楼道粉刷、管网更新和加装电梯等工程，惠及居民三千多户。',
    ),
    ...column('改造中，街道召开居民议事会，哪栋楼先改、改什么，都由居民投票决定。'),
    '',
    '（上接第一版）',
    '',
    ...column(
      '种子站的技术员介绍，今年推广的小麦新品种抗倒伏、耐干旱，亩产比老品种高出一成。农户们排队领取种子，合作社还免费提供播种机。',
    ),
    ...column('镇农技站在田间设立了四个服务点，技术员每天轮流值守，帮助农户解决播种中遇到的问题。'),
    '',
    '山区公路通到家门口',
    '【上接第一版）过去进一趟城要走半天山路，如今班车每天往返四趟，村民卖山货、孩子上学都方便了。',
    ...column('交通部门介绍，全区还将新建通村公路六十公里，年底前实现所有行政村通班车。'),
    '',
    '秋播小麦良种送到田间地头',
  ]);
  it('makes each an article of its own, marked with the page it comes from', () => {
    expect(page.articles.map((a) => a.continuedFrom)).toEqual([null, '第一版', '第一版']);
    expect(lost(page)).toEqual([]);
  });
  it('gives one no headline from elsewhere on the page, only the one reprinted right above it', () => {
    const [, seeds, road] = page.articles;
    expect(seeds!.headline).toBeNull();
    expect(seeds!.headlineInferred).toBe(true);
    expect(seeds!.title).not.toContain('秋播小麦良种');
    expect(road!.headline).toBe('山区公路通到家门口');
    expect(road!.paragraphs[0]).toMatch(/^【上接第一版）过去进一趟城/u);
  });
});

describe('引题 over a headline', () => {
  it('takes one or two short lines over a much longer headline for its kicker', () => {
    const page = parse([
      '冬春两季',
      '',
      '稳产保供',
      '',
      '青石区多措并举扶持设施蔬菜生产',
      '',
      ...column(
        '本报讯（记者 王一）近日，青石区出台扶持设施蔬菜生产的十条措施，对新建大棚每亩补助两千元，并为菜农提供低息贷款。',
      ),
      ...column('区农业农村局介绍，今冬全区设施蔬菜面积将达到一万亩，能满足城区居民七成的蔬菜需求。'),
      '',
      '书香飘进百姓家',
      '全区建成城市书房十二座',
      '',
      ...column(
        '本报讯（记者 李二）记者从区文旅局获悉，今年全区新建城市书房十二座，每座藏书五千册以上，市民刷身份证即可借阅。',
      ),
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([
      ['冬春两季稳产保供', '青石区多措并举扶持设施蔬菜生产', null],
      [null, '书香飘进百姓家', '全区建成城市书房十二座'],
    ]);
  });
});

describe('credits as real exports print them', () => {
  const report = [
    '城区启动夏季防汛演练',
    '',
    ...column(
      '本报讯（记者 王一）昨日，城区防汛指挥部在河滨公园组织夏季防汛演练，消防、水务和街道的一百多名队员参加。',
    ),
    ...column('演练模拟暴雨导致河水上涨、低洼小区进水，队员们架设水泵、转移群众，半小时内完成全部科目。'),
    '',
  ];
  /** A brief's lines with its credit run in after the last sentence, on the last line. */
  const signed = (text: string, credit: string): string[] => {
    const lines = column(text);
    return [...lines.slice(0, -1), `${lines.at(-1)}${credit}`];
  };
  it('makes each brief signed at its end an article of its own, the credit its signature', () => {
    const page = parse([
      ...report,
      ...signed(
        '近日，区市场监管局对辖区内的加油站、液化气站开展安全检查，重点看了储罐阀门和值班记录。',
        '        （赵三 钱四）',
      ),
      '',
      ...signed('为迎接读书月，区图书馆联合多所学校举办征文比赛、演讲比赛和故事会等各项活动。', ' 。。 (孙五)'),
      '',
      ...column('日前，青石中学举行防震疏散演练，全校师生在三分钟内有序撤离到操场。'),
      '〈周六〉',
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature, a.reporters])).toEqual([
      ['城区启动夏季防汛演练', null, ['王一']],
      [null, '赵三 钱四', []],
      [null, '孙五', []],
      [null, '周六', []],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('检查');
    expect(page.articles[1]!.paragraphs.at(-1)).toMatch(/储罐阀门和值班记录。$/u);
    expect(lost(page)).toEqual([]);
  });
  it('makes a signed piece after a report its own even when its first line was left set apart (a number broken off)', () => {
    const page = parse([
      ...report,
      '6月1',
      ...signed(
        '2日，区科技局在中心广场举办科普宣传活动，发放科普读物两千多册，图为工作人员在向市民讲解防灾知识。',
        '（孙五）',
      ),
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature])).toEqual([
      ['城区启动夏季防汛演练', null],
      [null, '孙五'],
    ]);
    expect(page.articles[1]!.paragraphs[0]).toMatch(/^6月12日，区科技局/u);
  });
  it('reads a byline in brackets OCR has mixed (〈记者 …), (…实习生…)', () => {
    const page = parse([
      '城区启动夏季防汛演练',
      '',
      ...column(
        '本报讯〈记者 王一 实习生 李二)昨日，城区防汛指挥部在河滨公园组织夏季防汛演练，消防、水务和街道的队员参加。',
      ),
      '',
      '老旧小区加装电梯',
      '',
      ...column('本报讯 (记者 赵三 通讯员 钱四)今年以来，青石区为二十栋老楼加装了电梯，居民上下楼再也不用发愁了。'),
    ]);
    expect(page.articles.map((a) => [a.dateline, a.byline, a.reporters, a.correspondents])).toEqual([
      ['本报讯', '记者 王一 实习生 李二', ['王一'], []],
      ['本报讯', '记者 赵三 通讯员 钱四', ['赵三'], ['钱四']],
    ]);
  });
  it("takes a line of names alone under an article for its writers' signature, and a slogan for no names", () => {
    const page = parse([
      ...report,
      '迎复审 创示范',
      '',
      ...column('演练结束后，指挥部对各队的表现进行了点评，并要求各街道检查排水设施，做好防汛物资储备。'),
      '',
      '张一明  李二  赵三丰',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.signature).toBe('张一明 李二 赵三丰');
    expect(page.articles[0]!.reporters).toEqual(['王一']);
    expect(page.articles[0]!.signature).not.toContain('迎复审');
    expect(lost(page)).toEqual([]);
  });
  it('does not take a sentence opening with 据 and a half-width comma for a source credit', () => {
    const page = parse([
      ...report.slice(0, -1),
      '据了解,这是城区今年第三次',
      ...column('组织防汛演练，参演人数为历年最多。'),
    ]);
    expect(page.articles[0]!.signature).toBeNull();
    expect(page.articles[0]!.paragraphs.at(-1)).toMatch(/^据了解[,，]这是城区今年第三次组织防汛演练/u);
  });
});

describe('lines set alone in and between articles', () => {
  const feature = [
    '老茶园里的新生活',
    '',
    '本报记者 王一',
    '',
    ...column('青石山的茶农今年迎来了好收成，春茶的收购价比去年高出两成，不少农户的收入翻了一番。'),
    '',
    '改良品种，打牢增收基础',
    '',
    ...column('三年前，镇里请来农科院的专家，帮助茶农把老茶树换成抗寒耐旱的新品种，亩产提高了三成'),
    '',
    '提升品质，擦亮茶叶品牌',
    '',
    ...column('镇里建起了茶叶检测站，每批茶叶都要检测农药残留，合格的才能贴上统一的品牌标签上市。'),
    '',
  ];
  it("keeps a feature's short subheads set alone as paragraphs of their own, even after a line OCR left unfinished", () => {
    const page = parse(feature);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.subheads).toEqual(['改良品种，打牢增收基础', '提升品质，擦亮茶叶品牌']);
    expect(page.articles[0]!.paragraphs).toContain('提升品质，擦亮茶叶品牌');
  });
  it("takes a line set alone after a line OCR left unfinished for the next piece's headline when the subject changes", () => {
    const page = parse([
      ...feature.slice(0, 5),
      ...column('合作社还开通了网上店铺，茶叶卖到了全国各地，茶农的腰包一天天鼓了起来'),
      '',
      '农技员上门教剪枝',
      '',
      ...column('近日，区农技站的技术员来到西岭镇的梨园，手把手指导梨农冬季修剪，还演示了病虫害的防治办法。', 30),
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['老茶园里的新生活', '农技员上门教剪枝']);
  });
  it('does not take the first line of a paragraph for a headline when the next line opens with a particle', () => {
    const page = parse([
      ...column(
        '本报讯（记者 王一）这两年，青石区把涉农服务搬上了网，全区建起一个综合服务平台，农户在手机上就能查到市场行情和种植技术，办事也不用再往城里跑了。',
      ),
      '',
      '“试点一年下来，一个平台管到底，它',
      ...column(
        '的好处不光是少花钱，农户办事从几天缩短到几个小时。”区农业农村局负责人介绍说，下一步将在全区推广这一做法，把更多的服务搬到网上，让更多农户足不出户就能办成事。',
        30,
      ),
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs.at(-1)).toMatch(/^“试点一年下来，一个平台管到底，它的好处/u);
  });
});

describe('bylines and captions as OCR leaves them', () => {
  const body = [
    ...column(
      '早上七点，东湖街道的志愿者已经站在学校门口，护送孩子们过马路；傍晚时分，另一批志愿者走进独居老人家中帮忙打扫卫生。',
    ),
    '',
    ...column('目前，东湖街道注册志愿者已有五千多人，组建了助老、助学、环保等十四支志愿服务队。'),
  ];
  it('reads 本报记者 … 通讯员 … on its own line as a byline, never a dateline, its last name joined across the break', () => {
    const page = parse(['志愿者活跃在大街小巷', '', '本报记者 王一 通讯员 李二', '明', '', ...body]);
    expect(page.articles.map((a) => [a.dateline, a.reporters, a.correspondents])).toEqual([
      [null, ['王一'], ['李二明']],
    ]);
  });
  it("takes a byline under an article's last sentence, before the next headline, for that article's", () => {
    const page = parse([
      '志愿者活跃在大街小巷',
      '',
      ...body,
      '',
      '本报记者 王一',
      '',
      '城区启动夏季防汛演练',
      '',
      ...column(
        '本报讯《记者 赵三 通讯员 钱四）昨日，城区防汛指挥部在河滨公园组织夏季防汛演练，消防、水务和街道的队员参加。',
      ),
    ]);
    expect(page.articles.map((a) => [a.headline, a.reporters, a.correspondents])).toEqual([
      ['志愿者活跃在大街小巷', ['王一'], []],
      ['城区启动夏季防汛演练', ['赵三'], ['钱四']],
    ]);
  });
  it('takes a photo credit alone (王一/摄) for a caption, with the short sentence set alone right above it', () => {
    const page = parse(['志愿者活跃在大街小巷', '', ...body, '', '志愿者在护送孩子们过马路。', '', '王一/摄', '']);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.captions.map((c) => c.text)).toEqual(['志愿者在护送孩子们过马路。王一/摄']);
    expect(page.articles[0]!.headline).toBe('志愿者活跃在大街小巷');
  });
});
