import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 20): string[] => setInColumn(text, width);
const parse = linesParser('photo-stories.txt');
const squeeze = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/gu, ''));
const shape = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => ({
    headline: a.headline,
    signature: squeeze(a.signature),
    captions: a.captions.map((c) => squeeze(c.text)),
    paragraphs: a.paragraphs.length,
  }));

const above = [
  '街道开展垃圾分类宣传',
  '',
  ...column('本报讯（记者 周小舟 通讯员 林一）昨日，城东街道组织志愿者走进五个小区，向居民讲解垃圾分类知识。'),
  ...column('志愿者们还现场演示了厨余垃圾的正确投放方法，不少居民表示受益匪浅。'),
  '',
];
const below = [
  '县图书馆新增自助借还设备',
  '',
  ...column('本报讯（记者 孟凡）近日，县图书馆新增四台自助借还书机，读者刷身份证即可办理借还手续。'),
  '',
];
const caption = '3月18日，白石乡的万亩油菜花进入盛花期，金黄的花海与远处的青山、白墙相映成趣，吸引了大批游客前来观赏。';
/** A photo story: its headline, its caption for text, closing with `credit` (run in, or on a line of its own). */
const photoStory = (credit: string, ownLine = false): string[] => [
  '油菜花开满山坡',
  '',
  // (Run in, the credit goes on the caption's last line as printed: set at that line's end.)
  ...(ownLine ? [...column(caption), credit] : [...column(caption).slice(0, -1), column(caption).at(-1)! + credit]),
  '',
];
const expected = (signature: string) => [
  { headline: '街道开展垃圾分类宣传', signature: null, captions: [], paragraphs: 2 },
  { headline: '油菜花开满山坡', signature, captions: [], paragraphs: 1 },
  { headline: '县图书馆新增自助借还设备', signature: null, captions: [], paragraphs: 1 },
];

describe('a photo story (a headline over a photo, its caption for text, a credit)', () => {
  it('is a story of its own, its credit run in after the caption its signature, not the next report’s photo', () => {
    const page = parse([...above, ...photoStory('（魏青山 摄）'), ...below]);
    expect(shape(page)).toEqual(expected('魏青山摄'));
    expect(page.articles[1]!.paragraphs[0]).toBe(caption);
    expect(lost(page)).toEqual([]);
  });

  it('takes a credit naming the reporter, or a slash, on a line of its own or run in, as its signature', () => {
    for (const [credit, ownLine] of [
      ['本报记者 魏青山 摄', true],
      ['魏青山/摄', true],
      ['（魏青山 摄）', true],
      ['本报记者 魏青山 摄', false],
    ] as const) {
      const page = parse([...above, ...photoStory(credit, ownLine), ...below]);
      expect(shape(page)).toEqual(expected(squeeze(credit)!.replace(/[（）]/gu, '')));
      expect(page.articles[1]!.paragraphs[0]).toBe(caption);
    }
  });

  it("leaves a report's short photo caption set between its headline and its text to that report", () => {
    const page = parse([
      ...above,
      '油菜花开满山坡',
      '',
      '游客在油菜花田里拍照。（魏青山 摄）',
      '',
      ...column('本报讯（记者 孟凡）近日，白石乡的万亩油菜花进入盛花期，吸引了大批游客前来观赏拍照。'),
      '',
      ...below,
    ]);
    expect(shape(page)[1]).toEqual({
      headline: '油菜花开满山坡',
      signature: null,
      captions: ['游客在油菜花田里拍照。（魏青山摄）'],
      paragraphs: 1,
    });
  });
});

describe('a photo story whose last sentence OCR read short', () => {
  it('takes the credit right under its text as its signature, not as a caption it takes from elsewhere', () => {
    // (The caption's last words lost: the text stops mid-sentence, its credit on the line right under it.)
    const cut = caption.slice(0, -3);
    const page = parse([...above, '油菜花开满山坡', '', ...column(cut), '（本报记者 魏青山 摄）', '', ...below]);
    expect(shape(page)).toEqual(expected('本报记者魏青山摄'));
    expect(lost(page)).toEqual([]);
  });
});

describe('a photo story credited to a photographer who reported it (摄影报道)', () => {
  // (A feature credited nowhere at its head reads a credit under later text as its own end credit.)
  const feature = [
    '老街里的修表匠',
    '',
    ...column('清晨七点，老街拐角的修表铺准时开门。六十多岁的陶师傅戴上放大镜，开始一天的活计。'),
    '',
    ...column(
      '铺子不大，墙上挂满了各式钟表，柜台上摆着镊子、螺丝刀和一排排细小的零件。街坊们拿来的表，大到落地钟，小到女式腕表，他都修。',
    ),
    '',
    ...column(
      '他说，修了四十年表，最怕的不是手艺难，而是老手艺没人接。如今他收了两个徒弟，每周末都来铺子里跟他学上一整天。',
    ),
    '',
    ...column('傍晚收工前，他总要把当天修好的表一一上弦、对时，再用软布包好，等着主人第二天来取。'),
    '',
  ];
  it('is a story of its own with the credit its signature, not a subhead and end credit of the text above', () => {
    const page = parse([...feature, ...photoStory('（本报记者 魏青山 摄影报道）', true), ...below]);
    expect(shape(page)).toEqual([
      { headline: '老街里的修表匠', signature: null, captions: [], paragraphs: 4 },
      { headline: '油菜花开满山坡', signature: '本报记者魏青山摄影报道', captions: [], paragraphs: 1 },
      { headline: '县图书馆新增自助借还设备', signature: null, captions: [], paragraphs: 1 },
    ]);
    expect(page.articles[1]!.reporters).toEqual([]);
    expect(lost(page)).toEqual([]);
  });
});

describe('a news agency’s photo story (图为…, its credit broken over two lines)', () => {
  const agency = '图为3月18日，游客在白石乡的油菜花田里拍照。当天，白石乡的万亩油菜花进入盛花期，吸引了大批游客。';
  const lines = column(agency, 24);
  it('is a story of its own, its 图为… text a paragraph, not a caption of the report under the next head', () => {
    const page = parse([
      ...above,
      '油菜花开满山坡',
      '',
      ...lines.slice(0, -1),
      `${lines.at(-1)!}（新华社记者 魏青山`,
      '摄）',
      '',
      ...below,
    ]);
    expect(shape(page)).toEqual(expected('新华社记者魏青山摄'));
    expect(page.articles[1]!.paragraphs[0]).toBe(agency);
    expect(lost(page)).toEqual([]);
  });
});
