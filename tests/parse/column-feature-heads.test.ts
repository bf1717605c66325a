import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A feature set in three columns, its byline over the first and a subhead over each of the others, as tesseract
// reads it in a page-wide mode (--psm 4): the byline and the subheads on one line, then the columns side by
// side; tesseract set the blanks between the heads as wide runs of spaces, which say little of where the columns
// start. Written for this test.
const feature = [
  '石桥镇的老茶人',
  '',
  `本报记者 王一${' '.repeat(30)}守着祖传的手艺${' '.repeat(30)}把茶卖到山外去`,
  '',
  '清晨五点，石桥镇茶山上已经    陈老汉今年六十八岁，十六岁    如今，合作社的茶叶注册了商',
  '有人在采茶。老茶人陈老汉背着  起跟着父亲学做茶，炒青、揉捻  标，还在网上开了店，去年卖出',
  '竹篓，一边采一边哼着山歌。    全凭一双手，一做就是五十年。  两万多斤，带动六十户茶农增收。',
  '',
];

describe("a feature's byline and subheads read on one line over its columns", () => {
  it('put the byline over the first column and each subhead over its own column', () => {
    const page = parse(feature);
    expect(page.articles).toHaveLength(1);
    const story = page.articles[0]!;
    expect(story.headline).toBe('石桥镇的老茶人');
    expect(story.reporters).toEqual(['王一']);
    expect(story.subheads).toEqual(['守着祖传的手艺', '把茶卖到山外去']);
    const body = story.paragraphs.join('|');
    expect(body).toContain('老茶人陈老汉背着竹篓，一边采一边哼着山歌。|守着祖传的手艺|陈老汉今年六十八岁');
    expect(body).toContain('一做就是五十年。|把茶卖到山外去|如今，合作社的茶叶注册了商标');
  });

  it("leave a band's first line whole when beside its credit stands a column's line of text", () => {
    // The second column's first line has no mark in it, but it is as wide as the column: no subhead.
    const page = parse([
      '石桥镇的老茶人',
      '',
      '本报记者 王一                  陈老汉今年六十八岁十六岁起跟',
      '清晨五点，石桥镇茶山上已经    着父亲学做茶，炒青、揉捻全凭',
      '有人在采茶。老茶人陈老汉背着  一双手，一做就是五十年。',
      '竹篓，一边采一边哼着山歌。    如今，合作社的茶叶注册了商标。',
      '',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.subheads).toEqual([]);
    expect(page.articles[0]!.paragraphs.join('')).toContain('六十八岁十六岁起跟着父亲学做茶');
  });
});
