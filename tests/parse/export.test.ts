import { describe, expect, it } from 'vitest';
import { parseKept as parse, unassignedText as unassigned } from '../support/parse-kept.js';
import { readLines } from '../../src/parse/lines.js';

// A page as a PDF text layer gives it: half-width digit runs on lines of their own (6月 / 1 / 2日),
// dates and figures broken into pieces. Written for this test.
const splitDigits = [
  '东岸码头完成改造重新开放',
  '',
  '本报讯（记者 韩冬 通讯员 苏青）6月',
  '1',
  '2日，东岸码头改造工程通过验收，码头',
  '新建候船亭一座，更换护栏',
  '3',
  '2',
  '0米，',
  '新增停车位',
  '4',
  '5个，市民候船的环境明显改善。',
  '据了解，改造总投资约',
  '1',
  '.',
  '2亿元，工期八个月。码头每天开行渡船',
  '1',
  '8个班次，早班',
  '6',
  ':',
  '3',
  '0发船，末班',
  '2',
  '1',
  ':',
  '0',
  '0返航。',
  '',
].join('\n');

describe('digit runs a PDF text layer split off their text', () => {
  it('go back to their line: no lone digit becomes a headline or an article', () => {
    const page = parse(splitDigits);
    expect(page.articles).toHaveLength(1);
    const a = page.articles[0]!;
    expect(a.headline).toBe('东岸码头完成改造重新开放');
    expect(a.reporters).toEqual(['韩冬']);
    const body = a.paragraphs.join('');
    for (const figure of ['6月12日', '320米', '45个', '1.2亿元', '18个班次', '6:30发船', '21:00返航'])
      expect(body).toContain(figure);
  });
  it('lines broken inside a printed line (one opening with a closing quote or comma) stay in their paragraph', () => {
    const page = parse(
      [
        '“双十一”前快递网点扩容',
        '',
        '本报讯（记者 韩冬）',
        '“11',
        '.',
        '1',
        '1',
        '”的',
        '包裹高峰还没到',
        '，城区快递网点已经开始',
        '扩容。每个网点增加分拣员三到五名，',
        '夜间也有人值守，确保包裹当天进站当天派送。',
        '',
      ].join('\n'),
    );
    expect(page.articles.map((a) => a.headline)).toEqual(['“双十一”前快递网点扩容']);
    expect(page.articles[0]!.paragraphs.join('')).toContain('“11.11”的包裹高峰还没到，城区快递网点');
  });
  it('leave a page number set apart by blank lines alone', () => {
    const lines = readLines('3\n\n正文第一行，\n');
    expect(lines.map((l) => l.raw)).toEqual(['3', '', '正文第一行，']);
  });
});

// The header strip of a page, broken by the export over several lines: page number, a date missing its
// first digit (moved by the export), the section's name run into the editors' credit, the names on the next line.
const strip = ['3', '', '023.6.', '8 星期四', '城乡新闻 3责任编辑：', '周明 /版式设计：周明 /文字校对：林红 吴青', ''];
const article = [
  '西河村建成村级养老服务站',
  '',
  '本报讯（记者 林红）近日，西河村养老服务站',
  '正式投用，服务站设有助餐点、休息室和',
  '康复室，村里六十岁以上的老人都可以',
  '来这里吃饭、看书、做康复训练。',
  '村干部介绍，服务站由闲置的村小学改建',
  '而成，志愿者每天轮流值班。',
  '',
];

describe('page furniture', () => {
  it('a header strip spread over several lines goes to the page, never to an article', () => {
    const page = parse([...strip, ...article].join('\n'));
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.headline).toBe('西河村建成村级养老服务站');
    expect(unassigned(page)).toContain('责任编辑');
    expect(unassigned(page)).toContain('文字校对');
    expect(page.articles[0]!.paragraphs.join('')).not.toMatch(/周明|星期四/);
  });
  it('an OCR strip with specks, half-width colons and the editors on one line', () => {
    const ocr = [
      '3',
      '',
      '城乡新闻',
      '',
      '2023.6.8 星期四',
      '',
      '也',
      '',
      '责任编辑:周明 / 版式设计:周明 /文字校对:林红',
      '',
    ];
    const page = parse([...ocr, ...article].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
  });
  it('the editors, contacts, section, page and paper name at the top, each on its own line', () => {
    const top = [
      '本版编辑：周明校对：林红电话：（0571）86001234',
      '',
      '要闻·综合',
      '',
      'E-mail:news@example.cn  版式制作：吴青',
      '',
      '第3版',
      '',
      '西河日報',
      '',
      '2023年6月8日   星期四',
      '',
    ];
    const page = parse([...top, ...article].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
    for (const part of ['本版编辑', '要闻·综合', 'E-mail', '第3版', '西河日報', '星期四'])
      expect(unassigned(page)).toContain(part);
  });
  it("a section name over the first headline is the page's; a lone headline over a dateline stays a headline", () => {
    const page = parse(['天气与生活', '', ...article].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
    expect(unassigned(page)).toBe('天气与生活');
    const own = parse(['晚年生活', '', ...article.slice(2)].join('\n'));
    expect(own.articles.map((a) => a.headline)).toEqual(['晚年生活']);
  });
  it("a masthead's Latin line set alone mid-page is the page's, not text of the article around it", () => {
    const body = [...article.slice(0, 6), '', 'XIHE XINWEN', '', ...article.slice(6)];
    const page = parse(body.join('\n'));
    expect(page.page.nameLatin).toBe('XIHE XINWEN');
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('XIHE');
  });
  it('OCR specks (boxes read as 口, a stray letter) are read past, kept apart', () => {
    const body = [...article.slice(0, 5), '口', '口口o', '来这里吃饭、看书、做康复训练。', ...article.slice(7)];
    const page = parse(body.join('\n'));
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs.join('')).toContain('都可以来这里吃饭');
    expect(unassigned(page)).toContain('口口o');
  });
});

// Two articles whose second blocks an OCR tool read after the other article's first block: each first block
// stops mid-word (帐|篷, 开放|日), and the block that goes on with it opens mid-sentence. Written for this test.
const outOfOrder = [
  '社区义诊进楼栋',
  '',
  '本报讯（记者 林红）近日，东园社区联合区医院开展',
  '义诊进楼栋活动，医护人员在社区门口搭起帐',
  '',
  '河道保洁员的一天',
  '',
  '本报讯（记者 韩冬）清晨五点，河道保洁员老周',
  '就撑着小船出发了。今天是保洁站建站以来的第一个开放',
  '',
  '篷，为居民免费测量血压、血糖，并讲解常见',
  '病的预防知识。活动持续了一整天，前来问诊',
  '的居民有两百多人。',
  '',
  '日。老周说，河面上的垃圾以落叶和塑料瓶为主，',
  '每天要打捞三四船。他希望大家爱护河道，不要',
  '随手乱扔垃圾。',
  '',
];

describe('blocks out of reading order', () => {
  it('go back after the block they continue: the words across the join read on', () => {
    const page = parse(outOfOrder.join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['社区义诊进楼栋', '河道保洁员的一天']);
    expect(page.articles[0]!.paragraphs.join('')).toContain('搭起帐篷，为居民免费测量血压');
    expect(page.articles[1]!.paragraphs.join('')).toContain('第一个开放日。老周说');
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('老周');
  });
  it('blocks in order stay in order', () => {
    const inOrder = [
      ...outOfOrder.slice(0, 4),
      ...outOfOrder.slice(10, 14),
      ...outOfOrder.slice(4, 10),
      ...outOfOrder.slice(14),
    ];
    const page = parse(inOrder.join('\n'));
    expect(page.articles[0]!.paragraphs.join('')).toContain('搭起帐篷，为居民');
    expect(page.articles[1]!.paragraphs.join('')).toContain('开放日。老周说');
  });
});

describe('a block set astray after another article', () => {
  // The text of the first article is cut off mid-sentence by the second; its rest (吨。…) opens a block that
  // no paragraph could open, set after the second article's first paragraph.
  const astray = [
    '河道清淤还水清',
    '',
    '本报讯（记者 韩冬）入秋以来，东岸镇组织党员干部和志愿者开展',
    '河道清淤行动，沿河各村共出动人员六百余人次，清理河道垃圾二十余',
    '',
    '城西图书馆夜间开放',
    '本报讯（记者 林红）本周起，城西图书馆延长开放时间，每晚开放到九',
    '点，方便上班族下班后借书、自习。',
    '',
    '吨。镇里还为每条河道配备了专职保洁员，实行每日巡查制度，',
    '发现问题及时处理。',
    '',
    '图书馆还增设了自助借还机和夜间阅览区，读者可以凭身份证办理',
    '借书证。',
    '',
  ];
  it('goes back after the text it ends, and the text it stood in goes on across the gap', () => {
    const page = parse(astray.join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['河道清淤还水清', '城西图书馆夜间开放']);
    const [river, library] = page.articles.map((a) => a.paragraphs.join(''));
    expect(river).toMatch(/二十余吨。镇里还为每条河道.*发现问题及时处理。$/u);
    expect(library).toMatch(/借书、自习。图书馆还增设了.*借书证。$/u);
  });
});

describe('OCR punctuation and rules', () => {
  it('half-width marks in Chinese text read as full-width: 据了解, opens a sentence, not a credit', () => {
    const lines = readLines('据了解,这片菜地已经\n时间是8:30,地点(东园社区)\nE-mail:news@example.cn\n');
    expect(lines.slice(0, 2).map((l) => l.role)).toEqual(['text', 'text']);
    expect(lines.map((l) => l.text)).toEqual([
      '据了解，这片菜地已经',
      '时间是8:30，地点（东园社区）',
      'E-mail:news@example.cn',
    ]);
  });
  it('a rule read as - or | after a headline is not part of it', () => {
    const page = parse(['西河村建成村级养老服务站-', '', ...article.slice(2)].join('\n'));
    expect(page.articles[0]!.headline).toBe('西河村建成村级养老服务站');
  });
});

describe('a quotation that goes on in a block read elsewhere', () => {
  // The first article's block stops inside a quotation; the block that closes it was read after another
  // article. No word runs across the join (出门|都穿): the open quotation says where it goes on.
  const page = [
    '村道硬化通到家门口',
    '',
    '本报讯（记者 林红）今年，西河村把“户户通”作为',
    '为民办实事的第一件事，全村新修硬化路面',
    '三公里。居民老张说：“以前下雨天路上全是',
    '泥，现在出门',
    '',
    '河边新添“口袋公园”',
    '',
    '本报讯（记者 韩冬）东岸社区把河边一块荒地',
    '改造成了“口袋公园”，园里铺了步道，种了',
    '花草，还摆放了座椅。“傍晚来这里散步的人',
    '可多了。”社区工作人员说。',
    '',
    '都穿干净的鞋了。”村里还在路边装了路灯，',
    '晚上出门也亮堂了。',
    '',
  ];
  it('goes back after the block that opened the quotation', () => {
    const parsed = parse(page.join('\n'));
    expect(parsed.articles.map((a) => a.headline)).toEqual(['村道硬化通到家门口', '河边新添“口袋公园”']);
    expect(parsed.articles[0]!.paragraphs.join('')).toContain('现在出门都穿干净的鞋了。”');
  });
  it('a headline broken at its comma over a dateline is one headline', () => {
    const parsed = parse(['河边新添口袋公园，', '居民散步有去处', ...page.slice(9, 13)].join('\n'));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.headline).toBe('河边新添口袋公园，居民散步有去处');
  });
});
