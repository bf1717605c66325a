import { describe, expect, it } from 'vitest';
import { linesParser, lost, squeeze } from '../support/page-lines.js';

// A made-up page as a PDF text layer gives it: a number's digits in runs of their own, a printed line broken
// where they fall (…有着落了。” 4月1 / 7日，河口村种粮大户 is one printed line).
const parse = linesParser('paragraph-number-pieces.txt');

describe('a paragraph whose printed lines a text layer broke at numbers', () => {
  it('is measured on its printed lines, so a short last line after the pieces still ends it', () => {
    const page = parse([
      '春耕贷款送到田间',
      '',
      '本报讯（记者 王明远）“没想到凭信用就能',
      '贷到钱，买农机的钱有着落了。” 4月1',
      '7日，河口村种粮大户',
      '李师傅拿到了 2',
      '0万元的信用贷款。',
      '今年以来，县农商银行对全县农户开展信用评级，评',
      '上信用户的农户无需抵押担保，最高可贷3',
      '0万元。截至目',
      '前，已为1',
      '8',
      '0',
      '0',
      '余户农户发放春耕贷款，共计',
      '1',
      '2',
      '亿元，户均',
      '6',
      '万余元。',
    ]);
    expect(page.articles.map((a) => a.paragraphs.map(squeeze))).toEqual([
      [
        '“没想到凭信用就能贷到钱，买农机的钱有着落了。”4月17日，河口村种粮大户李师傅拿到了20万元的信用贷款。',
        '今年以来，县农商银行对全县农户开展信用评级，评上信用户的农户无需抵押担保，最高可贷30万元。截至目前，已为1800余户农户发放春耕贷款，共计12亿元，户均6万余元。',
      ],
    ]);
    expect(lost(page)).toEqual([]);
  });
});
