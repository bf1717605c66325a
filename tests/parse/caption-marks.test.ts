import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

const parse = linesParser('caption-marks.txt');
const squeeze = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/gu, ''));
/** Each article: its headline, its signature, its captions and its paragraphs, spaces squeezed out. */
const read = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => ({
    headline: a.headline,
    signature: squeeze(a.signature),
    captions: a.captions.map((c) => squeeze(c.text)),
    paragraphs: a.paragraphs.map((p) => squeeze(p)),
  }));

const park = [
  '本报讯（记者 钱立）河湾公园改造工程日前完工，将于本月底向市民开放。',
  '',
  '公园管理处负责人介绍，开放后将实行免费入园，每天早6时至晚10时开放。',
];
const parkText = [
  '河湾公园改造工程日前完工，将于本月底向市民开放。',
  '公园管理处负责人介绍，开放后将实行免费入园，每天早6时至晚10时开放。',
];
const school = [
  '山区小学用上新课桌',
  '',
  '本报讯（记者 孙梅）5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。',
];
const schoolArticle = {
  headline: '山区小学用上新课桌',
  signature: null,
  captions: [],
  paragraphs: ['5月6日，一批新课桌椅运抵岭上村小学，全校学生用上了新课桌椅。'],
};

describe('a caption of several lines whose last line carries the credit', () => {
  it('is one caption, though its last line alone reads as a credited caption', () => {
    const page = parse([
      '河湾公园月底开放',
      '',
      '图为5月6日，市民在河湾公园新建的步道上散步。公园',
      '新建步道3.2公里，沿途设有休息亭和饮水点，方便市',
      '民健身。（赵小川 摄）',
      '',
      ...park,
      '',
      ...school,
    ]);
    expect(read(page)).toEqual([
      {
        headline: '河湾公园月底开放',
        signature: null,
        captions: [
          '图为5月6日，市民在河湾公园新建的步道上散步。公园新建步道3.2公里，沿途设有休息亭和饮水点，方便市民健身。（赵小川摄）',
        ],
        paragraphs: parkText,
      },
      schoolArticle,
    ]);
    expect(lost(page)).toEqual([]);
  });
});

describe('a photo story whose text opens with 图为', () => {
  it('is a story of its own, its credit its signature, when its text tells the news in sentences after it', () => {
    const page = parse([
      '古镇迎来赏灯客',
      '',
      '图为2月12日，游客在青石古镇观赏花灯。当天是元宵节，',
      '古镇沿河挂起三千余盏花灯，吸引众多市民游客前来游',
      '览。（新华社记者 卫小岚 摄）',
      '',
      ...school,
    ]);
    expect(read(page)).toEqual([
      {
        headline: '古镇迎来赏灯客',
        signature: '新华社记者卫小岚摄',
        captions: [],
        paragraphs: [
          '图为2月12日，游客在青石古镇观赏花灯。当天是元宵节，古镇沿河挂起三千余盏花灯，吸引众多市民游客前来游览。',
        ],
      },
      schoolArticle,
    ]);
    expect(lost(page)).toEqual([]);
  });
});

describe('a caption set between a headline and its text', () => {
  it('goes to that article, though its photographer writes another report on the page', () => {
    const page = parse([
      '河湾公园月底开放',
      '',
      '游客在河湾公园新建的步道上散步。（孙梅 摄）',
      '',
      ...park,
      '',
      ...school,
    ]);
    expect(read(page).map((a) => a.captions)).toEqual([['游客在河湾公园新建的步道上散步。（孙梅摄）'], []]);
  });
});

describe("a news agency's photo credit", () => {
  it('closes a caption as a photographer’s does (…。 新华社发)', () => {
    const page = parse([
      '河湾公园月底开放',
      '',
      '游客在河湾公园新建的步道上散步。 新华社发',
      '',
      ...park,
      '',
      ...school,
    ]);
    expect(read(page)).toEqual([
      {
        headline: '河湾公园月底开放',
        signature: null,
        captions: ['游客在河湾公园新建的步道上散步。新华社发'],
        paragraphs: parkText,
      },
      schoolArticle,
    ]);
  });
});

describe("a gallery's photo number as OCR misreads it", () => {
  it('reads 图D (图①) as a caption’s mark, the gallery’s two captions kept apart (图② lost its number)', () => {
    const page = parse([
      '河湾公园月底开放',
      '',
      '图D 5月6日上午，市民们在河湾公园新建成的滨河步道上散步健身、拍照留念。',
      '图 改造后的河湾公园南门。 本报记者 赵小川 摄',
      '',
      ...park,
      '',
      ...school,
    ]);
    expect(read(page)[0]!.captions).toEqual([
      '图D5月6日上午，市民们在河湾公园新建成的滨河步道上散步健身、拍照留念。',
      '图改造后的河湾公园南门。本报记者赵小川摄',
    ]);
    expect(read(page)[0]!.paragraphs).toEqual(parkText);
  });
});

describe('a caption right under a brief its writers’ credit closes', () => {
  it('is the caption of the credit under it, not the brief’s last paragraph', () => {
    const page = parse([
      '城市书房新增两处',
      '',
      '日前，县图书馆在滨海公园和高铁站各新增一处城市书房，实行24小时开放。（记者 柴一岚）',
      '改造后的东门农贸市场。',
      '（图片由东门街道办事处提供）',
      '东门农贸市场重新开业',
      '',
      '本报讯（记者 翁一帆）6月3日，经过四个月改造提升的东门农贸市场重新开业。',
    ]);
    expect(read(page).flatMap((a) => a.captions)).toEqual(['改造后的东门农贸市场。（图片由东门街道办事处提供）']);
    expect(read(page)[0]!.paragraphs).toEqual(['日前，县图书馆在滨海公园和高铁站各新增一处城市书房，实行24小时开放。']);
    expect(lost(page)).toEqual([]);
  });
});
