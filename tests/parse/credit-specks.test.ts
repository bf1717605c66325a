import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A PDF text layer reads a line of the next column, level with the credit's first line, in between the two
// lines of a credit in brackets broken after its role (通讯员 / … / 赵青）). Written for this test.
const creditCut = [
  '青禾日报',
  '2024年4月2日 星期二 第3版 责任编辑：王林',
  '',
  '东湖公园新添百米花廊',
  '',
  '本报讯（记者 李明 通讯员',
  '“我们每天早上都来走一走。”',
  '赵青）近日，东湖公园新建的百',
  '米花廊对市民开放，廊下种了紫藤和蔷薇，每天吸引不少',
  '市民前来散步拍照。公园管理处说，四月底进入盛花期，',
  '届时将延长开放时间。',
  '',
];

describe('a credit in brackets cut by another column’s line', () => {
  it('reads its names whole: the line between goes out of the credit and out of the first paragraph', () => {
    const a = parse(creditCut).articles[0]!;
    expect(a.reporters).toEqual(['李明']);
    expect(a.correspondents).toEqual(['赵青']);
    expect(a.paragraphs[0]).toMatch(/^近日，东湖公园/u);
  });

  it('keeps a line of more names between as the credit’s', () => {
    const names = creditCut.map((l) =>
      l.startsWith('“我们') ? '赵青 孙伟' : l.startsWith('赵青）') ? '周兰）近日，东湖公园新建的百' : l,
    );
    const a = parse(names).articles[0]!;
    // (The names stay in the credit; a credit over three lines reads its first two: a limit of the credits.)
    expect(a.correspondents.slice(0, 2)).toEqual(['赵青', '孙伟']);
  });
});

// pdftotext runs the last character of a headline that wrapped (百米花 / 廊) into the first line of the text
// under it: 廊本报讯（…）. Written for this test.
const speck = [
  '青禾日报',
  '2024年4月2日 星期二 第3版 责任编辑：王林',
  '',
  '南街菜场完成提升改造',
  '',
  '经过三个月施工，南街菜场提升改造完工，重新开门迎',
  '客。改造后的地面铺上防滑地砖。',
  '',
  '东湖公园新添百米花',
  '廊本报讯（记者 李明 通讯员 赵青）近日，东湖公园新建的',
  '百米花廊对市民开放，廊下种了紫藤和蔷薇，每天吸引不少',
  '市民前来散步拍照。公园管理处说，四月底进入盛花期，',
  '届时将延长开放时间。',
  '',
];

describe('a character run into a dateline', () => {
  it('does not hide it: the dateline opens its own article under its headline', () => {
    const parsed = parse(speck);
    expect(parsed.articles).toHaveLength(2);
    const a = parsed.articles[1]!;
    expect(a.dateline).toBe('本报讯');
    expect(a.reporters).toEqual(['李明']);
    expect(a.headline?.replace(/\s/gu, '')).toBe('东湖公园新添百米花廊');
    expect(parsed.articles[0]!.paragraphs.join('')).not.toContain('本报讯');
  });

  it('goes back onto the line before when a word reads on across (服|务)', () => {
    const parsed = parse(
      speck.map((l) => l.replace('东湖公园新添百米花', '东湖公园开通咨询服').replace('廊本报讯', '务本报讯')),
    );
    expect(parsed.articles[1]!.headline).toBe('东湖公园开通咨询服务');
  });

  it('leaves a source credit (据本报讯) alone', () => {
    const parsed = parse(speck.map((l) => l.replace('廊本报讯（记者 李明 通讯员 赵青）', '据本报讯 ')));
    expect(parsed.articles.map((a) => a.dateline)).not.toContain('本报讯');
  });
});
