import { describe, expect, it } from 'vitest';
import { linesParser, lost, readArticles } from '../support/page-lines.js';

const parse = linesParser('caption-credit-tail.txt');
const read = readArticles;

/** A report with its photo's caption (`caption` lines) set between its headline and its text, then another. */
const page = (caption: string[]): string[] => [
  '河湾公园月底开放',
  '',
  ...caption,
  '',
  '本报讯（记者 钱立）河湾公园改造工程日前完工，将于本月底向市民开放。公园新建步道3.2公里。',
  '',
  '公园管理处负责人介绍，开放后将实行免费入园，每天早6时至晚10时开放。',
  '',
  '山区小学用上新课桌',
  '',
  '本报讯（记者 孙梅）5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。',
];
const expected = (caption: string) => [
  {
    headline: '河湾公园月底开放',
    captions: [caption],
    paragraphs: [
      '河湾公园改造工程日前完工，将于本月底向市民开放。公园新建步道3.2公里。',
      '公园管理处负责人介绍，开放后将实行免费入园，每天早6时至晚10时开放。',
    ],
  },
  {
    headline: '山区小学用上新课桌',
    captions: [],
    paragraphs: ['5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。'],
  },
];

describe("a photo's credit the caption's measure broke over two lines", () => {
  it('joins a name broken inside its brackets back to the caption', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。（赵小', '川 摄）']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。（赵小川摄）'));
    expect(lost(p)).toEqual([]);
  });

  it('joins a name broken after a title that opens its own line (本报记者 赵 / 小川 摄)', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。', '本报记者 赵', '小川 摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。本报记者赵小川摄'));
    expect(lost(p)).toEqual([]);
  });

  it('joins 摄 alone on the next line to the name it credits', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。赵小川', '摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。赵小川摄'));
  });

  it('joins the rest across the blank line OCR set it apart by, a role before the name', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。（本报记者 赵', '', '小川 摄）']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。（本报记者赵小川摄）'));
    expect(lost(p)).toEqual([]);
  });

  it('joins the rest of a credit that names no photographer (（图片由…提 / 供）, 资料图 / 片)', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。（图片由河湾公园管理处提', '供）']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。（图片由河湾公园管理处提供）'));
    const q = parse(page(['游客在河湾公园新建的步道上散步。资料图', '片']));
    expect(read(q)).toEqual(expected('游客在河湾公园新建的步道上散步。资料图片'));
    expect(lost(p)).toEqual([]);
  });

  it('reads 图片来源：… as a credit that names no photographer', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。', '图片来源：河湾公园管理处']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。图片来源：河湾公园管理处'));
  });

  it('leaves a credit alone on its line under a caption as it is', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。', '赵小川/摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。赵小川/摄'));
  });
});

describe("a photo's credit as OCR reads it", () => {
  it('reads 《 for the credit’s opening bracket', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。 《赵小川 摄)']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。《赵小川摄）'));
  });

  it('reads a name run into 摄 after the sentence as a credit', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。赵小川摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。赵小川摄'));
  });

  it('keeps a line of text that ends in 拍摄 as text', () => {
    const p = parse([
      '河湾公园月底开放',
      '',
      '本报讯（记者 钱立）河湾公园改造工程日前完工，吸引了不少市民。游人拍摄',
      '新修的步道和花坛，公园里热闹非凡。',
    ]);
    expect(read(p)).toEqual([
      {
        headline: '河湾公园月底开放',
        captions: [],
        paragraphs: ['河湾公园改造工程日前完工，吸引了不少市民。游人拍摄新修的步道和花坛，公园里热闹非凡。'],
      },
    ]);
  });
});

describe('a photo credited to no photographer', () => {
  it('reads 资料图片 on the line under the caption as its credit', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。', '资料图片']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。资料图片'));
  });

  it('reads （图片由…提供） run in after the caption as its credit', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。（图片由河湾公园管理处提供）']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。（图片由河湾公园管理处提供）'));
    expect(lost(p)).toEqual([]);
  });
});

describe("a photo credit's title broken by the caption's measure", () => {
  it('joins 本报记 / 者 王一 摄 back into one credit closing the caption', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。本报记', '者 赵小川 摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。本报记者赵小川摄'));
    expect(lost(p)).toEqual([]);
  });

  it('joins 本报 / 记者 王一 摄 back, though the rest reads as a credit alone', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。本报', '记者 赵小川 摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。本报记者赵小川摄'));
    expect(lost(p)).toEqual([]);
  });

  it('joins 通讯 / 员 王一 摄 the same way', () => {
    const p = parse(page(['游客在河湾公园新建的步道上散步。 通讯', '员 赵小川 摄']));
    expect(read(p)).toEqual(expected('游客在河湾公园新建的步道上散步。通讯员赵小川摄'));
  });

  it('leaves text whose line ends in a title’s first characters as text', () => {
    const p = parse([
      '河湾公园月底开放',
      '',
      '本报讯（记者 钱立）河湾公园改造工程日前完工。本报记',
      '者了解到，公园新建步道3.2公里。',
    ]);
    expect(read(p)[0]!.paragraphs).toEqual(['河湾公园改造工程日前完工。本报记者了解到，公园新建步道3.2公里。']);
    expect(read(p)[0]!.captions).toEqual([]);
  });
});

describe('a line holding a long run of spaces', () => {
  it('is read at once, after a sentence before a credit or before a page named at its end', () => {
    const spaces = ' '.repeat(4000);
    const page = parse(['老街夜景', '', `游客在老街散步。${spaces}a`, '记者 王一 摄', `老街改造${spaces}/第2版`]);
    expect(lost(page)).toEqual([]);
  });
});
