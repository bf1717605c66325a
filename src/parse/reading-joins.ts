/**
 * How well one block reads on from another across a join, for the reading-order pass (reading-order.ts): a
 * word of the dictionary across it, a quotation one leaves open and the other closes, the rest of a sentence.
 */
import { endsSentence } from '../text/chars.js';
import { numberRunsOn } from './line-signs.js';
import type { Line } from './lines.js';
import { wordAcross, type Segment } from './reading-chains.js';

/** A credit in parentheses closing a block ((王一 李二)): the block ends there, as after a sentence. */
export const CREDIT_END = /[（(][\p{sc=Han}\s·、]{2,16}[）)]$/u;

/**
 * How well block `b` reads on from block `a`, about 0 to 1.5. A word of the dictionary across the join
 * (几|年前, 纪念|日) counts most, the longer the more; a quotation `a` leaves open that `b` closes counts
 * too. `b` gains when the block before it stops mid-sentence without reading on into it (it was left
 * behind), or when it opens with a clause too short to be a sentence (日。, 司、); it loses when the block
 * before it ends a sentence (it may just as well be a paragraph of its own there).
 */
export function readsOn(
  lines: readonly Line[],
  a: Segment,
  b: Segment,
  before: Segment | undefined,
  quotesKept: boolean,
): number {
  const tail = lines[a.last]!.text;
  const head = lines[b.first]!.text;
  // (A unit and a clause of a character or two, 处，…, is the rest of a count: no paragraph opens so.)
  const counted = countRunsOn(tail, head) && /^\p{sc=Han}{1,2}[，。、；]/u.test(head);
  const across = wordAcross(tail, head) || (counted ? 2 : 0);
  const quoted = quoteOpen(lines, a) && quoteClosedFirst(opening(lines, b));
  if (!across && !quoted) return 0;
  let score = across ? 0.7 + 0.15 * Math.min(2, across - 2) : 0;
  if (quoted) score += quotesKept ? 1.2 : 0.4;
  if (/^[^，。、；：！？,.;:!?]{1,2}[，。、；：！？,.;:!?]/u.test(head)) score += 0.3;
  // (After a photo, a caption or furniture, nothing says whether the text there opens or goes on.)
  const p = before ? lines[before.last]! : undefined;
  if (!p || (p.role === 'text' && (endsSentence(p.text) || CREDIT_END.test(p.text)))) score -= counted ? 0 : 0.3;
  else if ((p.role === 'text' && !wordAcross(p.text, head)) || creditClosing(lines, before!)) score += 0.2;
  return score;
}

/**
 * True when the block ends with its writers' credit alone on a line under its finished last sentence (本报记者
 * 王一): the article above is closed, so body text right after it, with no head line over it, was left there
 * as surely as after a sentence cut off. (A credit set alone over text is that text's byline: not so.)
 */
function creditClosing(lines: readonly Line[], s: Segment): boolean {
  return lines[s.last]!.role === 'byline' && s.last > s.first && endsSentence(lines[s.last - 1]!.text);
}

/**
 * True when `a` stops on a number and `b` opens with its unit or measure word (…危险区87 / 处，…): no sentence
 * ends on a bare number, and the unit carries the count on as a word across the join would.
 */
function countRunsOn(a: string, b: string): boolean {
  return /[0-9][%‰]?$/u.test(a) && numberRunsOn(a, b);
}

/** True when block `b` opens with the rest of a sentence (see FRAGMENT). */
export function fragment(lines: readonly Line[], b: Segment): boolean {
  return lines[b.first]!.role === 'text' && FRAGMENT.test(lines[b.first]!.text);
}

/**
 * True when block `b` can only go on from another text: it opens with the rest of a sentence (see FRAGMENT),
 * or it is a column's last line or two closing a quotation it never opened (…的一对。”): a paragraph never
 * opens inside one. (A longer block that opens so was read across columns more often than cut off as a block.)
 */
export function restOf(lines: readonly Line[], b: Segment): boolean {
  return fragment(lines, b) || quoteTail(lines, b);
}

/** True when block `b` is a line or two that closes a quotation it never opened (see restOf). */
export function quoteTail(lines: readonly Line[], b: Segment): boolean {
  const first = lines[b.first]!;
  return first.role === 'text' && b.last - b.first <= 1 && QUOTE_TAIL.test(first.text);
}

/** A line ended by a sentence, or by a credit in parentheses closing its text. */
export function finished(text: string): boolean {
  return endsSentence(text) || CREDIT_END.test(text);
}

/**
 * A first sentence that closes a quotation it never opened. (Note: after a colon the opening mark may be one
 * OCR lost, 他说：好。”; such a paragraph opens a quotation of its own, so none may stand before the end.)
 */
const QUOTE_TAIL = /^[^“”"。！？：:]{1,30}[。！？]”/u;

/**
 * The opening of a block that is the rest of a sentence: one or two characters, then an enumeration comma or
 * a sentence's end (少、…, 题。…). A paragraph opens with a word and a comma (目前，) but never so; an item
 * numbered 一、 is a list.
 */
const FRAGMENT = /^(?![一二三四五六七八九十][、．])\p{sc=Han}{1,2}[、。；！？]/u;

/** Whether `b` reads on from `a` at all: a word across the join, or a quotation `a` opens and `b` closes. */
export function continues(lines: readonly Line[], a: Segment, b: Segment): boolean {
  return (
    wordAcross(lines[a.last]!.text, lines[b.first]!.text) > 0 ||
    countRunsOn(lines[a.last]!.text, lines[b.first]!.text) ||
    (quoteOpen(lines, a) && quoteClosedFirst(opening(lines, b)))
  );
}

/** The first few lines of a block's text. */
function opening(lines: readonly Line[], b: Segment): string {
  return lines
    .slice(b.first, Math.min(b.last, b.first + 3) + 1)
    .map((l) => l.text)
    .join('');
}

/**
 * Whether the page's quotation marks can be trusted: most blocks open (“) and close (”) them in turn.
 * OCR often reads one for the other; then an open quotation says little.
 */
export function quotesTrusted(lines: readonly Line[], segs: readonly Segment[]): boolean {
  let good = 0;
  let bad = 0;
  for (const s of segs) {
    let depth = 0;
    // A block may close, in its first sentence, a quotation opened in another block.
    let first = true;
    let ended = false;
    for (let i = s.first; i <= s.last; i++) {
      for (const ch of lines[i]!.text) {
        if (ended && ch !== '”') first = false;
        if (ch === '“') depth > 0 ? bad++ : (depth = 1);
        else if (ch === '”') depth > 0 ? (good++, (depth = 0)) : first ? (first = false) : bad++;
        else if (ch === '"') bad++;
        ended = /[。！？]/u.test(ch);
      }
    }
  }
  return good >= 4 && bad <= good * 0.15;
}

/** True when the block's text opens a quotation (“) that it does not close. */
function quoteOpen(lines: readonly Line[], s: Segment): boolean {
  let depth = 0;
  for (let i = s.first; i <= s.last; i++) {
    for (const ch of lines[i]!.text) {
      if (ch === '“') depth = 1;
      else if (ch === '”') depth = 0;
    }
  }
  return depth > 0;
}

/** True when the text closes a quotation (”) before any opens and before its first sentence ends. */
function quoteClosedFirst(text: string): boolean {
  const sentence = /^[^。！？]*[。！？]?[”’」』]*/u.exec(text)![0];
  for (const ch of sentence) {
    if (ch === '“') return false;
    if (ch === '”') return true;
  }
  return false;
}
