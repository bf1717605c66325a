import { describe, expect, it } from 'vitest';
import { parseKept as parse, unassignedText as unassigned } from '../support/parse-kept.js';
import { garden } from '../support/made-up-reports.js';

// The boxes a printed page carries besides its articles (an index of the issue, a weather box, a QR code's
// note, an advertisement, column labels over stories), as OCR and PDF exports give them. Written for these tests.

const heads = (page: ReturnType<typeof parse>): (string | null)[][] =>
  page.articles.map((a) => [a.kicker, a.headline, a.subhead]);

const harbour = [
  '渔港码头完成升级改造',
  '',
  '本报讯（记者 邵阳）3月1日，东湾渔港码头升级改造',
  '工程通过验收，新增泊位十二个，冷链仓储能力提高一倍。',
  '',
];

describe("an index of the issue's pages and a weather box", () => {
  it('are the page’s, an arrow OCR read as 一 and a degree sign as "C', () => {
    const page = parse([
      '南湖日报',
      '',
      '2024年3月5日 星期二',
      '',
      '导读',
      '',
      '老街改造下月完工一 第2版',
      '春耕备耕正当时 → 第3版',
      '',
      '今日天气',
      '多云转晴',
      '8"C~17"C',
      '东北风3级',
      '',
      ...garden,
    ]);
    expect(heads(page)).toEqual([[null, '南湖村建起共享菜园', null]]);
    for (const part of ['导读', '第2版', '多云转晴', '东北风3级']) expect(unassigned(page)).toContain(part);
  });
});

describe("a QR code's note and an advertisement between stories", () => {
  it('are the page’s, never a headline or a kicker, when a text layer runs them into the next head', () => {
    const page = parse([
      ...garden,
      '广告',
      '南湖家电城',
      '春季焕新 以旧换新',
      '订购热线：0571-86551234',
      '',
      '扫码关注',
      '“南湖发布”',
      '获取更多资讯',
      ...harbour,
    ]);
    expect(heads(page)).toEqual([
      [null, '南湖村建起共享菜园', null],
      [null, '渔港码头完成升级改造', null],
    ]);
    for (const part of ['扫码关注', '订购热线', '广告']) expect(unassigned(page)).toContain(part);
  });
});

describe('column labels over a story', () => {
  it('in marks, or with their Latin name on the line or under it, are never glued to the headline', () => {
    for (const label of [
      ['民生关注  MINSHENG GUANZHU'],
      ['◆一线传真◆'],
      ['【基层动态】'],
      ['民生关注', 'MINSHENG GUANZHU'],
    ]) {
      const page = parse([...garden, ...label, ...harbour]);
      expect(heads(page)).toEqual([
        [null, '南湖村建起共享菜园', null],
        [null, '渔港码头完成升级改造', null],
      ]);
      expect(unassigned(page)).toContain(label[0]!.replace(/\s+/gu, '').slice(0, 4).replace('◆', ''));
    }
  });
});

describe('an advertisement whose label OCR lost, and a QR note OCR read with its squares', () => {
  it('are the page’s, never a head over the story under them', () => {
    const page = parse([
      ...garden,
      '人 | 一一 |]',
      '南湖家电城',
      '春季焕新 以旧换新',
      '订购热线: 0571-86551234',
      '',
      '本 醒  扫码关注',
      '国 南湖发布',
      '国 1         获取更多资讯',
      ...harbour,
    ]);
    expect(heads(page)).toEqual([
      [null, '南湖村建起共享菜园', null],
      [null, '渔港码头完成升级改造', null],
    ]);
    for (const part of ['南湖家电城', '南湖发布', '获取更多资讯']) expect(unassigned(page)).toContain(part);
  });
});
