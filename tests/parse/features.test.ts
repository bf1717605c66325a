import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Features and their credits: where one article ends and the next begins on pages whose articles carry
// bylines. Written for these tests.

// A feature bylined at its head, its sections under short subheads (each on another subject), then a report.
const subheaded = [
  '山村来了新农人',
  '',
  '本报记者 韩冬 通讯员 林青',
  '',
  '大学毕业那年，周晓雨没有留在城里，而是回',
  '到了老家东岭村，承包了四十亩荒坡种蓝莓。',
  '',
  '从零学起',
  '',
  '头一年，蓝莓苗死了一大半。她跑遍了周边的',
  '农科站，向技术员请教土壤改良和剪枝方法，',
  '晚上就在手机上看课程，笔记记满了三个本子。',
  '',
  '网上卖果',
  '',
  '果子熟了，怎么卖出去成了难题。她开起网店，',
  '每天直播采摘过程，订单从外省纷纷飞来，最',
  '多的一天发出了六百多箱。',
  '',
  '带着乡亲干',
  '',
  '如今，村里已有十二户跟着她种上了蓝莓，合',
  '作社统一收购、统一包装，户均增收两万元。',
  '',
  '老桥换新颜',
  '',
  '本报记者 苏明',
  '',
  '城西的石拱老桥经过半年修缮，近日重新开放。',
  '修缮保留了原有的拱券和栏板，更换了破损的',
  '桥面石，桥下的河道也一并清淤。',
];

// A feature bylined at its end, OCR having read its last subhead out of place above the byline; a report after.
const bylinedAtEnd = [
  '山村来了新农人',
  '',
  '大学毕业那年，周晓雨没有留在城里，而是回',
  '到了老家东岭村，承包了四十亩荒坡种蓝莓。',
  '头一年，蓝莓苗死了一大半。她跑遍了周边的',
  '农科站，向技术员请教土壤改良和剪枝方法。',
  '',
  '如今，村里已有十二户跟着她种上了蓝莓，合',
  '作社统一收购、统一包装，户均增收两万元。',
  '',
  '网上卖果',
  '',
  '本报记者 韩冬',
  '',
  '老桥换新颜',
  '',
  '本报记者 苏明',
  '',
  '城西的石拱老桥经过半年修缮，近日重新开放。',
  '修缮保留了原有的拱券和栏板，更换了破损的',
  '桥面石，桥下的河道也一并清淤。',
];

describe('a feature with in-body subheads', () => {
  it('is one article: subheads over text that carries no credit of its own open no article', () => {
    const page = parse(subheaded);
    expect(page.articles.map((a) => a.headline)).toEqual(['山村来了新农人', '老桥换新颜']);
    expect(page.articles[0]!.subheads).toEqual(['从零学起', '网上卖果', '带着乡亲干']);
    expect(page.articles[0]!.reporters).toEqual(['韩冬']);
    expect(page.articles[1]!.reporters).toEqual(['苏明']);
  });
  it('bylined at its end keeps its byline and the lines above it, over the next headline and its own byline', () => {
    const page = parse(bylinedAtEnd);
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['山村来了新农人', '本报记者 韩冬'],
      ['老桥换新颜', '本报记者 苏明'],
    ]);
    expect(page.articles[0]!.subheads).toEqual(['网上卖果']);
  });
});

// A feature credited only at its end (its writer's role in brackets after its last sentence), between two reports.
const creditedAtEnd = [
  '城东新开一家社区书店',
  '',
  '本报讯（记者 林青）城东街道首家社区书店昨天开门，',
  '书店面积两百平方米，藏书一万余册，居民凭借书证',
  '可免费借阅。开业当天，不少家长带着孩子前来看书。',
  '',
  '老街里的手艺人',
  '',
  '青石巷深处，六十八岁的竹匠老周每天清晨',
  '五点就坐在门口劈篾，一把篾刀用了四十年，',
  '刀柄磨得发亮。巷子里的老住户都说，听见劈',
  '篾声，就知道天亮了。',
  '',
  '一根竹子的讲究',
  '',
  '老周说，编竹器最要紧的是选竹。三年生的毛',
  '竹韧性最好，砍下后要放在阴凉处晾上半个月，',
  '劈出的篾片才不会开裂。一把竹椅要用上百根',
  '篾片，每一根都得刮得一样薄。',
  '',
  '徒弟来自大学',
  '',
  '去年，两名学设计的大学生找上门来拜师。他',
  '们把老周的竹编做成了灯罩和果盘，放到网上',
  '卖，一个月就接了三百多单。老周笑着说，没',
  '想到老手艺还能赶上新时候。（记者 韩冬）',
  '',
  '春季赏花游线路发布',
  '',
  '本报讯（记者 苏明）市文旅局昨天发布十条春季赏花',
  '游线路，涵盖油菜花、桃花和樱花观赏点，沿线景区',
  '推出门票优惠和惠民活动。',
];

describe('a feature credited at its end', () => {
  it('keeps its subheads, each on another subject, up to the credit that closes it', () => {
    const page = parse(creditedAtEnd);
    expect(page.articles.map((a) => [a.headline, a.reporters])).toEqual([
      ['城东新开一家社区书店', ['林青']],
      ['老街里的手艺人', ['韩冬']],
      ['春季赏花游线路发布', ['苏明']],
    ]);
    expect(page.articles[1]!.subheads).toEqual(['一根竹子的讲究', '徒弟来自大学']);
  });
  it('but a brief signed with bare names after an unsigned piece is a brief of its own', () => {
    const page = parse(creditedAtEnd.map((l) => l.replace('（记者 韩冬）', '（韩冬）')));
    expect(page.articles.map((a) => a.headline)).toEqual([
      '城东新开一家社区书店',
      '老街里的手艺人',
      '一根竹子的讲究',
      '徒弟来自大学',
      '春季赏花游线路发布',
    ]);
  });
  it("credited at its head by its paper's short dateline (晚报讯) keeps its subheads too", () => {
    const page = parse([
      ...creditedAtEnd.slice(6, 8),
      '晚报讯（记者 韩冬）' + creditedAtEnd[8],
      ...creditedAtEnd.slice(9, 25),
      '想到老手艺还能赶上新时候。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.dateline, a.reporters])).toEqual([
      ['老街里的手艺人', '晚报讯', ['韩冬']],
    ]);
  });
});

describe('the rest of an article from another page', () => {
  it('opens with its mark, OCR reading its bracket as 《', () => {
    const page = parse(['《上接第一版）修缮保留了原有的拱券和栏板，更换了破损的', '桥面石，桥下的河道也一并清淤。']);
    expect(page.articles.map((a) => [a.headline, a.continuedFrom])).toEqual([[null, '第一版']]);
  });
});
