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
});
