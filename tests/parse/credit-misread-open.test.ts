import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A column of briefs whose ◇ marks tesseract read as angle brackets (< or <>), the first brief's credit with
// its （ read as 《: the credit closes that brief, so its head is a brief's, not a line of the story above.
// Written for this test.
const page = [
  '河滨步道全线贯通',
  '',
  '本报讯（记者 林青）全长八公里的河滨步道昨日全线贯通，',
  '沿线设置了六处休息驿站和两处观景平台，市民可以沿河',
  '散步、骑行。',
  '',
  '城区简讯',
  '',
  '< 老城区更换一批路灯',
  '老城区本月更换节能路灯三百余盏，夜间照明亮度提高一倍，',
  '耗电量下降四成。 《记者 王一 )',
  '',
  '<> 社区食堂增设夜间供餐',
  '',
  '东门社区食堂从下周起增设夜间供餐，每晚六点至八点营业，',
  '老年居民就餐享受八折优惠。 (通讯员 李二 )',
  '',
  '<> 体育馆免费开放日调整',
  '',
  '区体育馆免费开放日由每周三调整为每周四，开放时间不变。',
  '(通讯员 赵三 )',
  '',
].join('\n');

describe('briefs under misread marks', () => {
  it("give each brief its own article, though a credit's bracket opens with 《", () => {
    const articles = parse(page).articles;
    expect(articles.map((a) => a.headline)).toEqual([
      '河滨步道全线贯通',
      '老城区更换一批路灯',
      '社区食堂增设夜间供餐',
      '体育馆免费开放日调整',
    ]);
    expect(articles[0]!.paragraphs.join('')).not.toContain('路灯');
    expect(articles[1]!.reporters).toEqual(['王一']);
  });
});

// A commentary signed in brackets on a line of its own, its （ read as 《 (or 〈《), and the line above it cut
// short by a column's end. Written for this test.
const signed = (credit: string) =>
  parse([
    '让小站点长久运转',
    '',
    '把服务送到家门口，难的不是建起一个站点，而是让站点',
    '长久地运转下去。既要算好经济账，也',
    '',
    credit,
    '',
    '河长巡河成常态',
    '',
    '每周一早上，村级河长都要沿着村边的小河走一趟，查看水质。',
    '',
  ]).articles;

describe('a signature alone whose bracket OCR read as 《', () => {
  it.each(['《林知秋)', '〈《林知秋)', '〈林知秋)'])(
    '%s signs the text above it, no part of the next headline',
    (credit) => {
      const articles = signed(credit);
      expect(articles.map((a) => [a.headline, a.signature])).toEqual([
        ['让小站点长久运转', '林知秋'],
        ['河长巡河成常态', null],
      ]);
    },
  );
});
