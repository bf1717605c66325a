import { describe, expect, it } from 'vitest';
import { linesParser, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => setInColumn(text, width);
const parse = linesParser('continued.txt');

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

describe("the end of a column read right over the rest of another page's article", () => {
  it('is no headline of that rest: a clause and the start of another run on mid-sentence', () => {
    const page = parse([
      '老戏班的新观众',
      '',
      '本报讯（记者 林晓）青禾县越剧团成立于1984年，从最初',
      '只有十几个人的业余剧团，发展成为如今的专业院团。',
      '每年春节前后，是剧团最忙的时候。',
      '演员们带着戏箱走村串户，一天演两场是',
      '',
      '（上接第一版）据统计，今年全县新增市场主体两千余户，',
      '同比增长百分之十六，其中新登记企业七百四十户。',
    ]);
    const rest = page.articles.find((a) => a.continuedFrom !== null);
    expect(rest?.headline).toBeNull();
  });
});
