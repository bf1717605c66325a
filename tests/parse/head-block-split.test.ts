import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// A head block of three lines over a lead, a column of headless briefs under it. Written for these tests.
const parse = linesParser('head-block-split.txt');

describe('a 引题, a headline and a 副题 set apart over a lead, headless briefs further down', () => {
  it('stay one block over the lead: the 引题 and headline do not go to a brief that shares a word with them', () => {
    const page = parse([
      '护春茶 保春收',
      '',
      '青山县两万亩茶园开始采摘',
      '',
      '机采面积扩大到四成，“茶青收购价”比去年略高',
      '',
      '本报青山讯（记者 方远山 通讯员 贺小雨）清明将至，青山县',
      '各地的茶园里一派繁忙。在龙井村的茶叶专业合作社，几十名',
      '采茶工正在山坡上采摘明前茶，加工车间里的炒茶机昼夜运转。',
      '',
      '今年，县里统筹资金九百万元，新建标准化茶园三千亩，机采',
      '面积由去年的两成扩大到四成，茶农的收入有望继续增加。',
      '',
      '本报讯（记者 方远山）3月20日，青山县人民医院与省城一家',
      '医院签订合作协议，省城专家将每月到县医院坐诊、带教。',
      '',
      '本报讯（通讯员 贺小雨）日前，县市场监管局发布一季度抽检',
      '结果，共抽检食品样品六百批次，合格率百分之九十八。',
    ]);
    expect(page.articles.map((a) => [a.kicker, a.headline, a.subhead])).toEqual([
      ['护春茶保春收', '青山县两万亩茶园开始采摘', '机采面积扩大到四成，“茶青收购价”比去年略高'],
      [null, null, null],
      [null, null, null],
    ]);
    expect(lost(page)).toEqual([]);
  });
});
