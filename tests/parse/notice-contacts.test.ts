import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/parse/lines.js';
import { parseKept } from '../support/parse-kept.js';

/** A notice closed by its contact lines (as many as `contacts`), its issuer and its date, as a text layer has it. */
const notice = (contacts: number): string[] => [
  '招聘启事',
  '',
  '本中心因工作需要，面向社会公开招聘工作人员若干名，有意者请于本月底前报名。',
  ...Array.from({ length: contacts }, (_, k) => `联系电话：0393-${String(1000000 + k)}（工作日）`),
  '青石区便民服务中心',
  '2024年9月9日',
  '',
];

describe("a notice's contact lines over its issuer", () => {
  it('stay the notice’s text, not a box’s telephone lines', () => {
    const lines = readLines(`${notice(3).join('\n')}\n`);
    expect(lines.filter((l) => l.text.startsWith('联系电话')).map((l) => l.role)).toEqual(['text', 'text', 'text']);
  });

  // (This asserts what a reader sees on a long run; the one-pass reading's speed is measured by no test.)
  it('stay the notice’s text however long their run', () => {
    const lines = readLines(`${notice(3000).join('\n')}\n`);
    const contacts = lines.filter((l) => l.text.startsWith('联系电话'));
    expect(contacts).toHaveLength(3000);
    expect(contacts.every((l) => l.role === 'text')).toBe(true);
  });
});

describe('a notice with a page-long run of contact lines', () => {
  // (A reader sees the page parse and every line land in the notice; how long the parse takes no test times.)
  it('parses, its contact lines the notice’s text under its head', () => {
    const parsed = parseKept(notice(3000));
    expect(parsed.articles.map((a) => a.headline)).toEqual(['招聘启事']);
    const text = parsed.articles[0]!.paragraphs.join('');
    expect(text.match(/联系电话：/gu)).toHaveLength(3000);
    expect(parsed.articles[0]!.paragraphs.at(-1)).toBe('2024年9月9日');
  });
});
