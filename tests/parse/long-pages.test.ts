import { describe, expect, it } from 'vitest';
import { linesParser, lost, squeeze } from '../support/page-lines.js';

// Made-up pages far longer than a printed page, as a merged file or a broken export gives them: each parses,
// every line lands where a reader would look for it. (How long a parse takes no test times: see
// docs/performance.md.)
const parse = linesParser('long.txt');

describe('a page of thousands of lines', () => {
  it('keeps a paragraph whose every line a number breaks, however many lines it runs to', () => {
    // A text layer sets digits in runs of their own; here every line opens and ends with one.
    const body = Array.from({ length: 1500 }, (_, i) => `${i % 10}号楼外墙完成保温改造${(i + 3) % 10}`);
    const page = parse(['旧楼改造进展顺利', '', '本报讯（记者 王一）', ...body]);
    expect(lost(page)).toEqual([]);
    expect(page.articles).toHaveLength(1);
    expect(squeeze(page.articles[0]!.paragraphs.join(''))).toBe(squeeze(body.join('')));
  });

  it('keeps each notice of a long run of notices dated under its issuer', () => {
    const notices = Array.from({ length: 300 }, (_, i) => [
      `因管网改造，第${i + 1}片区将于次日停水一天，请居民提前储水。`,
      '青石县自来水公司',
      `2026年3月${1 + (i % 28)}日`,
      '',
    ]);
    const page = parse(['停水通知', '', ...notices.flat()]);
    expect(lost(page)).toEqual([]);
    const paragraphs = page.articles.flatMap((a) => a.paragraphs);
    for (const [text, , date] of notices) {
      expect(paragraphs.some((p) => p.includes(text!))).toBe(true);
      expect(paragraphs.some((p) => p === date)).toBe(true);
    }
  });
});
