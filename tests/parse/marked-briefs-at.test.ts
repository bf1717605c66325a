import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Briefs marked ●, which OCR read as @. Written for these tests.
const parse = linesParser('marked-briefs-at.txt');

describe('heads of briefs after a ● that OCR read as @', () => {
  it("head briefs of their own, the @ set aside, the brief's first line no 副题", () => {
    const page = parse([
      '乡镇动态',
      '',
      '@ 东坪镇开展春季植树活动',
      '',
      '3月12日，东坪镇组织机关干部和志愿者两百余人在镇北荒山开展义务',
      '植树，共栽种枫香、杨梅等苗木三千余株。（通讯员 王一）',
      '@ 西岭乡建成首个村级养老服务站',
      '',
      '近日，西岭乡下湾村养老服务站建成投用，为村里八十岁以上老人提供',
      '助餐、助浴和日间照料服务。（记者 李二 通讯员 赵三）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([
      ['东坪镇开展春季植树活动', null],
      ['西岭乡建成首个村级养老服务站', null],
    ]);
    expect(lost(page)).toEqual([]);
  });
});
