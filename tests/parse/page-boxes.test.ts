import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A front page prints boxes that are no article among its reports: a 导读 of other pages' headlines with their
// pages, an advert with a QR code, the paper's hotline. Written for this test.
const guide = (entries: string[]): string[] => [
  '青禾日报',
  '第2101期 2024年3月6日 星期三',
  '',
  '西岭镇新建三座冷链仓库',
  '',
  '本报讯（记者 李明）近日，西岭镇三座冷链仓库建成投用，可储存',
  '果蔬两千余吨，解决了农户鲜果集中上市时“卖难”的问题。',
  '',
  ...entries,
  '',
  '南湖公园完成提升改造',
  '',
  '本报讯（记者 周兰）历时半年，南湖公园提升改造工程日前完工，',
  '新增步道两公里、休息亭六座，市民游园更加方便。',
  '',
];

describe('boxes that are no article', () => {
  it('a 导读 box is furniture: its entries are no headline, the report under it keeps its own', () => {
    const parsed = parse(
      guide(['导读', '春耕备耕物资储备充足 2版', '老街改造先听居民意见 3版', '周末文化活动一览 7版']),
    );
    expect(parsed.articles.map((a) => a.headline)).toEqual(['西岭镇新建三座冷链仓库', '南湖公园完成提升改造']);
    expect(parsed.unassigned.map((u) => u.text)).toEqual(
      expect.arrayContaining(['导读', '春耕备耕物资储备充足2版', '老街改造先听居民意见3版']),
    );
  });

  it('so is one whose label OCR lost, its pages after a leader or in brackets', () => {
    const parsed = parse(guide(['春耕备耕物资储备充足……2版', '老街改造先听居民意见（第3版）']));
    expect(parsed.articles.map((a) => a.headline)).toEqual(['西岭镇新建三座冷链仓库', '南湖公园完成提升改造']);
  });

  it("an advert's QR line and the paper's hotline go to the page, not to the reports around them", () => {
    const parsed = parse(guide(['扫码关注 青禾日报', '新闻热线：0571-86011234']));
    expect(parsed.articles.map((a) => a.headline)).toEqual(['西岭镇新建三座冷链仓库', '南湖公园完成提升改造']);
    expect(parsed.articles[0]!.paragraphs.join('')).not.toContain('扫码');
    expect(parsed.unassigned.map((u) => u.text)).toEqual(expect.arrayContaining(['扫码关注青禾日报']));
  });

  it('a headline that tells of scanning a code heads its report: only a note that says what to scan for is a box', () => {
    const parsed = parse([
      ...guide(['扫一扫，了解更多']),
      '扫码就医更方便',
      '',
      '本报讯 市人民医院日前上线扫码挂号，患者就诊更省时。',
      '',
    ]);
    expect(parsed.articles.map((a) => a.headline)).toContain('扫码就医更方便');
    expect(parsed.unassigned.map((u) => u.text)).toEqual(expect.arrayContaining(['扫一扫，了解更多']));
  });

  it('a line of a report wrapped after 扫码 stays in its report', () => {
    const parsed = parse([
      ...guide([]),
      '夜市焕新引客来',
      '',
      '本报讯 老城夜市改造后重新开',
      '市，夜市实行“一摊一码”管理，顾客扫码',
      '即可查看摊主信息和商品价格，开市首',
      '周客流超过五万人次。',
      '',
    ]);
    const night = parsed.articles.find((a) => a.headline === '夜市焕新引客来');
    expect(night?.paragraphs.join('')).toContain('顾客扫码即可查看');
    expect(parsed.unassigned.map((u) => u.text).join('')).not.toContain('扫码');
  });

  it('a report’s line that opens on the scan, broken mid-sentence, stays in its report', () => {
    const parsed = parse([
      ...guide([]),
      '夜市焕新引客来',
      '',
      '本报讯 老城夜市改造后重新开市，',
      '夜市实行“一摊一码”管理，顾客',
      '扫码查看摊主信息和价格，开市首',
      '周客流超过五万人次。',
      '',
    ]);
    const night = parsed.articles.find((a) => a.headline === '夜市焕新引客来');
    expect(night?.paragraphs.join('')).toContain('顾客扫码查看摊主信息');
  });

  it('a headline telling of scanning heads its report', () => {
    const parsed = parse([
      ...guide([]),
      '老人不会扫码',
      '',
      '本报讯 社区志愿者走进老年活动中心，手把手教老人使用手机。',
      '',
    ]);
    expect(parsed.articles.map((a) => a.headline)).toContain('老人不会扫码');
  });

  it('running text that ends on a page number stays text', () => {
    const parsed = parse(guide(['该书今年已修订至第 3 版', '，销量超过十万册。']));
    expect(parsed.unassigned.map((u) => u.text).join('')).not.toContain('修订');
  });
});
