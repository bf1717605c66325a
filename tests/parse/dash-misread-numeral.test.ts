import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// A short headline over a 副题 whose dash OCR read as 一一, the 副题 opening with 一 itself. Written for these tests.
const parse = linesParser('dash-misread-numeral.txt');

describe('a short headline over a 副题 opening 一一一个… (OCR read the dash as 一一)', () => {
  it('is the headline, the dash line its 副题, not a 引题 over it', () => {
    const page = parse([
      '炉火重燃',
      '一一一个老铁匠铺的“复活”之路',
      '',
      '沿着石板路往里走，转过一道弯，就能听见叮叮当当的打铁声。老铁匠',
      '铺关门十年后，今年春天又生起了炉火，年轻人回村学起了打铁手艺。',
      '铺子的主人说，老手艺要传下去，得让它先养活人。',
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([
      [null, '炉火重燃', '一一一个老铁匠铺的“复活”之路'],
    ]);
    expect(lost(page)).toEqual([]);
  });
});
