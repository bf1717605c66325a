import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// pdftotext reads the label over a briefs column on one line with the headline of the report beside it,
// one space between. Written for this test.
const page = (top: string): string[] => [
  '青禾日报',
  '2024年4月2日 星期二 第3版 责任编辑：王林',
  '',
  top,
  '',
  '本报讯（记者 李明）近日，东湖公园新建的百米花廊对市民开',
  '放，廊下种了紫藤和蔷薇，每天吸引不少市民前来散步拍照。',
  '',
  '北岭小学新建的塑胶操场日前投入使用，三百米跑道和两块篮',
  '球场让学生们的体育课有了新去处。（孙伟）',
  '西河街道近日为辖区独居老人安装了烟感报警器一百余个。',
  '（周兰）',
  '',
];

describe('a briefs label read on one line with a headline beside it', () => {
  for (const top of ['东湖公园新添百米花廊 新闻速递', '简讯  东湖公园新添百米花廊']) {
    it(`is furniture, not part of the headline (${top})`, () => {
      const parsed = parse(page(top));
      expect(parsed.articles[0]!.headline).toBe('东湖公园新添百米花廊');
      expect(parsed.articles.slice(1).map((a) => a.headline)).toEqual([null, null]);
      expect(parsed.unassigned.map((u) => u.text)).toContain(top.includes('简讯') ? '简讯' : '新闻速递');
    });
  }

  it('leaves a headline that ends in such a word alone', () => {
    // (One word of a label after a space is no label: 春运 快讯 is 春运快讯, a label only alone.)
    const parsed = parse(page('东湖公园新添百米花廊 春运'));
    expect(parsed.articles[0]!.headline?.replace(/\s/gu, '')).toBe('东湖公园新添百米花廊春运');
  });

  it('is set apart when OCR read it between the headlines of the columns on either side', () => {
    const parsed = parse([
      '青禾日报',
      '2024年4月2日 星期二 第3版 责任编辑：王林',
      '',
      '东湖公园新添百米花廊       要闻快报       北岭小学操场投用',
      '本报讯（记者 李明）近日，东湖公园新建的百米花廊对市民开',
      '放，廊下种了紫藤和蔷薇，每天吸引不少市民前来散步拍照。',
      '',
      '本报讯（记者 孙伟）北岭小学新建的塑胶操场日前投入使用，三百米',
      '跑道和两块篮球场让学生们的体育课有了新去处。',
      '',
    ]);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['东湖公园新添百米花廊', '北岭小学操场投用']);
    expect(parsed.unassigned.map((u) => u.text)).toContain('要闻快报');
  });
});
