import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Two stories set level on a page, their headlines read one after another and then their texts one after
// another, with nothing between the texts. Written for these tests.

const HEADS = ['东湖小学新建科技教室', '', '西山林场栽下万株杉树', ''];

const SCHOOL = [
  '本报讯（记者 林晓）九月开学，东湖小学新建的科技教室正式启用，学生们',
  '在教室里学编程、做实验、搭机器人。',
  '科技教室配备了五十台电脑和三套机器人套件，每周向全校学生开放四个下午。',
  '校长说，学校还请来科技馆的老师每月上一堂课。',
  '',
];

const FOREST = [
  '3月12日，西山林场组织职工和志愿者上山植树，一天栽下杉树苗一万余株。',
  '林场负责人介绍，今年林场计划新造杉树林八百亩，补植林地四百亩，',
  '栽下的树苗由护林员分片看护，确保成活。',
];

describe('two stories under headlines gathered over their texts', () => {
  it('cuts the text where the second story opens, and each headline heads its own', () => {
    const page = parse([...HEADS, ...SCHOOL, ...FOREST]);
    expect(page.articles.map((a) => a.headline)).toEqual(['东湖小学新建科技教室', '西山林场栽下万株杉树']);
    expect(page.articles[1]!.paragraphs[0]).toMatch(/^3月12日，西山林场/u);
    expect(page.articles[0]!.byline).toBe('记者 林晓');
  });

  it('cuts it so when the headlines come in the other order', () => {
    const page = parse([...HEADS.slice(2), ...HEADS.slice(0, 2), ...SCHOOL, ...FOREST]);
    expect(page.articles.map((a) => a.headline)).toEqual(['东湖小学新建科技教室', '西山林场栽下万株杉树']);
  });
});

describe('one story with a 副题 that tells of its later paragraphs', () => {
  it('stays one story: its parts share their matter', () => {
    const page = parse([
      '西山林场栽下万株杉树',
      '',
      '职工志愿者分片看护确保成活',
      '',
      '3月12日，西山林场组织职工上山植树，一天栽下杉树苗一万余株，',
      '林场今年计划新造杉树林八百亩。',
      '',
      '3月下旬，栽下的树苗由职工和志愿者分片看护，林场请来技术员指导，确保成活。',
      '林场负责人说，杉树苗成活后将交给护林员管护。',
    ]);
    expect(page.articles).toHaveLength(1);
  });
});
