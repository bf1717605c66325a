import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Credits as metro papers and agency copy print them. Written for these tests.

const credits = (lines: string[]) =>
  parse(lines).articles.map((a) => [
    a.headline,
    a.dateline,
    a.reporters,
    a.correspondents,
    a.paragraphs[0]!.slice(0, 4),
  ]);

describe('a byline whose titles are joined to the names by slashes, with no brackets', () => {
  it('ends at the space after the last name, over one line or two', () => {
    expect(
      credits([
        '城北新建两座人行天桥',
        '',
        '青石都市报讯 记者/贺小川 通讯员/甘若',
        '溪 4月2日，城北两座人行天桥同时开工，',
        '预计年底前建成。',
        '',
        '老街背街小巷完成改造',
        '',
        '青石都市报讯 记者/满文静 记者从市住建局获悉，',
        '首批背街小巷改造已全部完工。',
        '',
      ]),
    ).toEqual([
      ['城北新建两座人行天桥', '青石都市报讯', ['贺小川'], ['甘若溪'], '4月2日'],
      ['老街背街小巷完成改造', '青石都市报讯', ['满文静'], [], '记者从市'],
    ]);
  });
});

describe('a credit naming an agency’s reporter', () => {
  it('reads 新华社记者 as a reporter’s title, also when the credit is broken over two lines', () => {
    expect(
      credits([
        '春茶开采',
        '',
        '本报讯（新华社记者 管一舟）近日，山区茶园陆续开采，',
        '茶农们抢抓晴好天气采摘春茶。',
        '',
        '夏粮收购准备就绪',
        '',
        '本报讯（新华社记者 管一舟 通讯员',
        '甘若溪）今年夏粮收购准备工作已全面展开。',
        '',
      ]),
    ).toEqual([
      ['春茶开采', '本报讯', ['管一舟'], [], '近日，山'],
      ['夏粮收购准备就绪', '本报讯', ['管一舟'], ['甘若溪'], '今年夏粮'],
    ]);
  });
});

describe('a line of another column a text layer set inside a credit', () => {
  it('is no name: the credit names only its writers', () => {
    const [a] = parse([
      '跨海大桥合龙',
      '',
      '本报讯（记者 管一舟 通讯员 全岛群众出行将告别看天坐船的日子',
      '甘若溪）近日，跨海大桥主桥顺利合龙。',
      '',
    ]).articles;
    expect([a!.reporters, a!.correspondents]).toEqual([['管一舟'], ['甘若溪']]);
  });
});

describe('a slash credit with no dateline before it', () => {
  it('opens the text as a bracketed byline would, or stands alone under the headline', () => {
    expect(
      credits([
        '河滨公园新添健身步道',
        '',
        '记者/贺小川 通讯员/甘若溪 记者从区园林局获悉，河滨公园',
        '新修的健身步道已对市民开放。',
        '',
        '社区食堂开门迎客',
        '',
        '记者/满文静',
        '',
        '昨日，南门社区的长者食堂正式开业，',
        '附近老人在家门口就能吃上热饭。',
        '',
      ]),
    ).toEqual([
      ['河滨公园新添健身步道', null, ['贺小川'], ['甘若溪'], '记者从区'],
      ['社区食堂开门迎客', null, ['满文静'], [], '昨日，南'],
    ]);
  });
});

describe('a byline alone under the ▲ mark', () => {
  it('is a byline, not a caption: it names writers and no photographer', () => {
    expect(
      credits([
        '社区食堂开门迎客',
        '',
        '▲本报记者 满文静 通讯员 甘若溪',
        '',
        '昨日，南门社区的长者食堂正式开业，',
        '附近老人在家门口就能吃上热饭。',
        '',
      ]),
    ).toEqual([['社区食堂开门迎客', null, ['满文静'], ['甘若溪'], '昨日，南']]);
  });
});
