/**
 * Columns read across (see column-split.ts): a headline set inside a band. Tesseract's block mode (--psm 6)
 * reads a headline that stands in one column, halfway down the page, on one line with the body text of the
 * columns beside it: cut apart, it is a line of its column right above the text it heads. It is set apart
 * from that text and from the end of the story above it, as a headline set larger stands apart on the page.
 */
import { endsSentence } from '../text/chars.js';
import { breaksBand, hanCount, type Row } from './column-bands.js';
import { REPORTER_ROLE } from './credit-roles.js';
import type { RawLine } from './split-runs.js';

/** A line that opens a story: a dateline or a credit before the text. */
const OPENS_STORY = new RegExp(`^\\s*(?:本报|新华社|[（(〈【]?\\s*${REPORTER_ROLE})`, 'u');
/** A line of marks alone (`、`, `。。`): a speck OCR made of the blank beside a headline. */
const MARKS_ONLY = /^[\s、，。．·,.'"“”]+$/u;

/**
 * Each column's lines with a headline inside it set apart: a line with no mark of a sentence in it (no
 * credit) right above a line that opens a story gets a blank line on each side; a line of marks alone after
 * the end of a sentence (or at the column's top) is marked noise.
 */
export function setInnerHeads(cols: readonly RawLine[][]): RawLine[][] {
  return cols.map((col) => {
    const out: RawLine[] = [];
    col.forEach((line, i) => {
      const text = line.raw.trim();
      const prev = out.at(-1);
      if (MARKS_ONLY.test(text) && (!prev || endsSentence(prev.raw))) return void out.push({ ...line, noise: true });
      const next = col.slice(i + 1).find((l) => !MARKS_ONLY.test(l.raw));
      const head = hanCount(text) >= 2 && breaksBand({ raw: text } as Row) && next && OPENS_STORY.test(next.raw);
      if (!head) return void out.push(line);
      if (out.some((l) => l.raw.trim() && !l.noise)) out.push({ index: line.index, raw: '' });
      out.push({ index: line.index, raw: text }, { index: line.index, raw: '' });
    });
    return out;
  });
}
