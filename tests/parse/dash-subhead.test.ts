import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A 副题 opens with a dash (——); OCR reads the dash's two strokes as 一一, a text layer as hyphens. Written for
// these tests.

const REPORT = [
  '本报讯（记者 梁平）记者日前从县水利局获悉，三年来，该县累计投入资金四亿',
  '元，新建改造小型水库二十六座，灌溉面积增加一万二千亩。',
];

describe('a 副题 whose opening dash OCR read as 一一 or hyphens', () => {
  for (const dash of ['——', '一一', '--'])
    it(`is the subhead under the headline (${dash})`, () => {
      const page = parse(['南岭县三年新建改造小型水库二十六座', `${dash}“小水库”撑起山区群众的丰收梦`, '', ...REPORT]);
      expect(page.articles[0]!.headline).toBe('南岭县三年新建改造小型水库二十六座');
      expect(page.articles[0]!.subhead).toContain('“小水库”撑起山区群众的丰收梦');
    });
});
