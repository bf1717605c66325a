import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Pages written for these tests, as tesseract reads them in a page-wide mode: large type (a headline, a
// label in reverse) comes out as scraps far apart, on one line with the line of text standing level with it.

describe('specks read before a line of text', () => {
  it("go apart from a story's first line, which opens with its dateline and credit", () => {
    const page = parse([
      '东湖村修通环村公路',
      '',
      '|     中                   7                   本报讯（记者 王一）日前，东湖村环村公路建成',
      '通车，全长六公里，沿线五个自然村的村民出行更方便了。',
      '',
    ]);
    const [story] = page.articles;
    expect(story!.headline).toBe('东湖村修通环村公路');
    expect(story!.dateline).toBe('本报讯');
    expect(story!.reporters).toEqual(['王一']);
    expect(story!.paragraphs).toEqual(['日前，东湖村环村公路建成通车，全长六公里，沿线五个自然村的村民出行更方便了。']);
  });

  it("go apart from a column's line, which goes on in its paragraph", () => {
    const page = parse([
      '西岭村办起农家书屋',
      '',
      '本报讯 西岭村的农家书屋日前开门，村民可以',
      '田/       一         引引              日 和                  免费借阅各类图书，农业技术类图书最',
      '受村民欢迎。',
      '',
    ]);
    const [story] = page.articles;
    expect(story!.paragraphs).toEqual([
      '西岭村的农家书屋日前开门，村民可以免费借阅各类图书，农业技术类图书最受村民欢迎。',
    ]);
    expect(page.unassigned.map((u) => u.text).join('')).toContain('引引');
  });

  it('leave a header strip and a headline after scraps to the passes that read them', () => {
    const page = parse([
      'A04     城 区     2025年12月19日 星期五',
      '',
      '东湖村修通环村公路',
      '',
      '本报讯 东湖村环村公路日前建成通车，全长六公里，沿线五个自然村的村民出行更方便了。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['东湖村修通环村公路']);
  });
});
