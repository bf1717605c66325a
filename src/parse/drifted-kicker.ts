/**
 * A kicker (引题) read onto the end of the story above it. OCR and text layers read a headline block line by
 * line, and a kicker set small over the headline, at the height of the column beside it, may come out right
 * after the last line of the story before, with no blank line between them. Text after a finished sentence
 * that stops short, ends nothing and stands over a headline that opens an article is that headline's kicker,
 * never the last words of the story above.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { leadsToDateline, nextNonBlank, type Reader } from './head-score.js';
import { opensText } from './line-signs.js';
import type { Line } from './lines.js';

/** The most characters a kicker takes: a theme or two short phrases. */
const KICKER_MAX = 10;

/** The most characters a headline line takes. */
const HEADLINE_MAX = 24;

/** Whether a line has no mark of running text: a head line's form. */
const unmarked = (text: string): boolean => !/[，。、；：！？,;:!?]/u.test(text);

/**
 * Whether line `i`, right under `above` (the open paragraph's last line, no blank line between), is the
 * kicker of the headline after it: it is short and unmarked, `above` ends a sentence, a blank line follows,
 * and after it stands a headline that leads to an article's opening (a dateline or credit, at once or after a
 * blank line and a short unmarked head line), or a headline set alone over text.
 */
export function driftedKicker(r: Reader, i: number, above: Line | undefined): boolean {
  const line = r.lines[i]!;
  if (!above || above.role === 'blank' || !endsSentence(above.text)) return false;
  if (countHan(line.text) < 2 || countHan(line.text) > KICKER_MAX || !unmarked(line.text)) return false;
  const { line: head, blank } = nextNonBlank(r.lines, i);
  if (!head || !blank || head.role !== 'text' || opensText(head)) return false;
  if (countHan(head.text) > HEADLINE_MAX || !unmarked(head.text.replace(/[，、,]$/u, ''))) return false;
  const k = r.lines.indexOf(head, i + 1);
  if (leadsToDateline(r, k)) return true;
  // (A headline set alone over its text, a blank line under it, the text opening a sentence of its own.)
  const after = nextNonBlank(r.lines, k);
  return after.blank && after.line !== undefined && after.line.role === 'text' && /[，。]/u.test(after.line.text);
}
