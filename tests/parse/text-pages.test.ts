import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Text pages: the printed lines in reading order, a blank line between blocks, as a layout-aware export or an
// annotated scan gives them. Pages written for these tests (made-up places and people).

const report = [
  '河湾村建起共享菜园',
  '',
  '本报讯（记者 林红）近日，河湾村把村口闲置',
  '的三亩荒地改成共享菜园，分给四十户村民认领耕',
  '种，菜园里种上了青菜、萝卜和豌豆。',
  '',
];

describe('a text page’s header', () => {
  it('is furniture when the paper’s name reads like a section’s, beside its Latin line, over the section', () => {
    const page = parse(
      [
        '梅川新闻',
        '',
        'MEICHUAN XINWEN',
        '',
        '第1版',
        '',
        '要闻',
        '',
        '2024年3月5日',
        '',
        '星期二',
        '',
        '农历正月廿五',
        '',
        ...report,
      ].join('\n'),
    );
    expect(page.articles.map((a) => a.headline)).toEqual(['河湾村建起共享菜园']);
    expect(page.unassigned.map((u) => u.text)).toEqual(expect.arrayContaining(['要闻', '星期二']));
  });
});

describe('a section’s name at a text page’s top', () => {
  it('is furniture, not the first headline nor its kicker: a word pages are named by, or two characters', () => {
    for (const top of [['本地'], ['热点'], ['今日关注'], ['城市 · 新闻'], ['新闻 NEWS'], ['城市', '', 'CITY NEWS']]) {
      const page = parse([...top, '', ...report].join('\n'));
      expect(
        page.articles.map((a) => [a.kicker, a.headline]),
        top.join('/'),
      ).toEqual([[null, '河湾村建起共享菜园']]);
    }
  });
  it('is furniture under the page’s number and date too', () => {
    const page = parse(['A5', '', '2024年3月5日 星期二', '', '热点', '', ...report].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['河湾村建起共享菜园']);
    expect(page.unassigned.map((u) => u.text)).toContain('热点');
  });
  it('but a short headline right over its text is the headline', () => {
    const page = parse(['春耕', '', ...report.slice(2)].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['春耕']);
  });
});

describe('a text page’s credits', () => {
  it('name a 特约通讯员 as a correspondent, never 特约 as a reporter', () => {
    const page = parse(
      [
        '河湾村建起共享菜园',
        '',
        '本报讯（记者 林红 特约通讯员 孟秋）近日，河湾',
        '村把村口闲置的三亩荒地改成共享菜园，分给四十',
        '户村民认领耕种。',
      ].join('\n'),
    );
    expect(page.articles[0]).toMatchObject({ reporters: ['林红'], correspondents: ['孟秋'] });
  });
});

describe('a text page’s briefs marked ▲', () => {
  it('are briefs under their heads when a blank line sets the head apart, whatever word the head holds', () => {
    const page = parse(
      [
        '社区动态',
        '',
        '▲南街社区图书室延长开放时间',
        '',
        '南街社区图书室即日起每天开放到晚上8点，居民',
        '凭借书证可免费借阅。（记者 林红）',
        '',
        '▲河湾公园增设健身步道',
        '',
        '河湾公园新铺设健身步道2公里，沿途增设休息座',
        '',
        '椅30组。（记者 孟秋）',
      ].join('\n'),
    );
    expect(page.articles.map((a) => a.headline)).toEqual(['南街社区图书室延长开放时间', '河湾公园增设健身步道']);
    expect(page.articles.flatMap((a) => a.captions)).toEqual([]);
  });
});

describe('a text page’s photo', () => {
  it('keeps its two-line caption whole, the headline above it a blank line away', () => {
    const page = parse(
      [
        '河湾村早稻开镰',
        '',
        '河湾村的农机手驾驶',
        '收割机抢收早稻。',
        '',
        '孟秋/摄',
        '',
        '本报讯（记者 林红）连日来，河湾村',
        '三千亩早稻陆续进入收割期，村里组织',
        '农机手抢抓晴好天气收割。',
      ].join('\n'),
    );
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.headline).toBe('河湾村早稻开镰');
    expect(page.articles[0]!.captions.map((c) => c.text.replace(/\s/gu, ''))).toEqual([
      '河湾村的农机手驾驶收割机抢收早稻。孟秋/摄',
    ]);
  });
});
