import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Features credit their writer and photographer by the work with no title (文/王一 图/李二, 文/图 王一): a line
// of that alone under a headline is the byline, not the headline's 副题. Written for this test.
describe("a writer's credit by the work, with no title", () => {
  it('is the byline under the headline, the photographer after the writer too', () => {
    const parsed = parse([
      '老街焕新颜',
      '',
      '文/王一明 图/李二',
      '走进老街，青石板路干净整洁，两旁的老店铺换上了新招牌。',
      '街坊们说，老街又热闹起来了。',
      '',
      '茶园春色',
      '',
      '文/图 赵三',
      '春茶开采，茶农们忙着采摘新茶，山坡上一片繁忙景象。',
    ]);
    expect(parsed.articles.map((a) => [a.headline, a.subhead, a.byline])).toEqual([
      ['老街焕新颜', null, '文/王一明 图/李二'],
      ['茶园春色', null, '文/图 赵三'],
    ]);
    expect(parsed.articles.map((a) => a.paragraphs.length)).toEqual([1, 1]);
  });
  it("names no one by the work in a writers' credit under the text (（本报记者 王一 文/图）)", () => {
    const parsed = parse([
      '夜市开张',
      '',
      '昨晚，城南夜市正式开张，近百个摊位吸引了大批市民。',
      '（本报记者 孙六 文/图）',
    ]);
    expect(parsed.articles[0]!.reporters).toEqual(['孙六']);
  });
});
