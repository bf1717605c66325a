import { describe, expect, it } from 'vitest';
import { parseKept as parse, unassignedText as unassigned } from '../support/parse-kept.js';
import { gardenLong } from '../support/made-up-reports.js';

// Header strips as OCR and e-paper exports give them, each over one made-up article: the strip's lines go
// to the page (unassigned), never into the article's headline or text. Written for these tests.

const check = (top: string[], parts: string[]): void => {
  const page = parse([...top, ...gardenLong].join('\n'));
  expect(page.articles.map((a) => a.headline)).toEqual(['南湖村建起共享菜园']);
  expect(page.articles[0]!.paragraphs.join('')).not.toMatch(/编辑|星期|版/);
  for (const part of parts) expect(unassigned(page)).toContain(part);
};

describe('a header strip', () => {
  it('with credits set as role/name or role and name without a colon', () => {
    check(
      ['A3', '', '城乡新闻', '', '2024.3.5 星期二', '', '编辑/韩冬 美编/苏青 校对/林红 电话: 0571-86001234', ''],
      ['编辑/韩冬', '电话'],
    );
    check(['2024年3月5日 星期二', '', '南湖晚报', '', '责编周明 / 美编 吴青/ 校对何雨', ''], ['责编周明']);
  });
  it('with the date in Chinese numerals, its 〇 misread, and the middle dot of the section read as a full stop', () => {
    check(
      ['二@〇二四年三月五日 星期二', '', '乡村.振兴', '', '编辑: 韩冬 校对: 林红', ''],
      ['二@〇二四年', '乡村.振兴'],
    );
  });
  it("with the paper's name misread beyond recognition between strip lines, and a colon read as a semicolon", () => {
    check(
      ['本版编辑: 韩冬 校对:; 林红 电话: 〈0571) 86001234', '', '厅湖日必', '', '第3版', '', '2024年3月5日 星期二', ''],
      ['厅湖日必', '本版编辑'],
    );
    check(
      ['3 城乡新闻', '', '2024.3.5 星期二', '', '责任编辑: 周明 /版式设计; 吴青 /文字校对: 何雨', ''],
      ['版式设计'],
    );
  });
  it('garbled by OCR past reading its parts (a digit dropped, the year misread), told by its weekday and editors', () => {
    check(['第版“城乡。新闻 z024年3月5 。 星期二 。 责任编辑: 韩冬校对; 林红          今日南湖', ''], ['星期二']);
  });
  it("with a bracket OCR made of the page number's box, a section's name set large under it", () => {
    check(['B2 『   2024年3月5日 星期二', '', '健康与生活', ''], ['2024年3月5日', '健康与生活']);
  });
  it('broken by a PDF export into pieces of dates, numbers and addresses', () => {
    check(
      [
        '本版编辑：韩冬 校对：林红 电话：（057',
        '1） 86001234',
        'E-mail:nanhu_news@ 126',
        '.com 版式制作：吴青 2024年',
        '3月',
        '5日 星期二',
        '',
      ],
      ['86001234', '.com', '5日星期二'],
    );
  });
  it('with the page number run into the year by a PDF export (32024 年 3 for page 3, 2024)', () => {
    check(
      ['32024 年 3 城乡新闻', '月 5', '日 星期二 编辑：韩冬 校对：林红', '', '南湖日报', ''],
      ['32024', '南湖日报'],
    );
  });
  it("with a masthead's Latin line OCR misread (a capital as a digit), the issue's number and its count of pages", () => {
    check(
      ['8ANHE RIBAO', '南湖日报', '第6218期 今日4版', '国内统一连续出版物号CN41-0032', '', 'A042024年3月5日星期二', ''],
      ['第6218期', 'CN41', 'A042024'],
    );
    const page = parse(['NANHU RIBAO  南湖日报', '总第9876期', '本期8版', '', ...gardenLong].join('\n'));
    expect(page.articles.map((a) => a.headline)).toEqual(['南湖村建起共享菜园']);
    expect([page.page.nameLatin, page.page.name]).toEqual(['NANHU RIBAO', '南湖日报']);
  });
  it("with the lunar date set by its year's cyclic name, no 农历 before it, and the count of pages on lines apart", () => {
    check(
      ['南湖日报', '', '2024年3月5日', '', '星期二', '', '甲辰年正月廿五', '', '第6218期', '', '今日8版', ''],
      ['甲辰年正月廿五'],
    );
    check(['2024年2月17日 星期六', '', '癸卯年闰二月初八', ''], ['癸卯年闰二月初八']);
  });
  it("with the paper's Han name set under the strip an export read between it and its Latin line", () => {
    check(['N E W N A N H U', '', '3 城乡新闻 2024.3.5 星期二 编辑：韩冬', '', '新南湖', ''], ['新南湖']);
  });
  it("with the section's name set large under it (乡村振兴, 生态), over a kicker and its headline", () => {
    for (const section of ['乡村振兴', '生态']) {
      const page = parse(
        ['3', '', '2024年3月5日 星期二', '', section, '', '“共享菜园”火了', '', ...gardenLong].join('\n'),
      );
      // (The head block as a whole: kicker and headline, whichever way they are told apart.)
      expect(page.articles.map((a) => [a.kicker, a.headline, a.subhead].join(''))).toEqual([
        '“共享菜园”火了南湖村建起共享菜园',
      ]);
      expect(unassigned(page)).toContain(section);
    }
  });
  it('leaves a short line over the first headline alone when no strip line follows it', () => {
    const page = parse(['第3版', '', '2024年3月5日 星期二', '', '菜园新事', ...gardenLong].join('\n'));
    expect(unassigned(page)).not.toContain('菜园新事');
  });
});

describe("the paper's name set alone mid-page (its masthead plate, read there by an export)", () => {
  it('is furniture, never a headline', () => {
    const page = parse(
      [
        '本报讯（记者 林红）近日，南湖村把村口闲置的三亩荒地',
        '改成共享菜园，分给四十户村民认领耕种，',
        '',
        '南湖晚报',
        '',
        '老人险被骗走积蓄',
        '',
        '本报讯（记者 周青）日前，一位老人接到冒充客服的电话，',
        '险些被骗走积蓄，银行职员及时发现并报警。',
      ].join('\n'),
    );
    expect(page.articles.map((a) => a.headline)).toEqual([null, '老人险被骗走积蓄']);
    expect(unassigned(page)).toContain('南湖晚报');
  });
});

describe("a column's own name over its briefs", () => {
  it("is the page's (镇村快讯 as 简讯 is), not the first brief's headline", () => {
    const page = parse(
      ['镇村快讯', '', '南湖镇日前举办第三届村歌大赛，十八支', '村队登台演唱，吸引观众两千多人。（林红）', ''].join(
        '\n',
      ),
    );
    expect(page.articles.map((a) => [a.headline, a.signature])).toEqual([[null, '林红']]);
    expect(unassigned(page)).toContain('镇村快讯');
  });
});
