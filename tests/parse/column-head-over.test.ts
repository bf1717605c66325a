import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Pages written for these tests, as tesseract reads them in a page-wide mode: headlines side by side over a
// band of columns, the right one of two lines, its first line read alone on the line over the row (after a
// photo's specks or blank space), the left headline of one line.

const band = [
  '本报讯 今年秋季学期起，全市中小学陆续开设    本报讯 西岭村的农家书屋日前开门迎客，村民',
  '信息科技课程，课程内容涵盖编程、机器人等     可以免费借阅各类图书，农业技术类图书最受',
  '多个方面，受到学生和家长的普遍欢迎。        村民欢迎。书屋每天开放八个小时，周末不休',
  '  学校还将组织学生参观科技馆和企业研发中     息，村里还安排了专人负责图书的整理和借还',
  '心，让学生在实践中感受科技的魅力。         登记，每月还会从县图书馆调换一批新书。',
];

describe('a line over a row of headlines side by side', () => {
  it('goes over the head it stands over, after specks', () => {
    const page = parse([
      '第3版   乡镇新闻   2025年6月5日 星期四',
      '',
      '|       口                                    西岭村农家书屋',
      '新技术走进课堂              每天开放八小时',
      '',
      ...band,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['新技术走进课堂', '西岭村农家书屋每天开放八小时']);
    expect(page.articles[1]!.paragraphs.join('')).toContain('每月还会从县图书馆调换一批新书。');
  });

  it('goes over the head it stands over, after blank space alone', () => {
    const page = parse([
      '第3版   乡镇新闻   2025年6月5日 星期四',
      '',
      '                                             西岭村农家书屋',
      '新技术走进课堂              每天开放八小时',
      '',
      ...band,
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['新技术走进课堂', '西岭村农家书屋每天开放八小时']);
  });

  it('stays over the first head when it stands over it', () => {
    const page = parse([
      '第3版   乡镇新闻   2025年6月5日 星期四',
      '',
      '   全市中小学',
      '新技术走进课堂              每天开放八小时',
      '',
      ...band,
    ]);
    expect(page.articles[1]!.headline).toBe('每天开放八小时');
  });

  it("is the page's furniture when it is the page's first line: a paper's name set right is no kicker", () => {
    const page = parse([
      '                                  青石日报社主办',
      '新技术走进课堂              西岭村农家书屋开门',
      '',
      ...band,
    ]);
    expect(page.articles.map((a) => a.kicker)).toEqual([null, null]);
    expect(page.articles.map((a) => a.headline)).toEqual(['新技术走进课堂', '西岭村农家书屋开门']);
  });
});
