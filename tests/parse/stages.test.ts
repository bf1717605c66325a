import { describe, expect, it } from 'vitest';
import { assignMax } from '../../src/parse/assign.js';
import { readBlocks } from '../../src/parse/blocks.js';
import { readCredits, readSignature, splitDateline } from '../../src/parse/byline.js';
import { inferDate } from '../../src/parse/date.js';
import { parsePage } from '../../src/parse/page.js';
import { matchHeadlines } from '../../src/parse/headlines.js';
import { PHOTO_CREDIT, readLines } from '../../src/parse/lines.js';
import { createGazetteer, findOffice } from '../../src/parse/office.js';
import { findRunInHeads } from '../../src/parse/run-in-heads.js';
import { isKickerLike } from '../../src/parse/article-breaks.js';
import { testOffices } from '../fixtures/articles.js';

/** Text set in a column 18 characters wide, as a page's text layer has it. */
const column = (text: string): string[] => text.match(/.{1,18}/gu)!;

describe('line roles', () => {
  const roles = (text: string): string[] => readLines(text).map((l) => l.role);
  it('finds the masthead: a Latin line and the page name beside it', () => {
    expect(roles(' QINGSHI XINWEN\n\n青石新闻\n\n本报讯 正文，\n')).toEqual([
      'masthead',
      'blank',
      'masthead',
      'blank',
      'dateline',
    ]);
  });
  it('knows datelines of several forms', () => {
    for (const d of [
      '本报讯 （记者 王一）',
      '本报长沙7月4日电 （记者王云娜）4日',
      '本报北京 7 月 4 日电',
      '本报5月26日讯',
      '新华社北京7月4日电',
    ]) {
      expect(roles(d)).toEqual(['dateline']);
    }
    expect(roles('本报记者在现场看到，')).toEqual(['text']);
    // A paper's own dateline, on a piece it lent to this page.
    expect(roles('西岭日报讯（记者 王一）近日，\n青石晚报讯 近日，\n人民日报社论指出，')).toEqual([
      'dateline',
      'dateline',
      'text',
    ]);
    expect(splitDateline('青石日报讯（记者 王一 通讯员 李二）近日，')).toEqual({
      dateline: '青石日报讯',
      byline: '记者 王一 通讯员 李二',
      rest: '近日，',
    });
  });
  it('knows bylines and signatures alone on a line, captions, pull quotes and elisions', () => {
    expect(
      roles('记者 周明远 通讯员 韩雪 林晓东\n（田野）\n（据新华社）\n据新华社\n图①青年在操作无人机。\n●党建引领\n…………'),
    ).toEqual(['byline', 'signature', 'signature', 'signature', 'caption', 'pullquote', 'elision']);
  });
  it('knows jump lines (an article continued on or from another page) apart from signatures', () => {
    expect(roles('（下转第二版）\n（上接第一版）\n（转 A2 版）\n(紧接 3 版)\n（本通）\n（转载）')).toEqual([
      'jump',
      'jump',
      'jump',
      'jump',
      'signature',
      'signature',
    ]);
  });
  it("knows the page's date line, page number and editors at its top or foot, and only there", () => {
    const furniture = ['2023年6月2日 星期五', '第 2 版', '责任编辑：李红 校对：王芳', '责编：王一、李二 美编：赵三'];
    const body = Array.from({ length: 6 }, () => '正文一行，接着往下写');
    expect(roles([...furniture, ...body, ...furniture].join('\n'))).toEqual([
      ...furniture.map(() => 'folio'),
      ...body.map(() => 'text'),
      ...furniture.map(() => 'folio'),
    ]);
    expect(roles([...body, ...furniture, ...body].join('\n')).filter((r) => r === 'folio')).toEqual([]);
    expect(roles('编辑：这是一个很长的句子\n')).toEqual(['text']);
  });
  it("takes a section's generic name over its short items for page furniture, not a pull quote", () => {
    expect(roles('■简讯\n图片新闻\n◆本版快讯\n●党建引领\n简讯员')).toEqual([
      'folio',
      'folio',
      'folio',
      'pullquote',
      'text',
    ]);
  });
  it('does not take a word wrapped after 据 for a source credit', () => {
    expect(roles('据新华社\n综合新华社、央视新闻\n据、算力、模型、场景于一')).toEqual([
      'signature',
      'signature',
      'text',
    ]);
  });
  it('does not take a sentence that opens with 据 and runs on (an open 《 or “) for a source credit', () => {
    expect(roles('据《人民日报》\n据国务院发展研究中心发布的《\n据“学习强国”')).toEqual([
      'signature',
      'text',
      'signature',
    ]);
  });
  it('knows a byline behind an ornament or naming who wrote and who photographed', () => {
    const bylines = [
      '□本报记者 王一 通讯员 李二',
      '◎记者 王一',
      '文/图 记者 王一',
      '图／文 本报记者 王一',
      '文/本报记者 王一 图/本报记者 李二',
      '摄影 记者 王一',
    ];
    expect(roles(bylines.join('\n'))).toEqual(bylines.map(() => 'byline'));
    // ● opens a pull quote; a sentence about a reporter is text.
    expect(roles('●记者 王一\n文化站记者之家建成开放')).toEqual(['pullquote', 'text']);
  });
  it('does not take a sentence that opens with 记者 for a byline', () => {
    // Names in a byline are set apart by spaces or 、; a comma after 记者… is a sentence going on.
    expect(roles('记者注意到，有人在评论区\n记者 王一、李二\n本报记者 张三')).toEqual(['text', 'byline', 'byline']);
  });
});

describe('paragraphs from hard-wrapped columns', () => {
  const paras = (text: string): string[] =>
    readBlocks(readLines(text)).map((b) => ('text' in b ? b.text : `#${b.line.text}`));
  const column = '一二三四五六七八九十一二三四五，\n';
  it('takes a byline right above a dateline for a byline even after an unfinished line', () => {
    const kinds = (text: string): string[] => readBlocks(readLines(text)).map((b) => b.kind);
    expect(
      kinds(
        '一二三四五六七八九十一二三四五，\n六七八九十一手续合规。据青石新\n闻\n\n记者 王一\n本报讯 正文，\n完了。\n',
      ),
    ).toEqual(['para', 'byline', 'para']);
    // Not above a dateline, it is the sentence going on (同时 / 记者 王一 …).
    expect(
      kinds('一二三四五六七八九十一二三四五，\n六七八九十一二三四五六七八九同时\n记者 王一\n看到了这些。\n'),
    ).not.toContain('byline');
  });
  it('joins lines across a blank line that falls mid-sentence at a column break', () => {
    expect(paras(`${column}六七八九十一二三四五六七八九，\n\n十一二三四五六七八九十一二三四，\n完了。\n`)).toHaveLength(
      1,
    );
  });
  it('ends a paragraph at a short line that ends a sentence, with or without a blank line', () => {
    const text = `${column}${column}完了。\n${column}${column}也完了。\n\n${column}完。\n`;
    expect(paras(text)).toHaveLength(3);
  });
  it('does not end a paragraph at a full line that happens to end a sentence', () => {
    const text = `${column}一二三四五六七八九十一二三四五。\n${column}完了。\n`;
    expect(paras(text)).toHaveLength(1);
  });
  it('sets a short unpunctuated line between blank lines apart as a head line', () => {
    const text = `西岭镇\n\n万亩果园迎来丰收季\n\n本报讯 ${column}${column}完了。\n`;
    expect(paras(text).slice(0, 2)).toEqual(['#西岭镇', '#万亩果园迎来丰收季']);
  });
  it('keeps a line that opens with 据 inside its paragraph when the line before is unfinished', () => {
    const text = `${column}居民可以依照社区的规定，根\n据有关规定办理相关手续\n${column}完了。\n\n据新华社\n`;
    const blocks = readBlocks(readLines(text));
    expect(blocks.map((b) => b.kind)).toEqual(['para', 'signature']);
    expect(blocks[0]!.kind === 'para' && blocks[0]!.text).toContain('根据有关规定办理相关手续');
  });
  it('keeps a line that opens with 记者 inside its paragraph when the line before is unfinished', () => {
    const text = `${column}活动当天上午，\n记者在现场看到\n${column}完了。\n\n记者 王一\n${column}完了。\n`;
    expect(readBlocks(readLines(text)).map((b) => b.kind)).toEqual(['para', 'byline', 'para']);
  });
  it('takes a line that asks and answers for a headline when a byline follows it, and for body otherwise', () => {
    const head = `${column}完了。

河边这排石凳是谁摆的？真贴心

记者 王一
${column}完了。
`;
    expect(paras(head)).toContain('#河边这排石凳是谁摆的？真贴心');
    const body = `${column}完了。

河边这排石凳是谁摆的？真贴心
${column}完了。
`;
    expect(paras(body).some((p) => p.startsWith('#'))).toBe(false);
  });
});

describe('datelines, bylines, signatures', () => {
  it('splits the dateline and the byline in parentheses off the first paragraph', () => {
    expect(splitDateline('本报讯 （记者 王一 通讯员 李二 张三） 近段时间以来，')).toEqual({
      dateline: '本报讯',
      byline: '记者 王一 通讯员 李二 张三',
      rest: '近段时间以来，',
    });
    expect(splitDateline('本报长沙 7 月 4 日电 （记者王云娜）4日上午，')).toMatchObject({
      dateline: '本报长沙7月4日电',
      byline: '记者王云娜',
      rest: '4日上午，',
    });
  });
  it('reads reporters and correspondents, separated by spaces or 、', () => {
    expect(readCredits('记者 王一 通讯员 李二 张三')).toMatchObject({
      reporters: ['王一'],
      correspondents: ['李二', '张三'],
    });
    expect(readCredits('记者贾丰丰、韩春瑶')).toMatchObject({ reporters: ['贾丰丰', '韩春瑶'], correspondents: [] });
    expect(readCredits('本报记者 周明远')).toMatchObject({ reporters: ['周明远'] });
    // What they did, after the names, is no name.
    expect(readCredits('记者 王一 报道')).toMatchObject({ byline: '记者 王一 报道', reporters: ['王一'] });
    expect(readCredits('记者王一报道')).toMatchObject({ reporters: ['王一'] });
    expect(readCredits('记者 王一 李二 摄影报道')).toMatchObject({ reporters: ['王一', '李二'] });
  });
  it('keeps a byline printed alone without its ornament, and reads its credits', () => {
    const page = [
      '青石区举办秋季招聘会',
      '□本报记者 王一 通讯员 李二',
      ...column('本报讯 10月12日，青石区在人才市场举办秋季招聘会，共有86家企业参会，提供就业岗位2300余个。'),
      '西岭镇开展消防演练',
      '文/图 记者 赵三',
      ...column('本报讯 为提高群众消防安全意识，西岭镇日前组织开展消防应急演练，200余名干部群众参加。'),
    ].join('\n');
    const articles = parsePage('p.txt', `${page}\n`, {}).articles;
    expect(articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents])).toEqual([
      ['青石区举办秋季招聘会', '本报记者 王一 通讯员 李二', ['王一'], ['李二']],
      ['西岭镇开展消防演练', '文/图 记者 赵三', ['赵三'], []],
    ]);
  });
  it('takes a byline in parentheses on its own line under a headline for the credit of the article below', () => {
    const page = [
      '青石区举办秋季招聘会',
      '（记者 王一 通讯员 李二）',
      ...column('10月12日，青石区在人才市场举办秋季招聘会，共有86家企业参会，提供就业岗位2300余个。'),
      '（记者 王一）',
      '西岭镇开展消防演练',
      '（通讯员 赵三）',
      ...column('为提高群众消防安全意识，西岭镇日前组织开展消防应急演练，200余名干部群众参加。'),
    ].join('\n');
    const parsed = parsePage('p.txt', `${page}\n`, {});
    expect(parsed.articles.map((a) => [a.headline, a.byline, a.reporters, a.correspondents, a.signature])).toEqual([
      ['青石区举办秋季招聘会', '记者 王一 通讯员 李二', ['王一'], ['李二'], '记者王一'],
      ['西岭镇开展消防演练', '通讯员 赵三', [], ['赵三'], null],
    ]);
    expect(parsed.unassigned).toEqual([]);
  });
  it("keeps a photo's credit under its caption with the caption, not as a signature or a stray line", () => {
    const body = [
      '青石区举办秋季招聘会',
      ...column(
        '本报讯（记者 王一）10月12日，青石区在人才市场举办秋季招聘会，共有86家企业参会，提供就业岗位2300余个。',
      ),
      '西岭镇开展消防演练',
      ...column('本报讯（通讯员 李二）为提高群众消防安全意识，西岭镇日前组织开展消防应急演练，200余名干部群众参加。'),
      '',
    ];
    for (const credit of ['本报记者 王一 摄', '（王一 摄）', '青石区融媒体中心供图']) {
      const parsed = parsePage(
        'p.txt',
        `${[...body, '图为招聘会现场，求职者在企业展位前咨询。', credit, ''].join('\n')}`,
        {},
      );
      expect(parsed.articles.flatMap((a) => a.captions.map((c) => c.text))).toEqual([
        `图为招聘会现场，求职者在企业展位前咨询。${credit.replace(/\s/gu, '')}`,
      ]);
      expect(parsed.articles.map((a) => a.signature)).toEqual([null, null]);
      expect(parsed.unassigned).toEqual([]);
    }
    // A sentence ending in 摄影, a word ending in 图: no credits.
    expect(['大家一起来摄影', '高清地图', '王一摄'].filter((t) => PHOTO_CREDIT.test(t))).toEqual([]);
  });
  it('takes a signature out of its parentheses', () => {
    expect(readSignature('（本通）')).toBe('本通');
  });
});

describe("head blocks and editors' notes", () => {
  const page = [
    '【基层动态】',
    '西岭镇开展志愿服务活动',
    ...column('本报讯（通讯员 李二）近日，西岭镇组织志愿者走进社区，开展环境整治志愿服务活动，清理卫生死角30余处。'),
    '',
    '聚焦高质量发展',
    '青石区重点项目建设跑出加速度',
    '——记青石区重点项目建设一线',
    ...column('编者按：今年以来，青石区坚持项目为王，全力推进重点项目建设。本报今起推出系列报道，敬请关注。'),
    ...column('本报讯（记者 王一）走进青石区重点项目建设现场，塔吊林立，机器轰鸣，处处是建设的繁忙景象。'),
    ...column('据介绍，今年青石区共谋划重点项目56个，总投资超过300亿元。'),
  ].join('\n');
  const articles = parsePage('p.txt', `${page}\n`, {}).articles;
  it("takes a column's label in brackets above a headline for its kicker", () => {
    expect([articles[0]!.kicker, articles[0]!.headline]).toEqual(['【基层动态】', '西岭镇开展志愿服务活动']);
  });
  it('splits a block of three lines at the 副题 that opens with a dash: 引题, headline, 副题', () => {
    expect([articles[1]!.kicker, articles[1]!.headline, articles[1]!.subhead]).toEqual([
      '聚焦高质量发展',
      '青石区重点项目建设跑出加速度',
      '——记青石区重点项目建设一线',
    ]);
  });
  it("keeps an editor's note with the report it introduces, the dateline read after it", () => {
    expect(articles).toHaveLength(2);
    const a = articles[1]!;
    expect([a.dateline, a.byline, a.reporters]).toEqual(['本报讯', '记者 王一', ['王一']]);
    expect(a.paragraphs.map((p) => p.slice(0, 6))).toEqual(['编者按：今年', '走进青石区重', '据介绍，今年']);
  });
});

describe("the page's date", () => {
  const page = (top: string, meta = {}) =>
    parsePage('p.txt', `${top}\n本报讯 （记者 王一） 2023年5月26日，区里召开会议。\n`, { meta });
  it('is the date its date line prints, not a guess', () => {
    const p = page('2023年6月2日 星期五 农历四月十五');
    expect(p.page).toMatchObject({ date: '2023-06-02', dateInferred: false });
    expect(p.warnings.map((w) => w.code)).not.toContain('date-inferred');
    expect(p.unassigned).toEqual([{ line: 1, text: '2023年6月2日星期五农历四月十五' }]);
  });
  it("is the date a strip of furniture prints, with the page number, the page's name and the editors in the same line", () => {
    for (const strip of [
      '2023年6月2日 星期五 第2版 责任编辑：李红 校对：王芳',
      '02 青石新闻 2023年6月2日',
      'A2版 2023年6月2日星期五 青石新闻',
    ]) {
      const p = page(strip);
      expect(p.page, strip).toMatchObject({ date: '2023-06-02', dateInferred: false });
      expect(p.unassigned.map((u) => u.line)).toEqual([1]);
    }
    // A headline that opens with a date, or a number and words, is no furniture.
    expect(readLines('2023年6月2日起施行新规\n12 万人次参加招聘会').map((l) => l.role)).toEqual(['text', 'text']);
  });
  it("is inferred from the text when the date line's weekday disagrees (a misread digit), or front matter gives one", () => {
    expect(page('2023年6月3日 星期五').page).toMatchObject({ date: '2023-06-03', dateInferred: true });
    expect(page('2023年6月2日 星期五', { date: '2023-06-09' }).page).toMatchObject({
      date: '2023-06-09',
      dateInferred: false,
    });
  });
});

describe('inferDate', () => {
  it('takes the latest date mentioned, with the year from the text', () => {
    expect(
      inferDate([
        { n: 1, text: '5月26日，召开2023年会议' },
        { n: 9, text: '6月4日，在小区' },
      ]),
    ).toEqual({ date: '2023-06-04', line: 9 });
  });
  it('gives nothing without a year', () => {
    expect(inferDate([{ n: 1, text: '6月4日，在小区' }])).toBeNull();
  });
});

describe('run-in heads', () => {
  it('finds parallel lead phrases, and leaves ordinary first sentences alone', () => {
    const paras = [
      '近日，区里召开会议，部署工作任务，要求各单位抓好落实。',
      '强化责任，凝聚合力。坚持以创建为引领。',
      '长效管理，巩固成效。每周开展验收。',
      '道阻且长，行则将至，行而不辍，未来可期。我们将继续努力。',
    ];
    expect(findRunInHeads(paras, [])).toEqual([null, '强化责任，凝聚合力。', '长效管理，巩固成效。', null]);
  });
  it('accepts a single lead phrase that a pull quote repeats', () => {
    expect(findRunInHeads(['政治引领聚民心。昆仑街道以创建为抓手。'], ['政治引领聚民心'])).toEqual([
      '政治引领聚民心。',
    ]);
    expect(findRunInHeads(['政治引领聚民心。昆仑街道以创建为抓手。'], [])).toEqual([null]);
  });
});

describe('kickers', () => {
  it('reads short unit names as office labels, not longer phrases that happen to end like one', () => {
    for (const label of ['西岭镇', '东湖办', '安泰社区', '青石区', '胡村乡'])
      expect(isKickerLike(label, new Set()), label).toBe(true);
    for (const phrase of ['多措并举打造宜居城区', '凝心聚力建设美丽乡村', '万亩果园迎来丰收季'])
      expect(isKickerLike(phrase, new Set()), phrase).toBe(false);
    expect(isKickerLike('记者一线探访困难家庭——', new Set())).toBe(true);
  });
});

describe('offices', () => {
  const gazetteer = createGazetteer(testOffices);
  it('takes the office from a kicker, through its aliases', () => {
    expect(findOffice('东湖街道', '正文', gazetteer)).toBe('东湖办');
  });
  it('prefers the member office the body names most over the zone', () => {
    expect(findOffice(null, '在青石区东湖街道，东湖办组织居民，青石区', gazetteer)).toBe('东湖办');
  });
  it('knows a name with a half-width mark in the full-width form the page text is read in', () => {
    const marked = createGazetteer([{ name: '南岭:二区', aliases: [] }]);
    expect(findOffice('南岭：二区', '正文', marked)).toBe('南岭:二区');
    expect(findOffice(null, '南岭：二区组织居民议事。', marked)).toBe('南岭:二区');
  });
  it('finds an office the gazetteer does not know by how its name is formed', () => {
    expect(findOffice(null, '红星镇组织开展活动，红星镇干部参加。', createGazetteer([]))).toBe('红星镇');
  });
});

describe('assignMax', () => {
  it('finds the one-to-one assignment with the highest total, not the greedy one', () => {
    expect(
      assignMax([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
    ).toEqual([1, 0]);
  });
  it('leaves rows unassigned below the floor', () => {
    expect(
      assignMax(
        [
          [0.1, 0.2],
          [0.9, 0.1],
        ],
        0.3,
      ),
    ).toEqual([-1, 0]);
  });
});

describe('headline units in a gathered block', () => {
  const match = (texts: string[], bodies: string[], before: (k: number) => number, apart = (_: number) => true) => {
    const heads = texts.map((text, k) => ({
      line: { n: k + 1, raw: text, text, width: text.length, role: 'text' as const, indented: false },
      blankBefore: true,
      apart: apart(k),
      before: before(k),
      group: before(k),
    }));
    return matchHeadlines(
      heads,
      bodies.map((body) => ({ body, offices: new Set<string>() })),
      new Set(),
      () => null,
    );
  };
  it('keeps a line set apart right above an article with the headline it took there, though it shares no word with the body', () => {
    const texts = ['老街菜场上新了', '这口鲜味等了一冬', '流动书车开进社区'];
    const bodies = [
      '老街菜场上新了螺蛳和河虾，摊主说今年的螺蛳个头大，每斤卖十五元，一早就被买走大半。',
      '区图书馆推出流动书车，每周两次开进社区和学校，借还图书都可以在车上完成。',
    ];
    const { byArticle, leftover } = match(texts, bodies, (k) => (k < 2 ? 0 : 1));
    expect(byArticle.map((u) => u?.lines.map((h) => h.line.text))).toEqual([texts.slice(0, 2), texts.slice(2)]);
    expect(leftover).toEqual([]);
    // A line that runs on into the body (no blank after it) is the body's first line, not the headline's.
    expect(
      match(
        texts,
        bodies,
        (k) => (k < 2 ? 0 : 1),
        (k) => k !== 1,
      ).leftover.map((l) => l.text),
    ).toEqual([texts[1]]);
  });

  it('reads four lines set apart for two articles as two units of two, not one of three and a lone line', () => {
    const texts = [
      '清明扫墓期间',
      '这些路段请绕行',
      '雷暴大风冰雹短时强降雨',
      '今天夜里到明天全省将出现大范围强对流天气',
    ];
    const heads = texts.map((text, k) => ({
      line: { n: k + 1, raw: text, text, width: text.length, role: 'text' as const, indented: false },
      blankBefore: true,
      apart: true,
      before: null,
      group: 0,
    }));
    const bodies = [
      '今年清明扫墓期间，市区部分墓区周边路段实行临时交通管理，外地车辆限行，公交增开专线，市民可提前查询出行信息。',
      '气象台发布预警：今天夜里起，全省将出现雷暴大风、冰雹和短时强降雨，请市民减少外出，注意防范。',
    ];
    const { byArticle } = matchHeadlines(
      heads,
      bodies.map((body) => ({ body, offices: new Set<string>() })),
      new Set(),
      () => null,
    );
    expect(byArticle.map((u) => u?.lines.map((h) => h.line.text))).toEqual([texts.slice(0, 2), texts.slice(2)]);
  });
});
