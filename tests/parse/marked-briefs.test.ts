import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Briefs whose headlines are set after a mark (■, ◆), under a column's label. Written for these tests.

const report = [
  '城北新建三处口袋公园',
  '',
  '本报讯（记者 林青）城北街道新建的三处口袋公园昨日向',
  '市民开放，公园里设有健身步道、儿童游乐区和休息长廊，',
  '周边居民步行五分钟即可到达。',
  '',
];

const briefs = [
  '便民提示',
  '',
  '■城南菜市场本周末临时调整营业时间',
  '',
  '因设备检修，城南菜市场本周六营业时间调整为上午七时',
  '至下午两时，周日恢复正常。（记者 王一）',
  '',
  '◆市民中心开设周末法律咨询',
  '',
  '本周日上午九点，市民中心一楼大厅开设法律咨询台，',
  '律师现场解答婚姻家庭、劳动纠纷等问题。（李二）',
];

describe('a column of briefs headed after a mark', () => {
  it('gives each brief its headline, without the mark, and the column label to the page', () => {
    const page = parse([...report, ...briefs]);
    expect(page.articles.map((a) => [a.headline, a.reporters, a.signature])).toEqual([
      ['城北新建三处口袋公园', ['林青'], null],
      ['城南菜市场本周末临时调整营业时间', ['王一'], null],
      ['市民中心开设周末法律咨询', [], '李二'],
    ]);
    expect(page.articles.flatMap((a) => a.pullQuotes)).toEqual([]);
    expect(page.articles[1]!.paragraphs).toEqual([
      '因设备检修，城南菜市场本周六营业时间调整为上午七时至下午两时，周日恢复正常。',
    ]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['便民提示']);
  });
  it('keeps a marked sentence inside a report as its pull quote', () => {
    const page = parse([
      ...report.slice(0, -1),
      '',
      '■公园不求大，贴近居民最要紧',
      '',
      '街道负责人说，口袋公园选址都在老旧小区旁边，明年',
      '还将再建五处。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.pullQuotes])).toEqual([
      ['城北新建三处口袋公园', ['公园不求大，贴近居民最要紧']],
    ]);
  });
});

// A column of briefs under its label, each headed by a marked line over a report that opens as reports do
// (本报讯, a credit in brackets, the day it tells of), with no credit at its end.
const reportsUnder = (mark: string): string[] => [
  '要闻简报',
  '',
  `${mark}东坪镇开展冬季消防演练`,
  '本报讯 11月26日，东坪镇组织辖区企业开展冬季消防演练，',
  '两百余名职工参加。',
  '',
  `${mark}青禾县图书馆新增自助借阅机`,
  '本报讯（通讯员 周一鸣）近日，青禾县图书馆新增六台自助',
  '借阅机，读者可刷身份证借还图书。',
  '',
  `${mark}河湾村举办农民丰收节`,
  '12月2日，河湾村举办农民丰收节，村民展示自家种植的',
  '农产品，吸引周边群众前来选购。',
];
const heads = ['城北新建三处口袋公园', '东坪镇开展冬季消防演练', '青禾县图书馆新增自助借阅机', '河湾村举办农民丰收节'];

describe('marked heads over reports that open with a dateline or a date', () => {
  it('head briefs of their own (■), the label the page’s', () => {
    const page = parse([...report, ...reportsUnder('■')].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(heads);
    expect(page.articles.every((a) => a.pullQuotes.length === 0 && a.kicker === null)).toBe(true);
    expect(page.unassigned.map((u) => u.text)).toContain('要闻简报');
  });
  it('with the mark read by OCR as a character (国, 口): the character goes to the page', () => {
    for (const mark of ['国', '口']) {
      const page = parse([...report, ...reportsUnder(mark)].join('\n'));
      expect(page.articles.map((a) => a.headline)).toEqual(heads);
      expect(page.unassigned.map((u) => u.text)).toEqual(['要闻简报', mark, mark, mark]);
    }
  });
  it('with the mark read as a character and a brief’s credit broken over its last two lines', () => {
    const page = parse([
      ...report,
      '生活提示',
      '国 东湖公园樱花进入盛花期',
      '东湖公园两千株樱花近日进入盛花期，预计花期持续到月底，公',
      '园每天早上六点开放。 ( 记',
      '者柳若兰)',
      '国 城南菜市场临时调整营业时间',
      '',
      '因设备检修，城南菜市场本周六营业时间调整为上午七时至下',
      '午两时，周日恢复正常。（记者 李二）',
      '国 市民中心开设法律咨询',
      '',
      '本周日上午九点，市民中心一楼大厅开设法律咨询台，律师现',
      '场解答婚姻家庭、劳动纠纷等问题。（记者 赵三）',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '城北新建三处口袋公园',
      '东湖公园樱花进入盛花期',
      '城南菜市场临时调整营业时间',
      '市民中心开设法律咨询',
    ]);
  });
  it('with the diamond read by OCR as angle brackets (<>, <, 〈〉): the brackets go to the page', () => {
    for (const mark of ['<> ', '< ', '〈〉']) {
      const page = parse([...report, ...reportsUnder(mark)].join('\n'));
      expect(page.articles.map((a) => a.headline)).toEqual(heads);
      expect(page.unassigned.map((u) => u.text)).toEqual(['要闻简报', ...Array(3).fill(mark.trim())]);
    }
  });
  it('with no mark at all: a head over a report opening with its date, after a brief, heads the next brief', () => {
    const page = parse([...report, ...reportsUnder('')].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(heads);
  });
});

describe('briefs headed after ▲ (the mark of a photo caption too)', () => {
  it('are briefs when the marked line is a head over a text closed by its credit', () => {
    const page = parse(
      [
        ...report,
        '环保快讯',
        '',
        '▲东坪镇开展冬季河道保洁',
        '近日，东坪镇组织两百余名志愿者清理河道垃圾，',
        '共清运杂物十余吨。（记者 王磊）',
        '',
        '▲青禾县新增两处空气监测站',
        '日前，青禾县在城东、城西新建两处空气质量自动',
        '监测站，监测数据实时公开。（通讯员 周一鸣）',
      ].join('\n'),
    );
    expect(page.articles.map((a) => [a.headline, a.reporters, a.correspondents])).toEqual([
      ['城北新建三处口袋公园', ['林青'], []],
      ['东坪镇开展冬季河道保洁', ['王磊'], []],
      ['青禾县新增两处空气监测站', [], ['周一鸣']],
    ]);
    expect(page.articles.flatMap((a) => a.captions)).toEqual([]);
  });
});

describe('a feature credited at its head, its subheads in the body, over a column of marked briefs', () => {
  it('keeps its subheads: the brief under the column label is credited on its own', () => {
    const page = parse(
      [
        '冬季用电高峰如何省电',
        '',
        '■本报记者 林晓',
        '',
        '入冬以来，青禾县居民用电量明显增加，供电部门提醒市民',
        '合理使用取暖电器，避开用电高峰。',
        '',
        '空调温度不宜过高',
        '',
        '电力公司的师傅介绍，空调制热温度每调低一度，可省电百分',
        '之五左右，室内温度设在二十度较为合适。',
        '',
        '电器不用及时断电',
        '',
        '他提醒，电视、电脑等电器待机时仍在耗电，长时间不用时',
        '最好拔掉插头。',
        '',
        '生活提示',
        '',
        '■城南菜市场调整营业时间',
        '',
        '因设备检修，城南菜市场本周六营业时间调整为上午七时',
        '至下午两时，周日恢复正常。（记者 王一）',
      ].join('\n'),
    );
    expect(page.articles.map((a) => [a.headline, a.subheads])).toEqual([
      ['冬季用电高峰如何省电', ['空调温度不宜过高', '电器不用及时断电']],
      ['城南菜市场调整营业时间', []],
    ]);
  });
});

// OCR read ▲ as 全 before each brief's head, and ran another column's report onto the first head's line after a
// run of spaces: the report's piece shares the head's line number but opens with no mark.
describe('a misread mark on a line another column shares', () => {
  it('marks only the head and reads the report beside it as text (it threw before)', () => {
    const page = parse([
      '简 讯                                   快 讯',
      '全 东岭镇开展冬季送温暖活动                    本报讯 (通讯员 林一) 近日，北湖街道在辖区8个社区',
      '1月8日，东岭镇组织干部走访慰问困难群众120户，送去  开设“暖心食堂”，为独居老人提供午餐和送餐服务。',
      '',
      '米面油等慰问品和过冬衣物。 (通讯员 周三)',
      '',
      '全 西坪乡新建两座公厕',
      '',
      '近日，西坪乡在集镇新建两座公厕，方便赶集群众。 (记者 王五)',
    ]);
    const heads = page.articles.map((a) => a.headline).filter(Boolean);
    expect(heads).toEqual(['东岭镇开展冬季送温暖活动', '西坪乡新建两座公厕']);
    expect(page.articles.some((a) => a.correspondents.includes('林一'))).toBe(true);
  });
});
