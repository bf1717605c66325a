/**
 * Lines a text layer cut from the sentence they stand in. A headline is set apart and says something whole:
 * it never stops inside a word or on a number whose unit the next line carries. A line that does so, over
 * running text that takes the word or the number on (…并根 / 据检测结果…, …辖区1200 / 户农户…), is that
 * text's first line, wherever the export set it (under another article's headline, over a section label).
 */
import { endsSentence } from '../text/chars.js';
import { ENUMERATED, numberRunsOn, wordCrosses } from './line-signs.js';
import type { Line } from './line.js';

/** Body punctuation inside a line: running text, which a headline's clauses seldom carry. */
const BODY_MARK = /[，、；：,;:]/u;

/**
 * True when `line` stops inside a sentence that `next` (the next printed line, running text) goes on with:
 * a number broken after its first digits (1 / 2万人次，…), a number before its unit (1200 / 户), or a word cut
 * across the break (并根 / 据) in a line that already carries body punctuation. (A headline broken at its ，
 * or 、 ends on the mark: that is left alone.)
 */
export function cutFromText(line: Line, next: Line | undefined): boolean {
  if (!next || next.role !== 'text') return false;
  // A number the export broke over two lines of running text (…接待游客1 / 2万人次，…): no headline ends on its
  // first digits.
  const broken = /\p{sc=Han}/u.test(line.text) && /[0-9]\.?$/u.test(line.text) && /^[0-9.]/u.test(next.text);
  if (broken && BODY_MARK.test(line.text + next.text)) return true;
  // A number whose unit opens a clause of a character or two (…借5 / 本。…) is cut from it, whatever follows.
  if (/[0-9]$/u.test(line.text) && numberRunsOn(line.text, next.text) && /^\p{sc=Han}{1,2}[，。、；]/u.test(next.text))
    return true;
  if (!BODY_MARK.test(next.text) || endsSentence(next.text)) return false;
  if (!/[\p{sc=Han}0-9]$/u.test(line.text)) return false;
  if (numberRunsOn(line.text, next.text) && /[0-9]$/u.test(line.text)) return true;
  // (An in-body subhead's numbering, 二、, is no body punctuation.)
  return BODY_MARK.test(line.text.replace(ENUMERATED, '')) && wordCrosses(line.text, next.text);
}
