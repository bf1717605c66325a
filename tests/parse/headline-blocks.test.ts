import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Headline blocks (引题 kicker, headline, 副题 subhead) as printed and as OCR reads them. Written for these tests.

describe('a 副题 printed under its headline, a photo between it and the text', () => {
  it("stays with that headline, though it names a place another article's text names too", () => {
    const page = parse([
      '夜读有了好去处',
      '',
      '本报讯 区图书馆本周起延长开放时间，每晚开放到九点，方便上班族',
      '借书还书。城东街道的读者说，下班后终于有地方看书了。',
      '',
      '老茶馆重新开张',
      '',
      '城东街道修缮三处百年老字号门店',
      '',
      '茶客在修缮一新的茶馆里喝茶。',
      '',
      '吴青/摄',
      '',
      '本报讯（记者 周明）十月一日，位于老街的老茶馆修缮完工',
      '重新开张，茶客们又能在雕花木窗下喝茶听书了。茶馆掌柜',
      '说，这次修缮保留了原来的梁柱和青砖，只更换了朽坏的门',
      '板和屋瓦。据介绍，茶馆修缮由文物部门全程指导，另外两',
      '处老字号门店也将在年底前完工。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([
      ['夜读有了好去处', null],
      ['老茶馆重新开张', '城东街道修缮三处百年老字号门店'],
    ]);
  });
});
