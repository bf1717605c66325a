import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

/** Made-up reports set as a page's text layer gives them: one printed line a line, blank lines between blocks. */
const parse = linesParser('caption-forms.txt');
/** Each article's headline and captions, whitespace removed. */
const captions = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => [a.headline, a.captions.map((c) => c.text.replace(/\s+/gu, ''))]);

const drill = [
  '城区启动夏季防汛演练',
  '',
  '本报讯（记者 王一）昨日，城区防汛指挥部在河滨',
  '公园组织夏季防汛演练，消防、水务和街道的一百多',
  '名队员参加。',
  '',
  '演练模拟暴雨导致河水上涨、低洼小区进水，队员们',
  '架设水泵、转移群众，半小时内完成全部科目。',
  '',
];

const schoolText = [
  '本报讯（记者 李二）九月一日，青石乡中心小学的',
  '新操场正式启用，红色跑道和绿色球场让全校学生兴',
  '奋不已，下课铃一响便冲向操场。',
  '',
  '这所学校地处山区，过去的操场是泥土地，一下雨就',
  '满地泥泞，体育课只能改在教室里上。',
];

/** The school report with what is printed between its headline and its text. */
const school = (...between: string[]) => parse([...drill, '山村小学有了新操场', '', ...between, '', ...schoolText]);

const SCHOOL = ['城区启动夏季防汛演练', []] as const;

describe('a caption broken over lines and closed by its credit', () => {
  it('takes both lines of a caption set under the headline, with the credit alone under them', () => {
    const page = school('孩子们在新建成的塑胶操场上跳绳和踢', '毽子。', '赵三/摄');
    expect(captions(page)).toEqual([
      SCHOOL,
      ['山村小学有了新操场', ['孩子们在新建成的塑胶操场上跳绳和踢毽子。赵三/摄']],
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('takes a caption of three lines set under the text, the credit right under it', () => {
    const page = parse([
      ...drill,
      '山村小学有了新操场',
      '',
      ...schoolText,
      '',
      '孩子们在新建成的塑胶操场上跳绳和踢',
      '毽子，老师在一旁指导动作要领和注',
      '意事项。',
      '赵三/摄',
    ]);
    expect(captions(page)).toEqual([
      SCHOOL,
      ['山村小学有了新操场', ['孩子们在新建成的塑胶操场上跳绳和踢毽子，老师在一旁指导动作要领和注意事项。赵三/摄']],
    ]);
    expect(page.articles[1]!.paragraphs.join('')).not.toContain('跳绳');
  });

  it.each([
    ['（赵三 摄）', '（赵三摄）'],
    ['赵三 摄', '赵三摄'],
    ['〈赵三 摄)', '〈赵三摄）'],
  ])('takes the lines above a credit run in after the sentence, %s', (credit, kept) => {
    const page = school('孩子们在新建成的塑胶操场上跳绳和踢', `毽子。${credit}`);
    expect(captions(page)).toEqual([
      SCHOOL,
      ['山村小学有了新操场', [`孩子们在新建成的塑胶操场上跳绳和踢毽子。${kept}`]],
    ]);
    expect(page.articles[1]!.subhead).toBeNull();
    expect(lost(page)).toEqual([]);
  });
});

describe('photo credits that name the work first', () => {
  it.each(['图/赵三', '摄影/赵三', '摄影：赵三', '（图/赵三）'])(
    'reads %s under a caption, and run in after it',
    (credit) => {
      for (const lines of [['孩子们在新操场上跳绳。', credit], [`孩子们在新操场上跳绳。${credit}`]]) {
        const page = school(...lines);
        expect(captions(page)).toEqual([SCHOOL, ['山村小学有了新操场', [`孩子们在新操场上跳绳。${credit}`]]]);
        expect(page.articles[1]!.paragraphs[0]).toMatch(/^九月一日/u);
      }
    },
  );
});

describe('a caption printed without a credit', () => {
  it('is the sentence between the headline and a 文/图 byline, not an article of its own', () => {
    const page = parse([
      ...drill,
      '老兵服务站揭牌',
      '',
      '服务站工作人员为老兵讲解优待政策。',
      '',
      '文/图 本报记者 赵三',
      '',
      '本月五日，青石镇退役军人服务站正式揭牌，站里设',
      '有政策咨询、就业帮扶和困难帮扶三个窗口。',
      '',
      '镇里还为八十岁以上的老兵建立了联系卡，每月上门',
      '走访一次。',
    ]);
    expect(captions(page)).toEqual([SCHOOL, ['老兵服务站揭牌', ['服务站工作人员为老兵讲解优待政策。']]]);
    expect(page.articles[1]!.reporters).toEqual(['赵三']);
    expect(page.articles[1]!.paragraphs).toHaveLength(2);
  });

  it('is the sentence between the headline and the dateline the text opens with', () => {
    const page = school('孩子们在新建成的塑胶操场上跳绳。');
    expect(captions(page)).toEqual([SCHOOL, ['山村小学有了新操场', ['孩子们在新建成的塑胶操场上跳绳。']]]);
    expect(page.articles[1]!.paragraphs[0]).toMatch(/^九月一日/u);
  });

  it('takes a caption whose first line, broken at the measure after a comma, reads as a head line', () => {
    // (Under a narrow column's text, the caption's full first line is set wider than the column.)
    const page = parse([
      '城区启动夏季防汛演练',
      '',
      '本报讯（记者 王一）昨日，城区防汛指挥部在河滨',
      '公园组织夏季防汛演练。',
      '',
      '山村小学有了新操场',
      '',
      '孩子们在新建成的塑胶操场上跳绳，操场四周',
      '种满了桂花树。',
      '',
      '本报讯（记者 李二）九月一日，青石乡中心',
      '小学的新操场正式启用，红色跑道和绿色',
      '球场让全校学生兴奋不已，下课铃一响便',
      '冲向操场。',
    ]);
    expect(captions(page)).toEqual([
      SCHOOL,
      ['山村小学有了新操场', ['孩子们在新建成的塑胶操场上跳绳，操场四周种满了桂花树。']],
    ]);
    expect(page.articles[1]!.subhead).toBeNull();
  });

  it("takes the sentence over another photo's caption under the headline", () => {
    const page = school('孩子们在新建成的塑胶操场上跳绳。', '', '老师在教孩子们踢毽子。', '赵三/摄');
    expect(captions(page)).toEqual([
      SCHOOL,
      ['山村小学有了新操场', ['孩子们在新建成的塑胶操场上跳绳。', '老师在教孩子们踢毽子。赵三/摄']],
    ]);
  });

  it('is a sentence set wider than the columns around it, and goes with the text under it', () => {
    // The school report's headline went elsewhere (an export gathers headlines apart); its photo, set across
    // two columns, has its caption on one line twice a column's width, right over the report's text.
    const page = parse([
      ...drill.slice(2),
      '孩子们在新建成的塑胶操场上跳绳和踢毽子，老师和家长志愿者在一旁指导和保护。',
      '',
      ...schoolText,
    ]);
    expect(page.articles.map((a) => a.captions.map((c) => c.text))).toEqual([
      [],
      ['孩子们在新建成的塑胶操场上跳绳和踢毽子，老师和家长志愿者在一旁指导和保护。'],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('踢毽子');
  });

  it('leaves a short last paragraph of one sentence in its column', () => {
    const page = parse([...drill.slice(2), '全部科目用时不到一个小时。', '', ...schoolText]);
    expect(page.articles.flatMap((a) => a.captions)).toEqual([]);
    expect(page.articles[0]!.paragraphs.at(-1)).toBe('全部科目用时不到一个小时。');
  });

  it("is the last sentence before a text whose photo's credit stands alone in it", () => {
    // A text layer set the school report's headline elsewhere, its caption right over its text, and the
    // photo's credit, flush right, between two lines of a paragraph.
    const page = parse([
      ...drill,
      '孩子们在新操场上跳绳。',
      '',
      ...schoolText.slice(0, 3),
      '',
      '赵三/摄',
      ...schoolText.slice(3),
    ]);
    expect(page.articles.map((a) => a.captions.map((c) => c.text.replace(/\s+/gu, '')))).toEqual([
      [],
      ['孩子们在新操场上跳绳。赵三/摄'],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('跳绳');
  });

  it('goes with the text it is set right over, not with a headline an export set above it', () => {
    // A text layer gathered the park report's headline away, and set the school report's headline over
    // the park report's photo caption; the school report's text comes after.
    const page = parse([
      ...drill,
      '山村小学有了新操场',
      '',
      '市民在新建成的步道上晨练。',
      '本报讯（记者 何思远）东湖公园环湖健身步道日前',
      '建成开放，步道全长四点二公里，沿途设置了八处',
      '休息驿站。',
      '',
      ...schoolText,
    ]);
    expect(page.articles.map((a) => [a.reporters, a.captions.map((c) => c.text)])).toEqual([
      [['王一'], []],
      [['何思远'], ['市民在新建成的步道上晨练。']],
      [['李二'], []],
    ]);
  });

  it('is the sentence under the first headline of a page, under the masthead', () => {
    // (The first head line of a page has no text above it to tell a headline from a kicker: a head line maybe.)
    const page = parse([
      ...['3', '', '综合新闻', '', '2024年5月7日 星期二', '', 'QINGSHI RIBAO', '', '青石日报', ''],
      '青石镇老兵服务站揭牌',
      '',
      '服务站工作人员为老兵讲解优待政策。',
      '',
      '本报讯（记者 罗青山 通讯员 吴',
      '晓梅）5月5日，青石镇退役军人服务',
      '站正式揭牌运行，站里设有政策咨',
      '询、就业帮扶和困难帮扶三个窗口，',
      '每天安排两名工作人员值守。',
    ]);
    expect(captions(page)).toEqual([['青石镇老兵服务站揭牌', ['服务站工作人员为老兵讲解优待政策。']]]);
  });
});
