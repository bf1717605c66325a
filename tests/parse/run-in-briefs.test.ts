import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Briefs whose head runs in on the first line of their text, as county papers set a 简讯 column. Written for
// these tests.
const parse = linesParser('run-in-briefs.txt');

const TREES = '3月12日，青石县林业局组织干部群众200余人在北山开展义务植树，共栽下香樟3000余株。（记者 王一）';
const FEAST = '3月14日，南湖社区举办第三届邻里节，居民们摆起百家宴，还开展了趣味运动会。（记者 李二明）';
const heads = (lines: string[]): (string | null)[] => parse(lines).articles.map((a) => a.headline);

describe('a column of briefs, each head run in before its text', () => {
  it('reads a marked head ended by a space as the brief’s headline, and its text as the text', () => {
    const page = parse(['简讯', `●青石县开展春季义务植树 ${TREES}`, '', `●南湖社区举办邻里节 ${FEAST}`]);
    expect(page.articles.map((a) => a.headline)).toEqual(['青石县开展春季义务植树', '南湖社区举办邻里节']);
    expect(page.articles.map((a) => a.reporters)).toEqual([['王一'], ['李二明']]);
    expect(page.articles[0]!.paragraphs[0]).toMatch(/^3月12日，/u);
    expect(page.unassigned.map((u) => u.text)).toEqual(['简讯']);
    expect(lost(page)).toEqual([]);
  });

  it('reads a head ended by a full-width space, a colon or 【】, under the column’s label', () => {
    expect(heads(['简讯', `■青石县开展春季义务植树\u3000${TREES}`, `■南湖社区举办邻里节\u3000${FEAST}`])).toEqual([
      '青石县开展春季义务植树',
      '南湖社区举办邻里节',
    ]);
    expect(heads(['快讯', `青石县开展春季义务植树：${TREES}`, '', `南湖社区举办邻里节：${FEAST}`])).toEqual([
      '青石县开展春季义务植树',
      '南湖社区举办邻里节',
    ]);
    expect(heads(['新闻速递', `【青石县开展春季义务植树】${TREES}`, '', `【南湖社区举办邻里节】${FEAST}`])).toEqual([
      '青石县开展春季义务植树',
      '南湖社区举办邻里节',
    ]);
  });

  it('reads an unmarked head ended by a space under the label, its text wrapped over lines', () => {
    const page = parse([
      '简讯',
      '青石县开展春季义务植树 3月12日，青石县林业局组织干部群众200余人在',
      '北山开展义务植树，共栽下香樟3000余株。（记者 王一）',
      '南湖社区举办邻里节 3月14日，南湖社区举办第三届邻里节，居民们摆起',
      '百家宴，还开展了趣味运动会。（记者 李二明）',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['青石县开展春季义务植树', '南湖社区举办邻里节']);
    expect(page.articles[1]!.paragraphs.join('')).toContain('趣味运动会');
    expect(lost(page)).toEqual([]);
  });

  it('reads a report’s dateline or its subject after the head as the brief’s text', () => {
    expect(
      heads([
        '简讯',
        '◆青石县开展春季义务植树 本报讯 青石县林业局组织干部群众在北山开展义务植树。（王一）',
        '',
        '◆南湖社区举办邻里节 南湖社区举办第三届邻里节，居民们摆起百家宴。（李二明）',
      ]),
    ).toEqual(['青石县开展春季义务植树', '南湖社区举办邻里节']);
  });
});

describe('a run-in head as OCR reads it', () => {
  it('takes a mark read as a letter, a digit or 口, shared by two heads, for the mark', () => {
    for (const mark of ['O', '0 ', 'e', '口 ']) {
      const page = parse([`${mark}青石县开展春季义务植树 ${TREES}`, '', `${mark}南湖社区举办邻里节 ${FEAST}`]);
      expect(page.articles.map((a) => a.headline)).toEqual(['青石县开展春季义务植树', '南湖社区举办邻里节']);
      expect(lost(page)).toEqual([]);
    }
  });

  it('takes a mark read as @@ and the space after the head read as a closing quote, the text wrapped short', () => {
    const page = parse([
      '简 讯',
      '',
      '@@ 青石县开展春季义务植树 ”3月12日，青石县林业',
      '局组织干部群众200余人在北山开展义务植树，共栽下',
      '香樟3000余株。(记者 王一)',
      '',
      '@@ 南湖社区举办邻里节”3月14日，南湖社区举办第',
      '三届邻里节，居民们摆起百家宴。(记者 李二明)',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['青石县开展春季义务植树', '南湖社区举办邻里节']);
    expect(page.articles.map((a) => a.paragraphs.join(''))).toEqual([
      '3月12日，青石县林业局组织干部群众200余人在北山开展义务植树，共栽下香樟3000余株。',
      '3月14日，南湖社区举办第三届邻里节，居民们摆起百家宴。',
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('reads a column of colon heads whose credits the measure broke over two lines', () => {
    expect(
      heads([
        '一句话新闻',
        '',
        '城东片区恢复正常供水：3月21日晚，城东片区供水管',
        '道抢修完成，片区内1.2万户居民恢复正常供水。（记者 骆',
        '青）',
        '',
        '县博物馆推出夜间开放：4月起，县博物馆每周五、周',
        '六开放至晚上9点，夜场免费预约参观。（记者 姚可）',
      ]),
    ).toEqual(['城东片区恢复正常供水', '县博物馆推出夜间开放']);
  });

  it('sets each head apart where a text layer left no blank line between one brief and the next', () => {
    const page = parse([
      '一句话新闻',
      '',
      '城东片区恢复正常供水：3月21日晚，城东片区供水管',
      '道抢修完成，片区内1.2万户居民恢复正常供水。（记者 骆',
      '青）',
      '县博物馆推出夜间开放： 4月起，县博物馆每周五、周',
      '六开放至晚上 9点，夜场免费预约参观。（记者 姚可）',
      '全县春耕备耕物资充足：记者从县农业农村局获悉，',
      '全县已储备种子230吨、化肥1.6万吨，能满足春耕需要。',
      '（记者 骆青）',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '城东片区恢复正常供水',
      '县博物馆推出夜间开放',
      '全县春耕备耕物资充足',
    ]);
    expect(page.articles[1]!.paragraphs.join('')).toMatch(/^4月起，.*参观。$/u);
  });

  it('cuts the head where the report’s date begins when OCR lost the space, or set two', () => {
    expect(heads(['简讯', `●青石县开展春季义务植树${TREES}`, '', `●南湖社区举办邻里节${FEAST}`])).toEqual([
      '青石县开展春季义务植树',
      '南湖社区举办邻里节',
    ]);
    expect(heads(['简讯', `● 青石县开展春季义务植树  ${TREES}`, '', `● 南湖社区举办邻里节  ${FEAST}`])).toEqual([
      '青石县开展春季义务植树',
      '南湖社区举办邻里节',
    ]);
  });
});

describe('lines that only look like run-in heads', () => {
  it('leaves a pull quote of two phrases a pull quote, and a report’s text whole', () => {
    const page = parse([
      '北山添新绿',
      '',
      '本报讯 青石县林业局组织干部群众开展义务植树，场面热烈。',
      '',
      '●绿水青山 就是金山银山',
      '',
      '县林业局负责人说，今年还将新建两处森林公园，供市民休闲。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['北山添新绿']);
    expect(page.articles[0]!.pullQuotes).toEqual(['绿水青山就是金山银山']);
  });

  it('leaves an unmarked line with a space in it, in no column of briefs, as printed', () => {
    const page = parse(['北山添新绿', '', `本报讯 青石县今年植树 ${TREES}`]);
    expect(page.articles.map((a) => a.headline)).toEqual(['北山添新绿']);
    expect(page.articles[0]!.dateline).toBe('本报讯');
  });

  it('leaves a report’s points under marks in the report: a mark alone opens no brief', () => {
    const page = parse([
      '城东民生项目进展顺利',
      '',
      '本报讯（记者 王一）今年以来，城东区民生实事项目进展顺利，多数项目已完成年度目标。',
      '●交通出行：据统计，全区新开通公交线路12条，新增站点86个，',
      '方便了沿线居民出行。',
      '●教育就业：据了解，全区新建中小学5所，新增学位8000个。',
      '●医疗卫生：3月12日起，区人民医院新院区正式启用。',
      '区发改委有关负责人表示，下一步将加快推进剩余项目建设。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['城东民生项目进展顺利']);
    expect(page.articles[0]!.paragraphs.join('')).toContain('下一步将加快推进剩余项目建设');
    expect(lost(page)).toEqual([]);
  });
});

describe('a marked brief that no credit closes', () => {
  it('cuts a marked head whose brief opens with its credit, though it closes with none', () => {
    const page = parse([
      '■青石镇开展春季防火巡查　（记者 王一）3月18日，青石镇组织护林员和村干部40余人开展防火巡查。',
      '',
      '■县人民医院开通远程会诊　（记者 李二明）近日，县人民医院与省城两家医院开通远程会诊系统。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['青石镇开展春季防火巡查', '县人民医院开通远程会诊']);
    expect(page.articles.map((a) => a.reporters)).toEqual([['王一'], ['李二明']]);
    expect(lost(page)).toEqual([]);
  });
});
