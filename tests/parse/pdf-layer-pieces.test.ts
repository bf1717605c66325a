/**
 * What a PDF text layer does to a page set by a newspaper system: the editors' line read mid-page, a dateline
 * set in bold apart from its credit, a number broken in a 副题 wider than the columns. Pages written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { wordAcross } from '../../src/parse/reading-chains.js';
import { parseKept as parse } from '../support/parse-kept.js';

/** A short report both pages below set next to the one under test. */
const libraryReport = [
  '镇上新开一家图书馆',
  '',
  '本报讯（记者 柳青）镇文化站的二楼',
  '改成了图书馆，藏书五千余册，每天开',
  '放到晚上八点，附近的学生放学后都来',
  '看书，周末还有志愿者来讲故事。',
];

describe("the page's editors' line read mid-page", () => {
  it('is the strip, never the start of the paragraph under it', () => {
    const page = parse([
      '河埠头修起亲水步道',
      '',
      '本报讯（记者 韩冬）沿河的老埠头修起了亲水步道，两岸',
      '种上了垂柳和桂花，傍晚来散步的居民越来越多。步道全长',
      '一千二百米，',
      '',
      '责任编辑：宁远 美术编辑：乔木 校对：方圆',
      '',
      '沿途设有四处休息平台，夜里还有灯光照明。',
      '',
      ...libraryReport,
    ]);
    const [walk, library] = page.articles;
    expect(walk!.paragraphs.join('')).toBe(
      '沿河的老埠头修起了亲水步道，两岸种上了垂柳和桂花，傍晚来散步的居民越来越多。步道全长一千二百米，沿途设有四处休息平台，夜里还有灯光照明。',
    );
    expect(library!.headline).toBe('镇上新开一家图书馆');
    expect(page.articles.flatMap((a) => a.paragraphs).join('')).not.toContain('编辑');
  });
});

describe('a dateline set apart from its credit', () => {
  it('opens one article with the credit and text under it, not an empty one', () => {
    const page = parse([
      '老街巷装上了路灯',
      '',
      '本报讯',
      '',
      '（记者 韩冬 通讯员 柳青）天黑以后，',
      '老街巷里不再黑灯瞎火，新装的六十盏',
      '路灯照亮了居民回家的路。',
      '',
      '山村小学有了塑胶跑道',
      '',
      '本报讯',
      '',
      '【记者 宁远】操场上新铺的塑胶跑道',
      '红绿相间，孩子们下课后都跑来玩。',
    ]);
    expect(page.articles).toHaveLength(2);
    const [lights, track] = page.articles;
    expect(lights!.headline).toBe('老街巷装上了路灯');
    expect(lights!.reporters).toEqual(['韩冬']);
    expect(lights!.correspondents).toEqual(['柳青']);
    expect(lights!.paragraphs[0]).toMatch(/^天黑以后/u);
    expect(track!.reporters).toEqual(['宁远']);
  });
});

describe('a number broken in a head line wider than the columns', () => {
  it('joins again: the 副题’s number stays whole', () => {
    const page = parse([
      ...libraryReport,
      '',
      '老街巷换了新模样',
      '城西街道改造 1',
      '2个小区惠及居民3',
      '4',
      '0',
      '0余户',
      '',
      '本报讯（记者 韩冬）外墙刷新了，管线入',
      '地了，楼道装上了声控灯，小区里还多',
      '了健身角和充电车棚，处处是新气象。',
    ]);
    expect(page.articles).toHaveLength(2);
    const a = page.articles[1]!;
    const block = [a.kicker, a.headline, a.subhead].filter(Boolean);
    expect(block.join('')).toBe('老街巷换了新模样城西街道改造12个小区惠及居民3400余户');
    expect(block.some((h) => h!.includes('居民3400余户'))).toBe(true);
  });
});

describe('a dateline right under a photo story’s credit', () => {
  it('opens a block of its own: moving the story’s rest home leaves the report where the page has it', () => {
    const page = parse([
      '2',
      '0',
      '2',
      '4',
      '年 9月 2',
      '4',
      '日',
      '',
      '海岛渔村的新日子',
      '本报记者 韩冬',
      '清晨五点，码头上已经热闹起来，渔民们',
      '把一筐筐海鲜搬上岸。全村四百多户人家，',
      '祖祖辈辈以捕捞为生，近几年年轻人',
      '',
      '船鸣笛起航。当天傍晚，首批归港的渔船满载而归，',
      '码头上一片忙碌，收购商早早守在岸边等货。（本报记者 柳',
      '青 摄）',
      '本报讯（记者 宁远）县里新建的冷链仓库昨天投入使用，',
      '可同时储存冷冻水产品五千吨。',
      '',
      '陆续回到村里，办起了民宿和养殖场。',
      '',
      '从捕鱼到养鱼',
      '如今，村里的养殖面积有三千多亩，去年',
      '产值突破了八千万元。',
      '',
      '开渔第一网',
      '9 月 1',
      '6 日，东海伏季休渔期结束，镇上渔港内百余艘渔',
      '',
    ]);
    const report = page.articles.findIndex((a) => a.reporters.includes('宁远'));
    const story = page.articles.findIndex((a) => a.headline === '开渔第一网');
    expect(report).toBeGreaterThanOrEqual(0);
    expect(report).toBeLessThan(story);
    expect(page.articles[story]!.paragraphs.join('')).toContain('百余艘渔船鸣笛起航');
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('年轻人从捕鱼到养鱼');
  });
});

describe('多 after a number', () => {
  it('is the number’s: it starts no word across a join (1400多 / 年货…), where a word’s 多 does (很多 / 年…)', () => {
    expect(wordAcross('全校1400多', '年货大集上')).toBe(0);
    expect(wordAcross('已经离家很多', '年没回来')).toBeGreaterThan(0);
  });
});
