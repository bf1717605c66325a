import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A profile whose headline filled its line, its series' tag in brackets printed on the line under it, after a
// report that closed with a finished sentence. Written for this test.
const page = [
  '青石镇新修两座便民桥',
  '',
  '本报讯 青石镇新修的两座便民桥日前通车，沿河三个村的村民过河',
  '不用再绕行五公里。',
  '',
  '青石镇助残中心主任林小雨——',
  '',
  '“我想做一盏照亮别人的灯”',
  '（青春在基层）',
  '',
  '本报讯 坐在轮椅上的林小雨，被人们称为“勇敢的春燕”。她创办的',
  '助残中心，已帮助三百多名残疾人找到了工作。',
];

describe("a series' tag under a headline", () => {
  it("is the headline's last line, not the signature of the report before it", () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.signature)).toEqual([null, null]);
    expect(parsed.articles[1]!.headline).toBe('“我想做一盏照亮别人的灯”（青春在基层）');
    expect(parsed.articles[1]!.kicker).toBe('青石镇助残中心主任林小雨——');
  });
});
