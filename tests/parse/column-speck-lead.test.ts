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

  it('are never words a single space apart: a phrase of Latin words or 口 opening a line stays in its text', () => {
    const page = parse([
      '新款手机昨日上市',
      '',
      '本报讯 某公司昨日在京发布今年的新款手机，首批备货五万台，上市当天即告售罄。与',
      '和 iPhone 16 Pro   相比，新机在续航、影像等方面均有提升，售价四千元起。',
      '口罩 和 N95   口罩的库存也已补足，药店每天按时上架。',
    ]);
    expect(page.unassigned).toEqual([]);
    const text = page.articles[0]!.paragraphs.join('');
    expect(text).toContain('与和iPhone 16 Pro相比');
    expect(text).toContain('口罩和N95口罩的库存');
  });
});

describe('specks read before a column of a band', () => {
  it("leave the band whole: the left column's text after a photo's foot stays with its story", () => {
    const page = parse([
      '新技术走进课堂                                    西岭村办起农家书屋',
      '',
      '本报讯 今年秋季学期起，全市中小学陆续开设        本报讯 西岭村的农家书屋日前开门迎客，村民',
      '信息科技课程，课程内容涵盖编程、机器人等        可以免费借阅各类图书，农业技术类图书最受',
      '多个方面，受到学生和家长的普遍欢迎。            村民欢迎。书屋每天开放八个小时，周末不休息，',
      '|   口   田 /                                    村里还安排了专人负责图书的整理和借还登记，',
      '丨  川   口  ?                                    每月还会从县图书馆调换一批新书供村民借阅。',
      '学校还将组织学生参观科技馆和企业研发中心，        村民王一说，现在在家门口就能看书，农闲时',
      '让学生在实践中感受科技的魅力。                    来书屋坐一坐，已经成了不少村民的习惯。',
    ]);
    const [school, books] = page.articles;
    expect(page.articles.map((a) => a.headline)).toEqual(['新技术走进课堂', '西岭村办起农家书屋']);
    expect(school!.paragraphs.join('')).toContain('让学生在实践中感受科技的魅力。');
    expect(books!.paragraphs.join('')).not.toContain('科技馆');
    expect(books!.paragraphs.join('')).toContain('每月还会从县图书馆调换一批新书供村民借阅。村民王一说');
  });
});
