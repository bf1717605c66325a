import { describe, expect, it } from 'vitest';
import { readCredits, readSignature, splitDateline } from '../../src/parse/byline.js';
import { PHOTO_CREDIT } from '../../src/parse/photo-credit.js';
import { parsePage } from '../../src/parse/page.js';
import { column } from '../support/layout.js';

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
  it("reads a credit naming the paper's correspondents alone (本报通讯员 …) as a byline, not a dateline", () => {
    const page = [
      '青石区举办秋季招聘会',
      '本报通讯员 王一 李二',
      ...column('10月12日，青石区在人才市场举办秋季招聘会，共有86家企业参会，提供就业岗位2300余个。'),
    ].join('\n');
    const [article] = parsePage('p.txt', `${page}\n`, {}).articles;
    expect([article!.dateline, article!.byline, article!.correspondents]).toEqual([
      null,
      '本报通讯员 王一 李二',
      ['王一', '李二'],
    ]);
    expect(article!.paragraphs[0]).toMatch(/^10月12日/u);
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
