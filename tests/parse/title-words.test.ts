import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => setInColumn(text, width);
const parse = linesParser('title-words.txt');
const credits = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => [a.headline, a.reporters, a.correspondents]);

describe('a title word is never a name (特约通讯员, 特约记者, 特约撰稿)', () => {
  it('reads 特约通讯员 as a correspondent, however OCR spaced or glued the title', () => {
    const page = parse([
      '河滩公园新添步道',
      '',
      '本报讯（记者 王一明 特约通讯员 李二）近日，',
      ...column('河滩公园新修的步道全线贯通，沿河两岸种上了柳树和月季，晚上散步的人多了起来。'),
      '',
      '老街路灯换新',
      '',
      '本报讯（记者王一明特约通讯员李二）入冬以',
      ...column('来，老街的路灯陆续换成节能灯，路面比以前亮堂多了，夜里出门的老人也放心了。'),
      '',
      '雨后抢收',
      '',
      '本报讯（见习记者 冯九 特 约通讯员 陈十一）连',
      ...column('日阴雨刚停，镇里的农机手就开着收割机下了地，一天收完了三百多亩稻子。'),
      '',
      '山里的快递站',
      '',
      '特约通讯员 孙五 周六',
      '',
      ...column('山路修通以后，快递车每天都能进村，村口的小卖部当起了快递站，山货一天就能发到城里。'),
      '',
    ]);
    expect(credits(page)).toEqual([
      ['河滩公园新添步道', ['王一明'], ['李二']],
      ['老街路灯换新', ['王一明'], ['李二']],
      ['雨后抢收', ['冯九'], ['陈十一']],
      ['山里的快递站', [], ['孙五', '周六']],
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('reads 特约记者 as a reporter and a 特约撰稿 line as a credit, not text', () => {
    const page = parse([
      '老街路灯换新',
      '',
      '本报讯（特约记者 赵三丰 通讯员 钱四）入冬',
      ...column('以来，老街的路灯陆续换成节能灯，路面比以前亮堂多了，夜里出门的老人也放心了。'),
      '',
      '镇里办起夜校',
      '',
      '特约撰稿 孙五',
      '',
      ...column('每周三晚，镇文化站的夜校准时开课，教村民用手机办事、学做网店，报名的人排到了下个月。'),
      '',
    ]);
    expect(credits(page)).toEqual([
      ['老街路灯换新', ['赵三丰'], ['钱四']],
      ['镇里办起夜校', [], []],
    ]);
    expect(page.articles[1]!.byline).toBe('特约撰稿 孙五');
    expect(page.articles[1]!.paragraphs.join('')).not.toMatch(/撰稿|孙五/u);
    expect(lost(page)).toEqual([]);
  });
});
