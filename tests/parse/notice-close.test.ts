import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Text pages (the printed lines in reading order, a blank line between blocks) of a service page's notices:
// written for these tests, in made-up places, offices and people.

describe('a notice closed by its issuer', () => {
  // A correction signed by the desk after its closing formula (no date), and a call signed by the paper and
  // dated under a contact line: each notice ends at its issuer (and date), and the next head opens the next one.
  const page = [
    '芦湾镇老街改造首期完工',
    '',
    '本报讯（记者 蒋禾）5月7日，芦湾镇老街改造首期工程完工，沿街',
    '38栋老房子完成外立面修缮，地下管网全部更新，路面铺上了青石板。',
    '',
    '老街改造坚持“修旧如旧”，施工前请专家和居民一起商定方案，保留了',
    '老街原有的风貌。二期工程计划于今年下半年开工。',
    '',
    '“以前一下雨路上全是积水，现在好走多了。”在老街住了四十多年的',
    '居民何阿婆说。',
    '',
    '更正',
    '',
    '本报5月8日第3版《芦湾镇新建两座污水处理站》一文中，“日处理能力',
    '800吨”应为“日处理能力1800吨”。特此更正，并向读者致歉。',
    '',
    '本报编辑部',
    '',
    '芦湾晚报志愿者招募启事',
    '',
    '为办好“读者开放日”活动，芦湾晚报社面向社会招募志愿者20名，负责',
    '活动当天的引导、签到和讲解服务。',
    '',
    '报名方式：5月20日前将报名表发送至报社读者服务部。',
    '',
    '联系电话：0571-86320011',
    '',
    '芦湾晚报社',
    '',
    '2025年5月9日',
    '',
    '桥头社区开办暑期托管班',
    '',
    '本报讯（记者 岑溪）记者从桥头社区获悉，社区今年将开办暑期托管班，',
    '为辖区双职工家庭的小学生提供看护和课业辅导，首期可接收学生60名。',
  ].join('\n');
  it('ends with them, and the next head opens the next piece', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.headline)).toEqual([
      '芦湾镇老街改造首期完工',
      '更正',
      '芦湾晚报志愿者招募启事',
      '桥头社区开办暑期托管班',
    ]);
    expect(parsed.articles[1]!.paragraphs.at(-1)).toBe('本报编辑部');
    expect(parsed.articles[1]!.subheads).toEqual([]);
    expect(parsed.articles[2]!.paragraphs.slice(-3)).toEqual(['联系电话：0571-86320011', '芦湾晚报社', '2025年5月9日']);
  });
});

describe('a report that ends as a plea for understanding', () => {
  // …的理解和谅解。 ends stories too: the headline under it, though it ends in a word an office's name ends
  // in (驿站), is no notice's issuer and heads the next report.
  const page = [
    '城东路封闭施工',
    '',
    '本报讯（记者 蒋禾）城东路下月起封闭施工，市政部门提醒市民提前规划出行路线，希望得到沿线居民的理解和谅解。',
    '',
    '社区里的爱心驿站',
    '',
    '本报讯（记者 何夕）城西社区的爱心驿站开张，为环卫工人提供热水和休息的地方。',
  ].join('\n');
  it('keeps the next headline over its report', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城东路封闭施工', '社区里的爱心驿站']);
  });
});
