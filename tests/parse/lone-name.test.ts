import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

const parse = linesParser('lone-name.txt');
const heads = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => [a.kicker, a.headline, a.subhead, a.signature]);

/** A page whose first story ends in `credit`, set alone over the next story's headline. */
const page = (credit: string) =>
  parse([
    '河滩公园新添步道',
    '',
    '本报讯（记者 王一明）近日，河滩公园新修的步道全线贯通，',
    '沿河两岸种上了柳树和月季，晚上散步的人多了起来。',
    '',
    '当天前来散步的市民纷纷称赞，说公园变得更美了，',
    '不少人还拍照发到了朋友圈。',
    '',
    credit,
    '',
    '老街路灯换新',
    '',
    '本报讯（记者 钱四）入冬以来，老街的路灯陆续换成节能灯，',
    '路面比以前亮堂多了，夜里出门的老人也放心了。',
  ]);

describe('a name set alone under a finished story', () => {
  it('signs the story above instead of taking the next headline', () => {
    const p = page('赵晓玲');
    expect(heads(p)).toEqual([
      [null, '河滩公园新添步道', null, '赵晓玲'],
      [null, '老街路灯换新', null, null],
    ]);
    expect(lost(p)).toEqual([]);
  });

  it('leaves a place name over a headline as its kicker', () => {
    const p = page('王家镇');
    expect(heads(p)[1]).toEqual(['王家镇', '老街路灯换新', null, null]);
    expect(p.articles[0]!.signature).toBeNull();
  });
});
