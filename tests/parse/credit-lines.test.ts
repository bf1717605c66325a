import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Credits set on lines of their own under a headline, as OCR reads them. Written for these tests.

const body = [
  '日前，河湾村自来水管网改造工程顺利完工，全村三百二十',
  '户村民用上了安全放心的自来水。',
  '该工程总投资八十万元，新铺设管道六公里。',
];

describe('a credit on a line of its own', () => {
  it('with its mark (□) read by OCR as a box character (口本报记者): a credit, never part of the headline', () => {
    const page = parse(['河湾村自来水管网改造完工', '', '口本报记者 周一鸣', '', ...body].join('\n'));
    expect(page.articles.map((a) => [a.headline, a.reporters])).toEqual([['河湾村自来水管网改造完工', ['周一鸣']]]);
  });
  it('set over two lines (本报记者 … / 通讯员 …): one credit, both names', () => {
    const page = parse(['河湾村自来水管网改造完工', '本报记者王磊', '通讯员 赵青', ...body].join('\n'));
    expect(page.articles.map((a) => [a.headline, a.reporters, a.correspondents])).toEqual([
      ['河湾村自来水管网改造完工', ['王磊'], ['赵青']],
    ]);
    expect(page.unassigned).toEqual([]);
  });
});
