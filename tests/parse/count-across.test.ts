import { describe, expect, it } from 'vitest';
import { BUS, BUS_HEAD, expectMovedBack, movedBlockPage } from '../support/moved-block.js';
import { parseKept as parse } from '../support/parse-kept.js';

// An export read a report's last lines after the next report. Its first column stops on a number
// (…排查出隐患点46) and the block opens with the number's measure word (处，…): no sentence ends on a bare
// number, so the block goes back after the text it finishes. Written for this test.
const page = movedBlockPage(
  [
    '青石镇开展汛前安全检查',
    '本报讯（记者 林红）近日，青石镇组织人员对辖区水库、',
    '山塘和地质灾害隐患点开展汛前安全检查，逐一查看',
    '防汛物资储备和值守情况，共排查出隐患点46',
  ],
  ['处，目前已全部落实整改责任人和整改时限，', '汛期前将完成全部整改。'],
);

describe('a block that opens with the unit of a number another block stops on', () => {
  it('goes back after that block', () => {
    expectMovedBack(page, /隐患点46处，目前已全部落实/u, '整改');
  });
  it('a short line alone that stops on the number is no headline: the unit under it goes on its sentence', () => {
    const briefs = [
      '流动借书车开进山村',
      '本报讯 本月起，县图书馆流动借书车每周',
      '开进偏远山村，村民凭身份证即可借阅，',
      '',
      '一次最多借5',
      '',
      '本。（周一帆）',
      '',
      BUS_HEAD,
      '',
      ...BUS,
      '',
    ];
    const parsed = parse(briefs.join('\n'));
    expect(parsed.articles.map((a) => a.headline)).toEqual(['流动借书车开进山村', BUS_HEAD]);
    expect(parsed.articles[0]!.paragraphs.join('')).toMatch(/一次最多借5本。$/u);
  });
});
