import { describe, expect, it } from 'vitest';
import { SIGNED_BRIEFS_REPORT } from '../support/briefs-report.js';
import { parseKept as parse } from '../support/parse-kept.js';
import { isKickerLike } from '../../src/parse/article-breaks.js';

// Where one article ends and the next begins, on pages as text exports give them. Written for these tests.

/** A report credited at its head: its first paragraph, then a blank line. */
const harvestReport = [
  '梨园乡秋收进入高峰',
  '',
  '本报讯（记者 韩露 通讯员 齐远）连日',
  '来，梨园乡三万亩水稻进入收割高峰，全',
  '乡调集收割机一百二十台，抢抓晴好天气',
  '收割晾晒。',
  '',
];

describe('a signed photo story of two paragraphs set under a report credited at its head, on the same subject', () => {
  it('is an article of its own, not an in-body subhead of the report', () => {
    const page = parse([
      ...harvestReport,
      '乡农业站站长介绍，今年全乡水稻长势',
      '好于往年，预计亩产可达六百公斤，烘干',
      '中心日夜运转，确保颗粒归仓。',
      '',
      '稻田里的丰收',
      '',
      '九月二十日，梨园乡的农民在田里收割水稻。',
      '',
      '收割机来回穿梭，稻田里一派丰收景象。',
      '',
      '（韦晴）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature, a.reporters])).toEqual([
      ['梨园乡秋收进入高峰', null, ['韩露']],
      ['稻田里的丰收', '韦晴', []],
    ]);
    // (Its text runs to two paragraphs, the first a finished sentence: the break is at its headline.)
    expect(page.articles[1]!.paragraphs).toHaveLength(2);
  });

  it('stays a subhead when the text after it closes without a signature', () => {
    const page = parse([
      ...harvestReport,
      '烘干中心日夜忙',
      '',
      '乡农业站站长介绍，今年全乡水稻长势',
      '好于往年，预计亩产可达六百公斤，烘干',
      '中心日夜运转，确保颗粒归仓。',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.subheads).toEqual(['烘干中心日夜忙']);
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

describe('a column of signed briefs without headlines under a report', () => {
  it("reads a brief's first line with no punctuation, set to the measure right above its text, as that line", () => {
    const page = parse([
      ...SIGNED_BRIEFS_REPORT,
      '柳溪乡近日组织六十名学生走进农业科技园区，',
      '参观学习现代农业技术。（陈默）',
      '',
      '石桥村新建的村级文化广场本月正式向村民开放',
      '广场面积三千平方米，配有健身器材和篮球场，',
      '方便村民锻炼身体。（宋远 韩青）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature])).toEqual([
      ['桃源镇开展冬季送温暖活动', null],
      [null, '陈默'],
      [null, '宋远 韩青'],
    ]);
    expect(page.articles[2]!.paragraphs[0]).toMatch(/^石桥村新建的村级文化广场本月正式向村民开放广场面积/u);
  });
});

describe('a lone line over short paragraphs', () => {
  it('reads enough text after it to see the subject go on, however short the paragraphs under it are', () => {
    const column = (text: string): string[] => text.match(/.{1,18}/gu)!;
    const page = parse([
      '北山乡春茶开采',
      '',
      ...column(
        '清明前后，北山乡万亩茶园迎来春茶开采，茶农们天不亮就上山采摘明前茶，茶叶加工厂里的杀青机、揉捻机日夜运转，空气里满是茶香。',
      ),
      '',
      '好天气带来好收成',
      '',
      '“今年雨水足，芽头壮。”',
      '老周笑着说。',
      '他家有八亩地。',
      ...column(
        '今年北山乡茶园春茶产量预计增加两成，明前茶每斤卖到六百元，茶农人均增收三千元，茶叶加工厂还新招了二十名工人。',
      ),
    ]);
    expect(page.articles.map((a) => [a.headline, a.subheads])).toEqual([['北山乡春茶开采', ['好天气带来好收成']]]);
  });
});
