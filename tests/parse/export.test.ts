import { describe, expect, it } from 'vitest';
import { outputText, parsePage } from '../../src/parse/page.js';
import { readLines } from '../../src/parse/lines.js';
import { countWordChars } from '../../src/text/chars.js';

/** Parses a page and checks the contract's rule: every letter and digit lands in exactly one field. */
function parse(text: string): ReturnType<typeof parsePage> {
  const page = parsePage('p.txt', text, {});
  expect(Object.fromEntries(countWordChars(outputText(page)))).toEqual(Object.fromEntries(countWordChars(text)));
  return page;
}

const unassigned = (page: ReturnType<typeof parsePage>): string => page.unassigned.map((u) => u.text).join('|');

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
    for (const figure of ['6月12日', '320米', '45个', '1.2亿元', '18个班次', '6:30发船', '21:00返航']) expect(body).toContain(figure);
  });
  it('lines broken inside a printed line (one opening with a closing quote or comma) stay in their paragraph', () => {
    const page = parse(
      ['“双十一”前快递网点扩容', '', '本报讯（记者 韩冬）', '“11', '.', '1', '1', '”的', '包裹高峰还没到', '，城区快递网点已经开始', '扩容。每个网点增加分拣员三到五名，', '夜间也有人值守，确保包裹当天进站当天派送。', ''].join('\n'),
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
    const ocr = ['3', '', '城乡新闻', '', '2023.6.8 星期四', '', '也', '', '责任编辑:周明 / 版式设计:周明 /文字校对:林红', ''];
    const page = parse([...ocr, ...article].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
  });
  it('the editors, contacts, section, page and paper name at the top, each on its own line', () => {
    const top = ['本版编辑：周明校对：林红电话：（0571）86001234', '', '要闻·综合', '', 'E-mail:news@example.cn  版式制作：吴青', '', '第3版', '', '西河日報', '', '2023年6月8日   星期四', ''];
    const page = parse([...top, ...article].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
    for (const part of ['本版编辑', '要闻·综合', 'E-mail', '第3版', '西河日報', '星期四']) expect(unassigned(page)).toContain(part);
  });
  it('a section name over the first headline is the page\'s; a lone headline over a dateline stays a headline', () => {
    const page = parse(['天气与生活', '', ...article].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['西河村建成村级养老服务站']);
    expect(unassigned(page)).toBe('天气与生活');
    const own = parse(['晚年生活', '', ...article.slice(2)].join('\n'));
    expect(own.articles.map((a) => a.headline)).toEqual(['晚年生活']);
  });
  it('a masthead\'s Latin line set alone mid-page is the page\'s, not text of the article around it', () => {
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
