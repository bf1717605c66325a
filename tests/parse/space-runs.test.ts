import { describe, expect, it } from 'vitest';
import { parseKept } from '../support/parse-kept.js';

// A made-up report whose lines hold runs of 20 000 spaces (a broken export pads its lines so) around its
// headline, inside its credit, in a sentence and inside a closing credit's brackets.
const run = ' '.repeat(20000);
const page = [
  `${run}青石镇新建文化广场${run}`,
  '',
  `本报讯（记者${run}王一）青石镇新建的文化广场日前投入使用，广场设有健身步道和露天舞台。`,
  `附近居民说，${run}晚饭后来这里散步的人越来越多。`,
  `广场还将举办周末电影放映活动。（${run}李二${run}）`,
];

describe('a page with long runs of spaces', () => {
  // (A reader sees the page parse, its fields read as without the spaces; how long it takes no test times.)
  it('parses: the headline, the credit and the text read through the runs', () => {
    const parsed = parseKept(page);
    const first = parsed.articles[0]!;
    expect(first.headline).toBe('青石镇新建文化广场');
    expect(first.byline).toBe('记者 王一');
    expect(first.paragraphs).toEqual([
      '青石镇新建的文化广场日前投入使用，广场设有健身步道和露天舞台。',
      '附近居民说，晚饭后来这里散步的人越来越多。',
    ]);
    expect(parsed.articles.flatMap((a) => a.paragraphs).join('')).toContain('广场还将举办周末电影放映活动。');
  });
});
