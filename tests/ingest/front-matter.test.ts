import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../src/errors.js';
import { thrown } from '../support/errors.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';

const error = (text: string): BuildError => thrown(() => readFrontMatter(text, 'p.txt'));

describe('readFrontMatter', () => {
  it('leaves a page without front matter as it is', () => {
    expect(readFrontMatter('本报讯 正文。\n', 'p.txt')).toMatchObject({ meta: {}, body: '本报讯 正文。\n', lineOffset: 0 });
  });

  it('reads paper, date, issue and page number, and counts the lines before the text', () => {
    const src = readFrontMatter('---\npaper: 经开区新闻\ndate: 2023-06-08\nissue: 12\npageNumber: 2\n---\n本报讯 正文。\n', 'p.txt');
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
});
