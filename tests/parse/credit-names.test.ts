import { describe, expect, it } from 'vitest';
import { parseKept } from '../support/parse-kept.js';

/** A made-up report credited as `credit` (its printed lines split at `|`), after another report on the page. */
const second = (credit: string) => {
  const page = parseKept([
    '青石镇部署秋冬种',
    '',
    '本报讯（记者 赵大）会议要求各村抓紧抢种小麦和油菜，确保年内完成。',
    '',
    '河湾村修好灌溉渠',
    '',
    ...credit.split('|'),
    '河湾村的灌溉渠全部修好，村民们十分高兴。',
    '',
  ]);
  const a = page.articles[1]!;
  return { reporters: a.reporters, correspondents: a.correspondents, opens: a.paragraphs[0]!.slice(0, 4) };
};

describe('names in a credit that OCR split with a space', () => {
  it('reads a two-character name split in two as one name, in a byline of its own', () => {
    expect(second('本报记者 林 晓')).toMatchObject({ reporters: ['林晓'], correspondents: [] });
    expect(second('记者 王 一 通讯员 李四')).toMatchObject({ reporters: ['王一'], correspondents: ['李四'] });
  });

  it('reads a split name inside a dateline credit', () => {
    expect(second('本报讯（记者 王一 通讯员 李 四明）')).toMatchObject({
      reporters: ['王一'],
      correspondents: ['李四明'],
    });
  });

  it('joins a lone given name to the name before it, compound surnames kept', () => {
    expect(second('本报记者 欧阳 晓')).toMatchObject({ reporters: ['欧阳晓'] });
    expect(second('记者 王一 通讯员 张二 丽')).toMatchObject({ reporters: ['王一'], correspondents: ['张二丽'] });
  });

  it('keeps names that are whole apart', () => {
    expect(second('记者 王一 通讯员 李四 张五')).toMatchObject({ correspondents: ['李四', '张五'] });
  });
});

describe('credits closed by 报道', () => {
  it('reads an unbracketed byline after the dateline, 报道 not a name', () => {
    expect(second('本报讯 记者 王一 报道：')).toEqual({ reporters: ['王一'], correspondents: [], opens: '河湾村的' });
    expect(second('本报讯 记者 王一 通讯员 李四 报道:')).toEqual({
      reporters: ['王一'],
      correspondents: ['李四'],
      opens: '河湾村的',
    });
  });

  it('reads the bracketed and the alone forms', () => {
    expect(second('本报讯（记者 王一 报道）')).toMatchObject({ reporters: ['王一'], opens: '河湾村的' });
    expect(second('记者 王一 报道|')).toMatchObject({ reporters: ['王一'], opens: '河湾村的' });
  });

  it('never reads a sentence opening with a role as a byline', () => {
    expect(second('本报讯 记者从县农业局获悉，')).toMatchObject({ reporters: [], opens: '记者从县' });
  });
});

describe('a credit broken over two lines by a column end', () => {
  it.each([
    ['本报讯（记者 王一 通讯员 李|四）春节前，', '春节前，'],
    ['（记者 王一 通讯员 李|四）|', '河湾村的'],
    ['本报讯（记者 王 一 通讯员|李四）春节前，', '春节前，'],
  ])('reads %s', (credit, opens) => {
    expect(second(credit)).toEqual({ reporters: ['王一'], correspondents: ['李四'], opens });
  });
});

describe('a credit whose role a column end broke', () => {
  /** A made-up brief signed at its end, the credit broken after `head` (its next line `tail`). */
  const signed = (head: string, tail: string) => {
    const a = parseKept(['河湾村修好灌溉渠', '', `本报讯 河湾村的灌溉渠全部修好，村民们十分高兴。${head}`, tail, ''])
      .articles[0]!;
    return { reporters: a.reporters, correspondents: a.correspondents, text: a.paragraphs.join('/') };
  };

  it.each([
    ['（记', '者王一）'],
    ['( 记', '者王一)'],
  ])('reads %s / %s as a reporter', (head, tail) => {
    expect(signed(head, tail)).toEqual({
      reporters: ['王一'],
      correspondents: [],
      text: '河湾村的灌溉渠全部修好，村民们十分高兴。',
    });
  });

  it('reads a correspondent whose 通讯员 was broken', () => {
    expect(signed('（记者 王一 通', '讯员 李四）')).toMatchObject({ reporters: ['王一'], correspondents: ['李四'] });
  });
});

describe('a name with a two-character surname', () => {
  it('reads the surname and the given name as one name where a line’s end or a space set them apart', () => {
    expect(second('本报讯（通讯员 李四 记者 欧阳|晓明）')).toMatchObject({
      reporters: ['欧阳晓明'],
      correspondents: ['李四'],
    });
    expect(second('记者 司马 一 通讯员 李四')).toMatchObject({ reporters: ['司马一'], correspondents: ['李四'] });
  });
});

describe('a byline in brackets on a line of its own under the text', () => {
  it('keeps the spaces that set its names apart: two two-character names are not one of four', () => {
    const page = parseKept([
      '河湾村修好灌溉渠',
      '',
      '河湾村的灌溉渠全部修好，村民们十分高兴。',
      '（记者 王一 李二 通讯员 贺晓梅 甘文）',
      '',
      '青石镇部署秋冬种',
      '',
      '会议要求各村抓紧抢种小麦和油菜，确保年内完成。',
      '',
    ]);
    const a = page.articles[0]!;
    expect([a.reporters, a.correspondents]).toEqual([
      ['王一', '李二'],
      ['贺晓梅', '甘文'],
    ]);
  });
});
