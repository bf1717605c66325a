import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;
const parse = (lines: string[]) => parsePage('continued.txt', `${lines.join('\n')}\n`);

describe('an article that goes on on another page', () => {
  const page = parse([
    '区安委会部署冬季防火',
    '',
    ...column('本报讯（记者 王一）昨日，区安全生产委员会召开全体成员会议，部署冬春火灾防控工作。'),
    ...column('会议要求，各街道、乡镇和重点行业开展为期四个月的消防安全大排查大整治。'),
    '〈下转第三版)',
    '',
    '老街夜市重开张',
    '',
    ...column('本报讯（记者 李二）华灯初上，城南老街热闹起来，一百二十个摊位沿街排开。'),
  ]);
  it('says which page, and keeps the jump line out of its text', () => {
    expect(page.articles.map((a) => [a.headline, a.continuedTo])).toEqual([
      ['区安委会部署冬季防火', '第三版'],
      ['老街夜市重开张', null],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toMatch(/下转/u);
    expect(page.articles[0]!.paragraphs.at(-1)).toMatch(/大排查大整治。$/u);
  });
  it('keeps the jump line with the page furniture, nothing lost', () => {
    expect(page.unassigned.map((u) => u.text)).toContain('〈下转第三版）');
    expect(page.warnings.filter((w) => w.code === 'conservation')).toEqual([]);
  });
});
