import { describe, expect, it } from 'vitest';
import { linesParser } from '../support/page-lines.js';
import { parseKept } from '../support/parse-kept.js';

// Made-up pages as a PDF text layer gives them: digit runs on lines of their own, printed lines in pieces.
const parse = linesParser('breaks.txt');

describe('paragraph breaks in a text layer broken into pieces', () => {
  it('does not end a paragraph on a number whose measure word opens the next line (87 / 处)', () => {
    const page = parse([
      '青石县开展防汛演练',
      '',
      '本报讯（记者 王明远） 县应急管理局',
      '和北山乡共1',
      '5',
      '0',
      '余人参',
      '加。',
      '县应急管理局负责人',
      '表示，全县已排查山洪灾',
      '害危险区 8',
      '7',
      '处，逐一落实',
      '了转移责任人和避险场',
      '所，汛期前将完成所有危',
      '险区的演练。',
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([
      '县应急管理局和北山乡共150余人参加。',
      '县应急管理局负责人表示，全县已排查山洪灾害危险区87处，逐一落实了转移责任人和避险场所，汛期前将完成所有危险区的演练。',
    ]);
  });

  it('does not end a paragraph on a word with no mark after it when a count opens the next line', () => {
    const page = parse([
      '送戏下乡进百村',
      '',
      '本报讯（记者 王明远） 今年以来，县',
      '剧团走进全县126个村，演出260余场，',
      '观众达到',
      '8万人次。',
      '不少村还组建了自己的戏曲队，农闲时',
      '排练，逢年过节就上台演出。',
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([
      '今年以来，县剧团走进全县126个村，演出260余场，观众达到8万人次。',
      '不少村还组建了自己的戏曲队，农闲时排练，逢年过节就上台演出。',
    ]);
  });
});

// A made-up report as OCR reads a column 19 cells wide: full lines, the indents of paragraphs dropped.
const column = [
  '冬季防火宣传进社区',
  '',
  '本报讯（记者 王明远） 入冬以来，青石县',
  '消防救援大队走进社区、学校和企业，开展',
  '冬季防火宣传。队员们手把手教居民使用灭',
  '火器，讲解电动车充电的注意事项。“查、',
  '看、问、讲、记”，是队员的“五字诀”。',
  '每到一处，队员们都先查看消防通道是否畅',
  '通，再检查灭火器是否在有效期内和位置。',
  '截至目前，大队已开展了宣传活动五十',
  '余场，发放宣传资料1.2万份，排查并整改',
  '火灾隐患230余处。',
];

describe('paragraph breaks in OCR text that lost its indents', () => {
  it('reads a line full of marks as full: each Chinese mark takes a whole cell in body type', () => {
    const page = parseKept(column);
    expect(page.articles[0]!.paragraphs[0]).toContain('“五字诀”。每到一处');
  });

  it('opens a paragraph at a line two cells short of the column that goes on after a finished sentence', () => {
    const page = parseKept(column);
    expect(page.articles[0]!.paragraphs).toHaveLength(2);
    expect(page.articles[0]!.paragraphs[1]).toMatch(/^截至目前/u);
  });
});

describe('a paragraph of three lines whose first line sits in its indent', () => {
  it('measures the column on its full lines, not its indented first line, so a short last line ends it', () => {
    const page = parseKept([
      '老街改造下月完工',
      '',
      '本报讯（记者 王明远） 青石县老街改造工',
      '程已进入收尾阶段，沿街六十多家店铺的门',
      '头全部换新，路面铺上了青石板，河边栈',
      '道也接通了，老街成了市民散步之处。',
      '改造前，老街管线杂乱，下雨天路',
      '面积水，游客和商户都叫苦不迭。去年春',
      '天，县里召开商户座谈会九场。',
      '工程负责人说，下月底前将完成全',
      '部绿化和亮化，老街将恢复夜间营业，并',
      '新增停车位一百二十个，方便市民游客前',
      '来游玩和购物。',
    ]);
    expect(page.articles[0]!.paragraphs).toHaveLength(3);
    expect(page.articles[0]!.paragraphs[2]).toMatch(/^工程负责人说/u);
  });
});

describe('a paragraph whose last line OCR lost at a column break', () => {
  const lines = [
    '社区菜园开进校园',
    '',
    '本报讯（记者 王明远） 走进青石县实验小',
    '学，教学楼后面的一片空地被开辟成了小菜',
    '园，番茄、黄瓜、辣椒长势喜人。学校把菜',
    '园分给各个班级，由学生们负责播种、浇水',
    '',
    '“孩子们在劳动中认识了农作物，也懂',
    '得了粮食来之不易。”学校负责人说，收获',
    '的蔬菜将送到学校食堂，让学生们品尝自己',
    '的劳动成果。',
  ];

  it('opens a paragraph at a line under the blank set two cells short of the full line under it', () => {
    const page = parseKept(lines);
    expect(page.articles[0]!.paragraphs).toHaveLength(2);
    expect(page.articles[0]!.paragraphs[1]).toMatch(/^“孩子们/u);
  });

  it('joins over the blank where the line under it runs to the full column (the sentence goes on)', () => {
    const on = ['和除草，孩子们在劳动中认识了农作物，懂', '得了粮食来之不易。学校负责人说，收获'];
    const page = parseKept([...lines.slice(0, 7), ...on, ...lines.slice(9)]);
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
  });
});
