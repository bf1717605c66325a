import { describe, expect, it } from 'vitest';
import { linesParser, lost, readArticles, squeeze } from '../support/page-lines.js';

const parse = linesParser('caption-apart.txt');
const read = readArticles;

const lead = [
  '本报讯（记者 林晓阳）近日，城西河畔公园改造工程完工，',
  '新建了步道、花坛和儿童游乐场，周边居民多了一处休闲',
  '好去处。',
];
const leadText = '近日，城西河畔公园改造工程完工，新建了步道、花坛和儿童游乐场，周边居民多了一处休闲好去处。';
const rest = ['据介绍，公园改造历时四个月，新增绿地面积一万二千平', '方米，种植乔木三百余株。'];
const restText = '据介绍，公园改造历时四个月，新增绿地面积一万二千平方米，种植乔木三百余株。';
const clinic = [
  '县医院开通夜间门诊',
  '',
  '本报讯（通讯员 赵雪）为方便上班族就医，县人民医院从本月',
  '起开通夜间门诊，每天开诊至晚上九点。',
];
const clinicRead = {
  headline: '县医院开通夜间门诊',
  captions: [],
  paragraphs: ['为方便上班族就医，县人民医院从本月起开通夜间门诊，每天开诊至晚上九点。'],
};
/** The park report with `photos` (caption lines) set between its two paragraphs, then the clinic's. */
const park = (photos: string[]): string[] => [
  '河畔公园完成改造',
  '',
  ...lead,
  '',
  ...photos,
  '',
  ...rest,
  '',
  ...clinic,
];

describe('two captions stacked with no blank line between', () => {
  it('reads the uncredited caption over a credited one as a caption of its own, not a paragraph', () => {
    const page = parse(park(['改造后的公园步道。', '孩子们在新建的游乐场玩耍。 王一/摄']));
    expect(read(page)).toEqual([
      {
        headline: '河畔公园完成改造',
        captions: ['改造后的公园步道。', '孩子们在新建的游乐场玩耍。王一/摄'],
        paragraphs: [leadText, restText],
      },
      clinicRead,
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('gives a credit on its own line to the caption right over it, and the sentence over that is a caption too', () => {
    const page = parse(park(['改造后的公园步道。', '孩子们在新建的游乐场玩耍。', '王一/摄']));
    expect(read(page)[0]!.captions).toEqual(['改造后的公园步道。', '孩子们在新建的游乐场玩耍。王一/摄']);
    expect(read(page)[0]!.paragraphs).toEqual([leadText, restText]);
    expect(lost(page)).toEqual([]);
  });
});

describe('a caption over a report’s opening', () => {
  it('takes the one-sentence line between a signed report and the next report’s dateline as that report’s caption', () => {
    const page = parse([
      '县医院开通夜间门诊',
      '',
      '为方便上班族就医，县人民医院从本月起开通夜间门诊，每天开',
      '诊至晚上九点。（赵雪）',
      '',
      '居民们在新修的健身步道上散步。',
      '',
      '本报讯（记者 林晓阳）近日，城西河畔公园改造工程完工，',
      '新建了步道、花坛和儿童游乐场，周边居民多了一处休闲',
      '好去处。',
      '',
      '河畔公园完成改造',
    ]);
    expect(page.articles.map((a) => a.captions.map((c) => squeeze(c.text)))).toEqual([
      [],
      ['居民们在新修的健身步道上散步。'],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('散步');
    expect(lost(page)).toEqual([]);
  });

  it('takes the one-sentence line right over a report’s byline line (文/图 本报记者 …) as its caption', () => {
    const page = parse([
      '县医院开通夜间门诊',
      '',
      '为方便上班族就医，县人民医院从本月起开通夜间门诊，每天开',
      '诊至晚上九点。',
      '',
      '居民们在新修的健身步道上散步。',
      '文/图 本报记者 林晓阳',
      '本报讯 近日，城西河畔公园改造工程完工，新建了步道、花坛',
      '和儿童游乐场，周边居民多了一处休闲好去处。',
      '',
      '河畔公园完成改造',
    ]);
    expect(page.articles.map((a) => a.captions.map((c) => squeeze(c.text)))).toEqual([
      [],
      ['居民们在新修的健身步道上散步。'],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('散步');
    expect(page.articles[1]!.reporters).toEqual(['林晓阳']);
    expect(lost(page)).toEqual([]);
  });
});

describe('a caption printed over its story’s head block at the page top', () => {
  const page = (caption: string) => [
    '青川日报',
    '',
    '2024年5月8日 星期三',
    '',
    caption,
    '',
    '河湾村新修水渠通水',
    '',
    '本报讯（记者 林晓阳）5月6日，河湾村新修的三公里水渠正式',
    '通水，两百多亩旱地从此能浇上“放心水”。',
    '',
    ...clinic,
  ];

  it('is the lead story’s caption, not a story with no headline', () => {
    const parsed = parse(page('村民在新修的水渠旁查看水情。'));
    expect(parsed.articles.map((a) => [a.headline, a.captions.map((c) => squeeze(c.text))])).toEqual([
      ['河湾村新修水渠通水', ['村民在新修的水渠旁查看水情。']],
      ['县医院开通夜间门诊', []],
    ]);
    expect(lost(parsed)).toEqual([]);
  });

  it('goes with its credit to the lead story, the first on the page, not the last', () => {
    const parsed = parse(page('村民在新修的水渠旁查看水情。 王一/摄'));
    expect(parsed.articles.map((a) => a.captions.map((c) => squeeze(c.text)))).toEqual([
      ['村民在新修的水渠旁查看水情。王一/摄'],
      [],
    ]);
  });
});
