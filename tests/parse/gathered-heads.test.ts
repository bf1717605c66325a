import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// pdftotext reads the headlines of two reports set side by side one after the other, then the reports, column
// by column. The headlines share hardly a word with their reports. Written for this test.
const gathered = [
  '青禾日报',
  '2024年4月2日 星期二 第3版 责任编辑：王林',
  '',
  '春风十里花廊香',
  '老菜场换了新模样',
  '',
  '本报讯（记者 李明 通讯员 赵青）近日，东湖公园新建的百',
  '米花廊对市民开放，廊下种了紫藤和蔷薇，每天吸引不少',
  '市民前来散步拍照。公园管理处说，四月底进入盛花期，',
  '届时将延长开放时间。',
  '',
  '本报讯（记者 王芳）经过三个月施工，南街菜场提升改造',
  '完工，重新开门迎客。改造后的地面铺上防滑地砖，摊位',
  '统一更换了不锈钢台面，还装上了电子价格屏。',
  '',
];

describe('headlines gathered over the reports they head', () => {
  it('each head the report of their rank, not one headline over the first', () => {
    const parsed = parse(gathered);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['春风十里花廊香', '老菜场换了新模样']);
    expect(parsed.articles.map((a) => a.reporters)).toEqual([['李明'], ['王芳']]);
  });

  it('go by their words where these say clearly which report each heads', () => {
    const swapped = gathered.map((l) =>
      l === '春风十里花廊香' ? '南街菜场完成提升改造' : l === '老菜场换了新模样' ? '东湖公园新添百米花廊' : l,
    );
    const parsed = parse(swapped);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['东湖公园新添百米花廊', '南街菜场完成提升改造']);
  });

  it('stay one headline over a report when the text under it is no report of its own', () => {
    // The second text is the first one's next paragraph: a headline wrapped onto two lines heads one report.
    const one = gathered.map((l) => (l.startsWith('本报讯（记者 王芳）') ? '经过三个月施工，南街菜场提升改造' : l));
    const parsed = parse(one);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.headline?.replace(/\s/gu, '')).toBe('春风十里花廊香老菜场换了新模样');
  });
});
