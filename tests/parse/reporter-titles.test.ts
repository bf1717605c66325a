import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => setInColumn(text, width);
const parse = linesParser('titles.txt');
const credits = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => [a.headline, a.reporters, a.correspondents]);

describe('reporter titles papers print besides 记者 and 本报记者', () => {
  it('reads a byline in brackets after a dateline with any title', () => {
    const page = parse([
      '河滩公园新添步道',
      '',
      '本报讯（融媒记者 王一 通讯员 李二）近日，',
      ...column('河滩公园新修的步道全线贯通，沿河两岸种上了柳树和月季，晚上散步的人多了起来。'),
      '',
      '老街路灯换新',
      '',
      '本报讯（本报融媒记者 赵三 实习生 钱四）入冬',
      ...column('以来，老街的路灯陆续换成节能灯，路面比以前亮堂多了，夜里出门的老人也放心了。'),
      '',
      '镇里办起夜校',
      '',
      '本报讯（全媒体记者 孙五 见习记者 周六）每周',
      ...column('三晚，镇文化站的夜校准时开课，教村民用手机办事、学做网店，报名的人排到了下个月。'),
      '',
    ]);
    expect(credits(page)).toEqual([
      ['河滩公园新添步道', ['王一'], ['李二']],
      ['老街路灯换新', ['赵三'], []],
      ['镇里办起夜校', ['孙五', '周六'], []],
    ]);
    expect(page.articles.map((a) => a.paragraphs[0]!.slice(0, 2))).toEqual(['近日', '入冬', '每周']);
    expect(lost(page)).toEqual([]);
  });

  it('reads a byline alone on a line under the headline with any title', () => {
    const page = parse([
      '山里的快递站',
      '',
      '融媒记者 吴七 摄影记者 郑八',
      '',
      ...column('山路修通以后，快递车每天都能进村，村口的小卖部当起了快递站，山货一天就能发到城里。'),
      '',
      '雨后抢收',
      '',
      '本报全媒体记者 冯九 通讯员 陈十',
      '',
      ...column('连日阴雨刚停，镇里的农机手就开着收割机下了地，一天收完了三百多亩稻子，粮站连夜烘干。'),
      '',
    ]);
    expect(credits(page)).toEqual([
      ['山里的快递站', ['吴七', '郑八'], []],
      ['雨后抢收', ['冯九'], ['陈十']],
    ]);
    expect(page.articles.every((a) => a.paragraphs.every((p) => !/记者|通讯员/u.test(p)))).toBe(true);
    expect(lost(page)).toEqual([]);
  });

  it('reads a byline in brackets run in at a text end with any title', () => {
    const page = parse([
      '菜市场延长营业时间',
      '',
      ...column('从下周起，城南菜市场每天营业到晚上九点，下班晚的居民也能买上新鲜蔬菜。'),
      '市场还增设了便民秤，方便顾客复秤。（见习记者 褚一 通讯员 卫二）',
      '',
      '图书馆开设夜间阅览室',
      '',
      ...column('市图书馆二楼的夜间阅览室开放了，每晚开放到十点，周末也不闭馆，自习的学生很多。'),
      '前来看书的市民络绎不绝。（摄影记者 蒋三）',
      '',
    ]);
    expect(credits(page)).toEqual([
      ['菜市场延长营业时间', ['褚一'], ['卫二']],
      ['图书馆开设夜间阅览室', ['蒋三'], []],
    ]);
    expect(page.articles.map((a) => a.signature)).toEqual([null, null]);
    expect(lost(page)).toEqual([]);
  });
});
