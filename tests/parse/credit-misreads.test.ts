import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

/** A made-up report whose dateline's credit OCR read as `credit` (its lines split at `|`). */
const report = (credit: string) => {
  const page = parsePage(
    'credit-misreads.txt',
    [
      '青石镇部署秋冬种',
      '',
      ...credit.split('|'),
      '会议要求各村抓紧抢种小麦和油菜，确保年内完成。',
      '',
      '镇农技站组织技术人员下村指导。',
      '',
    ].join('\n'),
  );
  const a = page.articles[0]!;
  return { reporters: a.reporters, correspondents: a.correspondents, opens: a.paragraphs[0]!.slice(0, 4) };
};

describe('credits as OCR reads them', () => {
  it('reads a credit whose bracket OCR read twice over (〈(融媒记者 …)', () => {
    expect(report('本报讯〈(融媒记者覃卓然通讯员殷小满翁俊|杰）昨日，青石镇召开秋冬季农业生产部署会，')).toEqual({
      reporters: ['覃卓然'],
      correspondents: ['殷小满', '翁俊杰'],
      opens: '昨日，青',
    });
  });

  it('cuts names OCR ran together at their surnames, three characters a name first', () => {
    expect(report('本报讯（融媒记者覃卓然通讯员殷小满翁俊）昨|日，青石镇召开秋冬季农业生产部署会，')).toMatchObject({
      correspondents: ['殷小满', '翁俊'],
    });
    expect(report('本报讯（记者 王一 通讯员 李二明赵三）昨|日，青石镇召开秋冬季农业生产部署会，')).toMatchObject({
      correspondents: ['李二明', '赵三'],
    });
  });

  it.each(['【', '〔'])('reads a credit printed in lenticular brackets (%s)', (open) => {
    const close = open === '【' ? '】' : '〕';
    expect(report(`本报讯${open}记者 覃卓然 通讯员 殷|小满${close}昨日，青石镇召开秋冬季农业生产部署会，`)).toEqual({
      reporters: ['覃卓然'],
      correspondents: ['殷小满'],
      opens: '昨日，青',
    });
  });

  it.each([
    ['记看', '通讯员'],
    ['记者', '通讯貝'],
    ['记者', '通汛员'],
    ['记者', '通迅员'],
  ])(
    'reads a credit whose titles OCR misread (%s, %s): the names still go to their roles',
    (reporter, correspondent) => {
      expect(
        report(`本报讯（${reporter} 覃卓然 ${correspondent} 殷小满）昨日，青石镇召开秋冬季农业生产部署会，`),
      ).toEqual({
        reporters: ['覃卓然'],
        correspondents: ['殷小满'],
        opens: '昨日，青',
      });
    },
  );

  it('reads a name with a speck OCR set inside it or beside it as the name alone', () => {
    expect(report('本报讯（记者 覃卓.然 通讯员 殷小满 |）昨日，青石镇召开秋冬季农业生产部署会，')).toMatchObject({
      reporters: ['覃卓然'],
      correspondents: ['殷小满'],
    });
  });

  it('ends a credit whose closing bracket OCR lost at the space before the text', () => {
    expect(report('本报讯（记者 覃卓然 通讯员 殷小满 昨日，青石镇召开秋冬季农业生产部署会，')).toEqual({
      reporters: ['覃卓然'],
      correspondents: ['殷小满'],
      opens: '昨日，青',
    });
  });
});
