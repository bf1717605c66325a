import { describe, expect, it } from 'vitest';
import { parseKept as parse, unassignedText as unassigned } from '../support/parse-kept.js';
import { garden } from '../support/made-up-reports.js';

// A paper's name in Chinese only, set large over or beside the strip, with the lines its masthead box prints:
// the publisher (…主办, …出版, 主管主办：…), the numbers (第N期, 总第N期), the serial numbers (国内统一
// 刊号 CN…, 邮发代号…), the lunar date, as OCR and PDF exports give them. Written for these tests.

describe("a masthead box's publisher and issue lines", () => {
  it('are the page’s, read on one line with other parts or alone, an OCR speck after them', () => {
    const page = parse([
      '南湖日报',
      '',
      '中共南湖县委主办 ”南湖日报社出版',
      '国内统一刊号：CN33-0187   邮发代号 31-62',
      '',
      '第4512期',
      '',
      '口',
      '',
      '2024年3月5日 星期二 农历正月廿五',
      '',
      ...garden,
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([[null, '南湖村建起共享菜园', null]]);
    for (const part of ['南湖县委主办', '第4512期', '邮发代号']) expect(unassigned(page)).toContain(part);
  });
  it('with the publisher named after a colon, or a media centre publishing, on the strip’s lines', () => {
    for (const top of [
      ['A6 城事·民生 第2318期 2024年3月5日 星期二', '主管主办：南湖日报社 责编 程远 美编 陆青', ''],
      ['南湖县融媒体中心主办 第512期 2024年3月8日 星期五', '本版编辑：程远 校对：宋雨', ''],
    ]) {
      const page = parse([...top, ...garden]);
      expect(page.articles.map((a) => a.headline)).toEqual(['南湖村建起共享菜园']);
      expect(unassigned(page)).toMatch(/主办/u);
    }
  });
});

describe('the strip’s lines an export set mid-page', () => {
  it('stay the page’s, never a headline or an article’s text', () => {
    const page = parse([
      '第7版',
      '',
      '体育',
      '',
      '本报讯 东湖游泳馆4月起延长开放时间，工作日晚上开放',
      '至22时，学生凭学生证购票可享半价优惠。（岳文）',
      '',
      '星期二',
      '',
      '南湖日报',
      '',
      '编辑：祁峰 校对：韦丽 电话：0571-6655221',
      '',
      '南湖队主场逆转取胜',
      '',
      '本报讯（记者 冉冬阳）4月7日晚，全省城市足球联赛第五轮',
      '在南湖体育中心进行，南湖队主场以2比1战胜白沙队。',
      '',
      '第4版',
      '',
      ...garden,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([null, '南湖队主场逆转取胜', '南湖村建起共享菜园']);
    expect(page.articles.map((a) => a.paragraphs.join('')).join('')).not.toMatch(/星期|编辑|第4版/u);
    for (const part of ['星期二', '编辑：祁峰', '第4版']) expect(unassigned(page)).toContain(part);
  });
});

describe("a paper's name an export set letter by letter, one character a line", () => {
  it('is the page’s, with the section’s name and the page number under it, never a headline', () => {
    const page = parse([
      '本报讯（记者 周青）日前，南湖镇组织消防安全检查，',
      '排查隐患十二处，已全部整改到位。',
      '',
      '南',
      '湖',
      '日',
      '報',
      '要闻',
      '第3版',
      '',
      ...garden,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([null, '南湖村建起共享菜园']);
    expect(unassigned(page)).toMatch(/南\|湖\|日\|報\|要闻\|第3版/u);
  });
});
