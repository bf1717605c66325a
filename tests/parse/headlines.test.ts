import { describe, expect, it } from 'vitest';
import { matchHeadlines } from '../../src/parse/headlines.js';
import { parsePage } from '../../src/parse/page.js';
import { column } from '../support/layout.js';

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
  it("gives a column's label in brackets at the page's top to the page, not to the headline under it", () => {
    expect([articles[0]!.kicker, articles[0]!.headline]).toEqual([null, '西岭镇开展志愿服务活动']);
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
      '明天夜间起全省多地将出现大范围强对流过程',
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
      '气象台发布预警：明天夜间起，全省多地将出现雷暴大风、冰雹和短时强降雨，请市民减少外出，注意防范。',
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

describe('many headlines gathered over many texts', () => {
  it('gives each gathered headline the text that shares its words, the texts sharing common words with all heads', () => {
    const places = '山河湖海林田桥港城镇乡村园区县市省江岭峰溪泉石金银铜铁茶竹梅兰菊桃李杏稻麦豆瓜果鱼虾';
    const n = 40;
    const own = (k: number): string => `${places[k]}${places[(k * 7 + 3) % places.length]}社区`;
    const texts = Array.from({ length: n }, (_, k) => `${own((k * 13) % n)}开展志愿服务活动`);
    const heads = texts.map((text, k) => ({
      line: { n: k + 1, raw: text, text, width: text.length, role: 'text' as const, indented: false },
      blankBefore: true,
      apart: true,
      before: null,
      group: k,
    }));
    const bodies = Array.from({ length: n }, (_, t) => `本报讯 近日，${own(t)}组织志愿者开展服务活动，居民纷纷参与。`);
    const { byArticle } = matchHeadlines(
      heads,
      bodies.map((body) => ({ body, offices: new Set<string>() })),
      new Set(),
      () => null,
    );
    expect(byArticle.map((u) => u?.headline)).toEqual(bodies.map((_, t) => `${own(t)}开展志愿服务活动`));
  });
});
