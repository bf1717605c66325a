import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

/** A report two pages below set under a head line of their own kind (a label, a kicker). */
const orchard = [
  '梅岭乡三万亩柑橘开摘',
  '',
  '本报讯（记者 秦远）10月下旬，梅岭乡三万亩柑橘',
  '陆续成熟，果农们忙着采摘、分拣、装箱，收购商的',
  '货车一早就停满了村口。',
];

// Text pages (the printed lines in reading order, a blank line between blocks) of kinds a page mixes in: pages
// written for these tests, in made-up places and people.

describe('a paragraph that opens a column in its indent', () => {
  // The column broke after a finished paragraph: the next one opens the new column on a line two characters
  // short (its indent) with no mark at its end, then goes on in full lines; headless briefs follow beside.
  const page = [
    '柳溪镇老年大学秋季开学 新课程受追捧',
    '',
    '本报讯（记者 杜青）9月2日，柳溪镇老年',
    '大学秋季学期开学，书法、国画、剪纸、',
    '戏曲等26个班级的900余名老年学员走进',
    '教室。',
    '',
    '新开的葫芦丝演奏班和太极拳班在报名',
    '首日便满员，多位老人只好登记等候下期。',
    '校方表示，将增开周末班满足需求。',
    '',
    '乡村简讯',
    '',
    '河湾村近日组织村民开展秋季大扫除，12个村民小组清理沟渠杂物200余处，村',
    '容村貌焕然一新。（林红）',
    '',
    '石桥乡中心小学新建的塑胶操场日前投入使用，全校600多名学生有了标准跑道。',
    '（周平）',
  ].join('\n');
  it('is the report’s last paragraph, not the head of the brief after it', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => [a.headline, a.signature])).toEqual([
      ['柳溪镇老年大学秋季开学新课程受追捧', null],
      [null, '林红'],
      [null, '周平'],
    ]);
    expect(parsed.articles[0]!.paragraphs.at(-1)).toBe(
      '新开的葫芦丝演奏班和太极拳班在报名首日便满员，多位老人只好登记等候下期。校方表示，将增开周末班满足需求。',
    );
  });
});

describe('a column label over a story’s head block', () => {
  // (Under another story: at the page's top a short line is the section's name, furniture.)
  const before = [
    '城西菜场改造完工',
    '',
    '本报讯（记者 何苗）经过三个月的改造，城西菜场',
    '日前重新开业，摊位由八十个增加到一百二十个，',
    '还新设了便民服务台和公平秤。',
    '',
  ];
  const commentary = [
    '',
    '把好事办到群众心坎上',
    '',
    '一条小巷的路灯亮不亮，一处台阶修没修，看似是小',
    '事，却连着居民每天的日子。办好这些小事，要多到',
    '巷子里走一走，多听听居民怎么说。',
    '',
    '（柯南星）',
  ];
  it('is no headline: the line under it is the headline', () => {
    const page = parse([...before, '短评', ...commentary].join('\n'));
    expect(page.articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([
      [null, '城西菜场改造完工', null],
      ['短评', '把好事办到群众心坎上', null],
    ]);
  });
  it('is no headline over a headline broken at its comma either', () => {
    const page = parse([...before, '短评', '', '菜场修好了，更要管护好', ...commentary.slice(2)].join('\n'));
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '城西菜场改造完工'],
      ['短评', '菜场修好了，更要管护好'],
    ]);
  });
  it('over a kicker and a headline set apart: the label and the kicker are the kicker', () => {
    const page = parse([...before, '视点', '', '“秋收经济”红火', '', ...orchard].join('\n'));
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '城西菜场改造完工'],
      ['视点“秋收经济”红火', '梅岭乡三万亩柑橘开摘'],
    ]);
  });
});

describe('a section’s name with its Latin line under it, over a photo story', () => {
  it('is the page’s furniture; the short headline under it heads the story', () => {
    const page = parse(
      [
        '图片',
        '',
        'PICTURE',
        '',
        '晨曦渔港',
        '',
        '10月8日清晨，梅岭港的渔船满载归来，渔民们在码头上忙着分拣刚捕捞上岸的海鲜。（秦远）',
        '',
        '秋日稻田',
        '',
        '梅岭乡的稻田进入收割期，收割机在金黄的稻浪间来回穿梭。（何苗）',
      ].join('\n'),
    );
    expect(page.articles.map((a) => a.headline)).toEqual(['晨曦渔港', '秋日稻田']);
  });
});

describe('an interview under a report credited at its head', () => {
  // Its questions (问：…？, 记者：…？) are set alone like head lines; it is credited at its end, the report at its head.
  const page = [
    '梅岭乡柑橘喜获丰收',
    '',
    '本报记者 秦远',
    '',
    '走进梅岭乡，漫山遍野的柑橘挂满枝头，果农们忙着采',
    '摘、分拣、装箱，收购商的货车一早就停满了村口。',
    '',
    '今年全乡柑橘产量预计达到四万吨，比去年增长两成。',
    '',
    '种了四十年柑橘的老陈',
    '',
    '陈老汉今年六十八岁，家里的果园是全村最早种下的。',
    '',
    '记者：今年的收成怎么样？',
    '',
    '陈老汉：今年雨水匀，果子个头大、甜度高，收购价',
    '比去年每斤多了五毛钱，一亩地能多收两千多元。',
    '',
    '记者：以后还打算种下去吗？',
    '',
    '陈老汉：种！儿子从城里回来了，打算在网上开个店，',
    '把咱梅岭的柑橘卖到全国各地去。',
    '',
    '本报记者 何苗',
  ].join('\n');
  it('is a piece of its own, its questions its paragraphs', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['梅岭乡柑橘喜获丰收', '本报记者 秦远'],
      ['种了四十年柑橘的老陈', '本报记者 何苗'],
    ]);
    expect(parsed.articles[1]!.paragraphs).toHaveLength(5);
  });
});

describe('a notice', () => {
  const page = [
    '城西菜场改造完工',
    '',
    '本报讯（记者 何苗）经过三个月的',
    '改造，城西菜场日前重新开业，摊位',
    '由八十个增加到一百二十个，还新设',
    '了便民服务台和公平秤。',
    '',
    '（何苗）',
    '',
    '停电公告',
    '',
    '为做好农村电网改造工作，现就《梅岭乡农村电网改造实施方案（征求意见',
    '稿）》公开征求用户意见。',
    '',
    '停电期间请用户关闭电器开关，来电前勿登杆作业，如有疑问请拨打供电所电话。',
    '',
    '特此公告。',
    '',
    '梅岭乡供电所',
    '',
    '2024年10月8日',
  ].join('\n');
  it('keeps its title-bearing first line, its issuer and its date in its text', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城西菜场改造完工', '停电公告']);
    expect(parsed.articles[1]!.paragraphs.slice(-2)).toEqual(['梅岭乡供电所', '2024年10月8日']);
    expect(parsed.articles[1]!.paragraphs[0]).toMatch(/^为做好农村电网改造工作/u);
  });
});

describe('a paper’s serial number set alone', () => {
  it('is furniture, not a line of the head block under it', () => {
    const page = parse(
      [
        '城西菜场改造完工',
        '',
        '本报讯（记者 何苗）经过三个月的改造，城西菜场',
        '日前重新开业，摊位由八十个增加到一百二十个，',
        '还新设了便民服务台和公平秤。',
        '',
        '国内统一连续出版物号 CN12-3456',
        '',
        '秋收时节',
        '',
        ...orchard,
      ].join('\n'),
    );
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '城西菜场改造完工'],
      ['秋收时节', '梅岭乡三万亩柑橘开摘'],
    ]);
  });
});
