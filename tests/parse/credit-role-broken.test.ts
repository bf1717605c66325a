import { describe, expect, it } from 'vitest';
import { linesParser } from '../support/page-lines.js';

const parse = linesParser('credit-role-broken.txt');
const credits = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => ({ headline: a.headline, reporters: a.reporters, correspondents: a.correspondents }));

describe('a credit a column’s measure broke inside its title', () => {
  it('reads a brief’s closing credit broken after 记 (…开放。（记 / 者王一）)', () => {
    const page = parse([
      '湖心公园荷花进入盛花期',
      '湖心公园十余个品种的荷花近日进入盛花期，预计花期持',
      '续到八月，公园每天早上六点开放。（记',
      '者林晓阳）',
      '',
      '城北水厂检修部分片区降压供水',
      '因设备检修，本周五夜间城北片区将降压供水，请居民提前',
      '做好储水准备。（记者 赵雪）',
    ]);
    expect(credits(page)).toEqual([
      { headline: '湖心公园荷花进入盛花期', reporters: ['林晓阳'], correspondents: [] },
      { headline: '城北水厂检修部分片区降压供水', reporters: ['赵雪'], correspondents: [] },
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('者林晓阳');
  });
});
