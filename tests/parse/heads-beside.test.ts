import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Two stories set side by side, their headlines level with each other: OCR reads both headlines as one line,
// a wide gap between them. Written for these tests.

const HARBOUR = [
  '本报讯（记者 林海）连日来，东沙渔港新建的避风塘完成验收，可同时停泊',
  '渔船三百余艘。渔民们说，以前台风一来，渔船只能挤在老码头，现在有了',
  '避风塘，心里踏实多了。',
];

const SCHOOL = [
  '本报讯（通讯员 方晓）新学期开始，城南小学把书法课排进了课表，每周两',
  '节，由退休的老教师授课。孩子们一笔一画练写毛笔字，教室里墨香阵阵。',
];

describe('two headlines read as one line, a wide gap between them', () => {
  it('each heads the story it names', () => {
    const page = parse(['东沙渔港建成避风塘        城南小学开设书法课', '', ...HARBOUR, '', ...SCHOOL]);
    expect(page.articles.map((a) => a.headline)).toEqual(['东沙渔港建成避风塘', '城南小学开设书法课']);
  });

  it('each heads its story though the second says nothing its story says', () => {
    const page = parse(['东沙渔港建成避风塘      墨香满校园 笔画见童心', '', ...HARBOUR, '', ...SCHOOL]);
    expect(page.articles[0]!.headline).toBe('东沙渔港建成避风塘');
    expect(page.articles[0]!.subhead).toBeNull();
  });

  it('keeps a couplet headline, one space between its halves, whole', () => {
    const page = parse(['渔港添新塘 渔船有港湾', '', ...HARBOUR]);
    expect(page.articles[0]!.headline?.replace(/\s/gu, '')).toBe('渔港添新塘渔船有港湾');
  });
});

describe('a line of running text with no mark on it, read beside the line of another column', () => {
  it('stays a line of its paragraph', () => {
    const page = parse([
      '本报讯（记者 林海）连日来，东沙渔港新建的避风塘完成验收，可同时停泊',
      '渔船三百余艘渔民们说以前台风一来渔船只能挤在      城南小学把书法课排进了课表',
      '老码头，现在有了避风塘，心里踏实多了。',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
  });
});

describe('headlines read as one line in a scan with no blank lines, right over the reports it heads', () => {
  it('each heads its story, the rule between them read as a bar or a wide gap', () => {
    for (const heads of ['东沙渔港建成避风塘 | 城南小学开设书法课', '东沙渔港建成避风塘        城南小学开设书法课'])
      for (const over of [
        ['', ...HARBOUR],
        ['本报讯（记者 林海）东沙渔港新建的避风塘完成验收，可同时停泊', ...HARBOUR.slice(1)],
      ]) {
        const page = parse(['第3版  城乡新闻', '', heads, ...over, '', ...SCHOOL]);
        expect(page.articles.map((a) => a.headline)).toEqual(['东沙渔港建成避风塘', '城南小学开设书法课']);
      }
  });
});
