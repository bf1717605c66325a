/**
 * Pre-pass: a credit read before the line it closes. A brief's credit in parentheses ((王一 李二)) is set at
 * the right of the brief's last line; a PDF text layer often gives it before that line's text, so it lands
 * inside the last sentence (…检查了消防通道、 / （王一 李二） / 灭火器配备等。). It goes back after the
 * sentence it interrupts.
 */
import { endsSentence } from '../text/chars.js';
import type { Line } from './lines.js';

/** How many lines a credit may come out ahead of the sentence end it was printed beside. */
const AHEAD = 3;

/** Returns the lines with each credit read ahead of its brief's last line moved after it. */
export function placeCreditsAfterText(lines: readonly Line[]): Line[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const credit = out[i]!;
    const before = out[i - 1]!;
    if (credit.role !== 'signature' || !/^[（(〈]/u.test(credit.text)) continue;
    // (A credit after a finished sentence is where it belongs.)
    if (before.role !== 'text' || endsSentence(before.text)) continue;
    // (Inside a paragraph: never under a headline, whose own credit it may be.)
    const above = out[i - 2];
    if (!/[，、；：]/u.test(before.text) && (above?.role !== 'text' || endsSentence(above.text))) continue;
    const end = sentenceEnd(out, i + 1);
    if (end < 0) continue;
    out.splice(i, end - i + 1, ...out.slice(i + 1, end + 1), credit);
    i = end;
  }
  return out;
}

/**
 * The index of the line, from `from` on, that ends a sentence and its block (a blank line or the page's
 * end after it), when only unfinished text lines come before it; else -1.
 */
function sentenceEnd(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length && k < from + AHEAD; k++) {
    const l = lines[k]!;
    if (l.role !== 'text') return -1;
    if (endsSentence(l.text)) {
      const next = lines[k + 1];
      return !next || next.role === 'blank' ? k : -1;
    }
  }
  return -1;
}
