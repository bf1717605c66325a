import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';
import { SIGNED_BRIEFS_REPORT as report } from '../support/briefs-report.js';

// Whether a line at a paragraph's top reads as a head line or as the paragraph's first line. Written for
// these tests.

describe('a brief without a headline, its last line short with its credit run in', () => {
  it('keeps the first line in the brief: a last line shortened by its credit is no measure of the column', () => {
    const page = parse([
      ...report,
      '石桥村新建的村级文化广场本月正式向村民开放',
      '使用，村民有了健身场地。（宋远 韩青）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature])).toEqual([
      ['桃源镇开展冬季送温暖活动', null],
      [null, '宋远 韩青'],
    ]);
    expect(page.articles[1]!.paragraphs).toEqual([
      '石桥村新建的村级文化广场本月正式向村民开放使用，村民有了健身场地。',
    ]);
  });

  it('keeps the first line in the brief: an article runs longer than a line of two characters and its credit', () => {
    const page = parse([
      ...report,
      '桃源镇卫生院近日为辖区八十岁以上老人免费体检。（周岩）',
      '',
      '柳溪乡近日组织六十名学生走进农业科技园区参观',
      '学习。（陈默）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature])).toEqual([
      ['桃源镇开展冬季送温暖活动', null],
      [null, '周岩'],
      [null, '陈默'],
    ]);
    expect(page.articles[2]!.paragraphs).toEqual(['柳溪乡近日组织六十名学生走进农业科技园区参观学习。']);
  });

  it('keeps a first line whose last word the next line finishes in its brief, though the report is set narrower', () => {
    const page = parse([
      '桃源镇开展冬季送温暖活动',
      '',
      '本报讯（记者 林木）近日，桃源',
      '镇开展冬季送温暖活动，走访慰',
      '问困难群众一百二十户，送去棉',
      '被、大米和食用油等生活用品。',
      '',
      '桃源镇卫生院为辖区八十岁以上老人免费开展体',
      '检，截至目前已体检一千余人次。（周岩）',
    ]);
    expect(page.articles[1]!.headline).toBeNull();
    expect(page.articles[1]!.paragraphs).toEqual([
      '桃源镇卫生院为辖区八十岁以上老人免费开展体检，截至目前已体检一千余人次。',
    ]);
  });
});
