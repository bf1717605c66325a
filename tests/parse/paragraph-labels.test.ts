import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Made-up pages as a text layer gives them: a paragraph's first line two cells in, no blank line between.
const parse = linesParser('paragraph-labels.txt');

/** A paragraph set in a column `width` cells wide: its first line two cells in. */
const setIndented = (text: string, width: number): string[] => [
  text.slice(0, width - 2),
  ...(text.slice(width - 2).match(new RegExp(`.{1,${width}}`, 'gu')) ?? []),
];

const report = [
  '本报讯（记者 王明远）近日，青石县溪口村的永安桥修缮工程通过验收。',
  '这座单孔石拱桥建于清代中叶，此前桥面石板松动、桥身长满杂草。施工人员按照修旧如旧的原则，把拆下的每一块石料编号登记，能用的原样归位，缺损的从附近的老石场选料补齐，前后用了四个多月。',
];

describe("a box's text under its label", () => {
  it('opens in its indent under the label, no head line, in a box narrower than the report above', () => {
    const box = '传统石拱桥修缮是指在保持原有结构的前提下，对桥面、拱圈和护栏进行加固整治，让古桥延年益寿。';
    const page = parse([
      '百年石拱桥完成修缮',
      '',
      ...report.flatMap((p) => setIndented(p, 22)),
      '',
      '链接',
      '',
      ...setIndented(box, 16),
    ]);
    // (Its first line is short of the line under it, with no mark at its end, as a head line would be.)
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs.slice(-2)).toEqual(['链接', box]);
    expect(lost(page)).toEqual([]);
  });
});

describe('a short phrase under a full line that finished a sentence', () => {
  it('is a paragraph of its own (an in-body subhead), not the tail of the paragraph above', () => {
    // The paragraph's last line runs to the measure, so nothing marks its end but the phrase under it.
    const first =
      '入冬以来，青石县消防救援大队走进社区、学校和企业，开展冬季防火宣传活动，队员们手把手地教居民使用灭火器。';
    const next =
      '“以前总觉得火灾离自己很远，今天算是真正上了一课。”家住城东社区的李阿姨说，她回家就把阳台上的杂物清理了。';
    const lines = setIndented(first, 18);
    expect(lines.at(-1)).toHaveLength(18);
    const page = parse(['冬季防火宣传进万家', '', ...lines, '灭火器进了家门', ...setIndented(next, 18)]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs).toEqual([first, '灭火器进了家门', next]);
    // A reader's page shows it as a subhead, as one set apart between blank lines.
    expect(page.articles[0]!.subheads).toEqual(['灭火器进了家门']);
  });
});

describe('a phrase under a finished sentence that is not an in-body subhead', () => {
  const fire =
    '入冬以来，青石县消防救援大队走进社区、学校和企业，开展冬季防火宣传活动，队员们手把手地教居民使用灭火器。';
  const books =
    '日前，西岭村的农家书屋正式开门迎客，村民可以免费借阅各类图书，其中农业技术类图书最受村民欢迎。书屋每天开放八个小时。';
  const inset = (lines: string[]): string[] => lines.map((l, i) => (i === 0 ? `　　${l}` : l));

  it('a centred headline with no blank line around it heads its own story', () => {
    const page = parse([
      '     冬季防火宣传进万家',
      ...inset(setIndented(fire, 18)),
      '     西岭村办起农家书屋',
      ...inset(setIndented(books, 18)),
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['冬季防火宣传进万家', '西岭村办起农家书屋']);
    expect(lost(page)).toEqual([]);
  });

  it('a centred kicker over its headline stays with it, not at the end of the story above', () => {
    const page = parse([
      '     冬季防火宣传进万家',
      ...inset(setIndented(fire, 18)),
      '        丰富群众精神文化生活',
      '     西岭村办起农家书屋',
      ...inset(setIndented(books, 18)),
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([fire]);
    expect(page.articles.at(-1)!.paragraphs).toEqual([books]);
    expect(lost(page)).toEqual([]);
  });

  it('a subhead of two thirds of the column stays apart from the paragraph under it', () => {
    const next =
      '“以前总觉得火灾离自己很远，今天算是真正上了一课。”家住城东社区的李阿姨说，她回家就把阳台上的杂物清理了。';
    const page = parse([
      '冬季防火宣传进万家',
      '',
      ...setIndented(fire, 18),
      '小小灭火器走进了千家万户',
      ...setIndented(next, 18),
    ]);
    expect(page.articles[0]!.paragraphs).toEqual([fire, '小小灭火器走进了千家万户', next]);
  });

  it('a sentence going on in a Latin word is not a paragraph of its own', () => {
    const page = parse([
      '城区新增智慧停车位',
      '',
      ...setIndented(fire, 18),
      '市民可以通过',
      'APP预约车位，系统会自动推荐附近空闲的停车场，减少绕行。',
      '这一做法受到了市民的普遍欢迎，不少人表示停车难问题得到缓解。',
    ]);
    // (Its short last line still ends a paragraph there: a text layer's break before a Latin word is left.)
    expect(page.articles[0]!.paragraphs).not.toContain('市民可以通过');
    expect(lost(page)).toEqual([]);
  });
});
