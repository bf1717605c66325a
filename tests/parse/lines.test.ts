import { describe, expect, it } from 'vitest';
import { splitDateline } from '../../src/parse/byline.js';
import { readLines } from '../../src/parse/lines.js';

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
    // A paper's short name for itself (晚报讯, 快报讯); not 日报 at the head of a wrapped line of text.
    expect(roles('晚报讯（记者 王一）近日，\n快报讯 近日，\n日报记者电话采访了')).toEqual([
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
    // A byline under the mark a paper sets before it (■, ◆) is a byline, not a pull quote.
    expect(roles('■本报记者 王一\n◆记者 李二 通讯员 张三\n■老街换新颜')).toEqual(['byline', 'byline', 'pullquote']);
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
  it("knows the page's date line and page number at its top or foot, and only there; its editors' line anywhere", () => {
    const furniture = ['2023年6月2日 星期五', '第 2 版', '责任编辑：李红 校对：王芳', '责编：王一、李二 美编：赵三'];
    const body = Array.from({ length: 6 }, () => '正文一行，接着往下写');
    expect(roles([...furniture, ...body, ...furniture].join('\n'))).toEqual([
      ...furniture.map(() => 'folio'),
      ...body.map(() => 'text'),
      ...furniture.map(() => 'folio'),
    ]);
    // Mid-page, a date or a page number may be a report's; two editors' roles with their names on one line are
    // only ever the strip's, read where a column ends (editors-line.ts).
    const mid = roles([...body, ...furniture, ...body].join('\n')).slice(body.length, body.length + furniture.length);
    expect(mid.slice(0, 2)).not.toContain('folio');
    expect(mid.slice(2)).toEqual(['folio', 'folio']);
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
    expect(roles('据《人民日报》\n据省农业科学院近日发布的《\n据“学习强国”')).toEqual([
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
