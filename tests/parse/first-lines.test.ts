import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// pdftotext reads the first lines of three reports set side by side as one run, then the first column's
// text, then the other columns'. No word of the dictionary runs across the joins (对|市民, 改造|完工,
// 投入|使用 aside: 入使 is none). Written for this test.
const page = [
  '青禾日报',
  '2024年4月2日 星期二 第3版 责任编辑：王林',
  '',
  '东湖公园新添百米花廊',
  '南街菜场完成提升改造',
  '北岭小学操场启用',
  '',
  '本报讯（记者 李明）近日，东湖公园新建的百米花廊对',
  '本报讯（记者 王芳）经过三个月施工，南街菜场提升改造',
  '本报讯（通讯员 孙伟）北岭小学新建的塑胶操场日前投入',
  '市民开放，廊下种了紫藤和蔷薇，每天吸引不少市民前来散',
  '步拍照。公园管理处说，花廊四月底进入盛花期，届时将',
  '延长开放时间，方便上班族下班后来赏花。',
  '',
  '完工，重新开门迎客。改造后的菜场地面铺上防滑地砖，',
  '摊位统一更换了不锈钢台面，还装上了电子价格屏，市民',
  '买菜更加方便。',
  '',
  '使用，三百米跑道和两块篮球场让学生们的体育课有了新',
  '去处。学校说，课后操场也向周边居民开放。',
  '',
];

const bodies = [
  '近日，东湖公园新建的百米花廊对市民开放，廊下种了紫藤和蔷薇，每天吸引不少市民前来散步拍照。公园管理处说，花廊四月底进入盛花期，届时将延长开放时间，方便上班族下班后来赏花。',
  '经过三个月施工，南街菜场提升改造完工，重新开门迎客。改造后的菜场地面铺上防滑地砖，摊位统一更换了不锈钢台面，还装上了电子价格屏，市民买菜更加方便。',
  '北岭小学新建的塑胶操场日前投入使用，三百米跑道和两块篮球场让学生们的体育课有了新去处。学校说，课后操场也向周边居民开放。',
];

describe('the first lines of columns read one after another', () => {
  it('each go back over their own column’s text', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.paragraphs.join(''))).toEqual(bodies);
    expect(parsed.articles.map((a) => a.headline)).toEqual([
      '东湖公园新添百米花廊',
      '南街菜场完成提升改造',
      '北岭小学操场启用',
    ]);
  });

  it('the same, with the run a block of its own', () => {
    const apart = page.flatMap((l) => (l.startsWith('本报讯（通讯员') ? [l, ''] : [l]));
    expect(parse(apart).articles.map((a) => a.paragraphs.join(''))).toEqual(bodies);
  });

  it('stay where they are when the first column’s text goes on in the next block', () => {
    // Which column's text is which is then in doubt: no first line goes over another column's text.
    const cut = page.map((l) =>
      l === '延长开放时间，方便上班族下班后来赏花。' ? '延长开放时间，方便上班族下班后' : l,
    );
    const bodies = parse(cut).articles.map((a) => a.paragraphs.join(''));
    expect(bodies.some((b) => b.includes('提升改造使用'))).toBe(false);
  });
});
