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

describe('the rest of an article from another page', () => {
  it('opens with its mark, OCR reading its bracket as 《', () => {
    const page = parse(['《上接第一版）修缮保留了原有的拱券和栏板，更换了破损的', '桥面石，桥下的河道也一并清淤。']);
    expect(page.articles.map((a) => [a.headline, a.continuedFrom])).toEqual([[null, '第一版']]);
  });
});
