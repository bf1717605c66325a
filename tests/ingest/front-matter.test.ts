import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../src/errors.js';
import { thrown } from '../support/errors.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';
import { readCorrection } from '../../src/ingest/corrections.js';

const error = (text: string): BuildError => thrown(() => readFrontMatter(text, 'p.txt'));

describe('readFrontMatter', () => {
  it('leaves a page without front matter as it is', () => {
    expect(readFrontMatter('本报讯 正文。\n', 'p.txt')).toMatchObject({
      meta: {},
      body: '本报讯 正文。\n',
      lineOffset: 0,
    });
  });

  it('reads paper, date, issue and page number, and counts the lines before the text', () => {
    const src = readFrontMatter(
      '---\npaper: 经开区新闻\ndate: 2023-06-08\nissue: 12\npageNumber: 2\n---\n本报讯 正文。\n',
      'p.txt',
    );
    expect(src.meta).toEqual({ paper: '经开区新闻', date: '2023-06-08', issue: 12, pageNumber: 2 });
    expect(src.body).toBe('本报讯 正文。\n');
    expect(src.lineOffset).toBe(6);
  });

  it('reports broken YAML with its line in the file', () => {
    const e = error('---\npaper: 经开区新闻\ndate: [2023\n---\n正文\n');
    expect(e.rule).toBe('front-matter');
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it('reports front matter that is never closed', () => {
    expect(error('---\npaper: x\n本报讯 正文。\n').message).toMatch(/not closed/);
  });

  it('reports wrong types on the line of the key', () => {
    expect(error('---\npaper: x\ndate: tomorrow\n---\n正文\n')).toMatchObject({ line: 3 });
    expect(error('---\npageNumber: -3\n---\n正文\n')).toMatchObject({ line: 2 });
  });

  it('warns about unknown keys instead of failing', () => {
    const src = readFrontMatter('---\ncolour: red\n---\n正文\n', 'p.txt');
    expect(src.diagnostics).toMatchObject([{ line: 2, severity: 'warning', rule: 'front-matter-unknown-key' }]);
  });

  it('splits the text off where gray-matter does, given only the front matter', () => {
    // Closing lines with spaces, no text after, a line of dashes in the text, --- inside a value (line
    // ends are \n by now: decode.ts).
    const texts = [
      '---\ndate: 2023-06-08\n---\n本报讯 正文。\n---\n又一段。\n',
      '---\ndate: 2023-06-08\n---   \n本报讯 正文。',
      '---\ndate: 2023-06-08\n---',
      '---\npaper: "a---b"\n---\n\n\n本报讯\n',
      '---  \ndate: 2023-06-08\n---\n---\n本报讯\n',
    ];
    for (const text of texts) {
      const whole = matter(text, {});
      const src = readFrontMatter(text, 'p.txt');
      expect(src.body).toBe(whole.content);
      expect(src.lineOffset).toBe(text.slice(0, text.length - whole.content.length).split('\n').length - 1);
    }
  });

  it('refuses front matter in another language on its first line, and never evaluates it', () => {
    const g = globalThis as { baokuRan?: boolean };
    for (const open of ['---js', '--- js', '---javascript', '---JavaScript ', '---coffee', '---json']) {
      const text = `${open}\n(globalThis.baokuRan = true, {})\n---\n本报讯 正文。\n`;
      expect(error(text)).toMatchObject({ line: 1, rule: 'front-matter', message: expect.stringMatching(/YAML only/) });
      expect(thrown(() => readCorrection(text, 'c.md', 'x-1'))).toMatchObject({
        line: 1,
        rule: 'correction',
        message: expect.stringMatching(/YAML only/),
      });
    }
    expect(g.baokuRan).toBeUndefined();
    // A first line naming YAML is YAML.
    expect(readFrontMatter('---yaml\nissue: 3\n---\n正文\n', 'p.txt').meta).toEqual({ issue: 3 });
  });

  it('refuses dates that are not on the calendar, on the line of the key', () => {
    for (const date of ['2023-06-31', '2023-02-30', '2023-02-29', '2023-13-01', '2023-00-10']) {
      expect(error(`---\npaper: x\ndate: ${date}\n---\n正文\n`), date).toMatchObject({
        line: 3,
        message: expect.stringContaining(date),
      });
    }
    expect(readFrontMatter('---\ndate: 2024-02-29\n---\n正文\n', 'p.txt').meta.date).toBe('2024-02-29');
    expect(readFrontMatter('---\ndate: 2023-6-4\n---\n正文\n', 'p.txt').meta.date).toBe('2023-06-04');
  });

  it('refuses YAML aliases, which nested a few deep make a value too large to print or walk', () => {
    const levels = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
    ];
    expect(error(`---\n${levels.join('\n')}\ndate: *h\n---\n正文\n`)).toMatchObject({
      rule: 'front-matter',
      line: 3,
      message: expect.stringMatching(/aliases \(\*name\) are not read/),
    });
  });
});
