import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A text page (the printed lines in reading order, a blank line between blocks) written for this test, in
// made-up places and people.

describe('a weather box whose lines name their day', () => {
  // Each line of the box says which day it tells of (今天：…, 明天：…): still the box's, set apart from the
  // report over it and the notice under it, never an article's text.
  const page = [
    '西河公园樱花进入盛花期',
    '',
    '本报讯（记者 甘棠）连日来气温回升，西河公园的800多株樱花进入盛花期，',
    '前来赏花的市民游客络绎不绝。公园管理处提醒，赏花时请勿攀折花枝。',
    '',
    '天气预报',
    '',
    '今天：晴转多云 12℃～23℃',
    '',
    '明天：多云转阵雨 11℃～19℃',
    '',
    '南风3～4级',
    '',
    '城东菜市场周末试营业',
    '',
    '本报讯（记者 柯岚）经过半年改造，城东菜市场将于本周六试营业，',
    '新设摊位120个，并增设了公平秤和便民服务台。',
  ].join('\n');
  it('goes to the page, not into the report over it', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['西河公园樱花进入盛花期', '城东菜市场周末试营业']);
    expect(parsed.articles.flatMap((a) => a.paragraphs).join('')).not.toMatch(/℃|今天：|明天：/u);
  });
});
