/**
 * Whether a line at a paragraph boundary reads as a head line (headline, kicker, subhead) or as body text:
 * the signs of its width against its column, its punctuation and its neighbours.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { isBylineInParens } from './byline.js';
import { lineCredit } from './credit-forms.js';
import { opensIndentedParagraph } from './indent-opening.js';
import { datesNotice, signsNotice } from './notice-lines.js';
import { runsOnOpen } from './open-brackets.js';
import { opensAtMeasure } from './measure-opening.js';
import { isSpeakerTurn } from './speaker-line.js';
import type { Line } from './lines.js';
import {
  BODY_END,
  ENUMERATED,
  OPENS_CLOSED,
  fromPage,
  opensText,
  opensWithParticle,
  wordCrosses,
} from './line-signs.js';

/** The lines being read into blocks, with the column width around each. */
export interface Reader {
  readonly lines: readonly Line[];
  readonly widths: readonly number[];
  /** The contact lines of the page's notices (see noticeContacts), read once for the page. */
  readonly contacts: ReadonlySet<Line>;
}

/** The next line that is not blank after line `i`, and whether a blank line came first. */
export function nextNonBlank(lines: readonly Line[], i: number): { line: Line | undefined; blank: boolean } {
  let blank = false;
  for (let k = i + 1; k < lines.length; k++) {
    if (lines[k]!.role === 'blank') blank = true;
    else return { line: lines[k], blank };
  }
  return { line: undefined, blank: true };
}

/**
 * How much a line at a paragraph boundary reads as a headline rather than the start of a paragraph:
 * 2 or more is a head line, 0 to 2 is left for the article stage to decide by subject, less is body.
 * Each sign adds to the score; no single sign decides, except a dateline or byline right after it.
 */
export function headScore(r: Reader, line: Line, i: number, prevHead: boolean): number {
  const { widths } = r;
  const text = line.text;
  // A sentence that ends inside the line (。 or ；, or ！？ followed by more text) is body text; but a
  // headline may ask and answer (谁做的？太浪漫了): right above a dateline or byline, ！？ do not rule it out.
  // (A headline broken at its comma, 安全进校园， / 家长齐参与, over a dateline is a headline all the same.)
  if (/[，、,]$/u.test(text) && text.length <= 12 && leadsToDateline(r, i)) return 9;
  if (BODY_END.test(text) || /[。；]/u.test(text) || OPENS_CLOSED.test(text)) return -1;
  // (A notice's close is its text, even right over the next report's dateline: notice-lines.ts.)
  if (signsNotice(r.lines, i) || datesNotice(r.lines, i) || r.contacts.has(line)) return -1;
  if (leadsToDateline(r, i)) return clauseOverResume(r, i) ? -1 : 9;
  if (opensAtMeasure(r, i, prevHead)) return -1;
  if (/[！？!?][”’」』）)]*[^”’」』）)\s]/u.test(text)) return -1;
  if (opensIndentedParagraph(r.lines, i, widths[i]!)) return -1;
  if (isSpeakerTurn(text)) return -1;
  const { line: next, blank } = nextNonBlank(r.lines, i);
  // The next line opening with a closing mark (，”) goes on with this one: a fragment of a printed line.
  if (next && !blank && OPENS_CLOSED.test(next.text)) return -1;
  if (next && !blank && runsOnOpen(text, next.text)) return -1;
  if (next && !blank && endsBrief(text, next, r.lines, i)) return -1;
  const w = followingWidth(r, i) ?? widths[i]!;
  // So does a line of the full measure whose last word the next one finishes, when that one reads as a
  // sentence (a brief's first line, …为老人免费开展健康体 / 检，截至…): a headline breaks between phrases.
  // (Not a short line: a word the dictionary finds across a join is weak evidence alone.)
  if (
    next &&
    !blank &&
    next.role === 'text' &&
    line.width >= w * 0.9 &&
    /[，。；、]/u.test(next.text) &&
    wordCrosses(text, next.text)
  )
    return -1;
  let score = 0;
  const enumerated = ENUMERATED.test(text);
  // Note: an enumerated subhead (一、…, （二）…) is short and printed alone; its 、 is not body punctuation.
  if (enumerated && line.width < w * 0.9) score += 2;
  const marks = (text.replace(ENUMERATED, '').match(/[，；：,;:]/gu) ?? []).length;
  // Three clauses and more are a sentence's, whatever the width: a headline breaks at its one comma.
  if (marks >= 2) return -1;
  if (!/[，、；：,;:]/u.test(text.replace(ENUMERATED, ''))) score += 1;
  // (So is a clause in a long line.)
  else if (marks === 1 && countHan(text) > 20) score -= 3;
  else score -= 1;
  if (/[！？!?]$/u.test(text)) score -= 1;
  if (wasBlankBefore(r, i)) score += 0.5;
  if (blank) score += 0.5;
  const ratio = line.width / w;
  if (ratio < 0.75) score += 1.5;
  else if (ratio > 1.3) score += 2.5;
  else if (ratio > 1.15) score += 1;
  else if (ratio >= 0.82 && ratio <= 1.1) score -= 1.5;
  if (prevHead && !wasBlankBefore(r, i)) score += 1.5;
  if (next && !blank && next.indented) score += 1;
  if (next && !blank && next.role === 'text' && /^\s/u.test(next.raw)) score += 1;
  if (
    next &&
    !blank &&
    next.role === 'text' &&
    (wordCrosses(text, next.text) || (/\d$/u.test(text) && /^\d/u.test(next.text)))
  )
    score -= 2;
  // A line whose next one opens with a particle no sentence opens with (的, 了 …) runs on into it.
  if (next && next.role === 'text' && opensWithParticle(next)) score -= 3;
  if (!next) score += 1;
  // A line set alone (blank lines around it) that runs on into neither neighbour may be a head even
  // with a comma or a question in it (…加装电梯，只通其中一层 / …还能用吗？): a line broken off at a
  // column break mostly splits a word with the line it belongs to. It is borderline at most: the
  // article stage decides by subject, and if it opens no article it is its paragraph's first line.
  if (wasBlankBefore(r, i) && blank && next && !wordCrosses(text, next.text) && !runsInto(r, i))
    score = Math.max(score, 0);
  return score;
}

/**
 * Whether `next`, right under the line, ends its text with a credit run in after a few characters (…参观 /
 * 学习。（王一）): an article's text is longer than that, so the line is the first of a brief, not its head.
 */
function endsBrief(text: string, next: Line, lines: readonly Line[], i: number): boolean {
  const credit = next.role === 'text' ? lineCredit(next) : null;
  if (!credit || !nextNonBlank(lines, lines.indexOf(next, i + 1)).blank) return false;
  const rest = countHan(next.raw.slice(0, credit.at));
  return rest < 8 && countHan(text) >= 2 * rest;
}

/** A run of up to four unfinished lines that ends at a dateline or byline (in parentheses too) is that article's head. */
export function leadsToDateline(r: Reader, i: number): boolean {
  const { lines } = r;
  let k = i;
  for (let n = 0; n < 4; n++) {
    const { line: next } = nextNonBlank(r.lines, k);
    if (!next) return false;
    if (opensArticle(next)) return true;
    if (next.role !== 'text' || endsSentence(next.text) || /[。；]/u.test(next.text)) return false;
    k = lines.indexOf(next, k + 1);
  }
  return false;
}

/** A dateline, a byline, a resume line or a byline in parentheses: where an article's text opens. */
function opensArticle(line: Line): boolean {
  return (
    opensText(line) ||
    line.role === 'byline' ||
    fromPage(line) ||
    (line.role === 'signature' && isBylineInParens(line.text))
  );
}

/**
 * A clause and the start of another (…走村串户，一天演两场是) right over the rest of an article from another page
 * ((上接第一版)…): the end of a column an export read before it, not a headline reprinted over it (a headline
 * breaks at its comma at most once, and not to run on mid-clause).
 */
function clauseOverResume(r: Reader, i: number): boolean {
  const text = r.lines[i]!.text;
  const { line: next } = nextNonBlank(r.lines, i);
  return !!next && (fromPage(next) || next.role === 'resume') && /[，、,]./u.test(text) && countHan(text) > 12;
}

/** Whether the text before line `i` (across blank lines) runs on into it, splitting a word. */
function runsInto(r: Reader, i: number): boolean {
  const { lines } = r;
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k]!;
    if (l.role === 'blank') continue;
    return l.role === 'text' && !endsSentence(l.text) && wordCrosses(l.text, lines[i]!.text);
  }
  return false;
}

export function wasBlankBefore(r: Reader, i: number): boolean {
  const { lines } = r;
  return i === 0 || lines[i - 1]!.role === 'blank';
}

/**
 * The width of the body lines that follow (the unfinished ones: a paragraph's last line is short), when
 * there is one: the local estimate mixes in the column before, which may be another article's measure.
 */
function followingWidth(r: Reader, i: number): number | null {
  const { lines } = r;
  const ws: number[] = [];
  for (let k = i + 1; k < lines.length && ws.length < 5; k++) {
    const l = lines[k]!;
    if (l.role === 'blank') continue;
    if (l.role !== 'text') break;
    // (A paragraph's last line is short, also where a credit is run in after its last sentence.)
    if (!endsSentence(l.text) && !lineCredit(l)) ws.push(l.width);
    else break;
  }
  if (ws.length === 0) return null;
  ws.sort((a, b) => a - b);
  return ws[Math.floor(ws.length / 2)]!;
}

/**
 * A piece of a headline broken at its 、 or ， (春耕备耕、 / 两不误): short, with no other body
 * punctuation, right above a short unfinished line with none that ends the head block (a blank line, the
 * page's end or the article's opening follows it). Body text broken at 、 goes on in a full line.
 */
export function brokenHeadline(r: Reader, i: number): boolean {
  const text = r.lines[i]!.text;
  if (!/[，、,]$/u.test(text) || text.length > 12 || /[，。、；：,;:！？]/u.test(text.slice(0, -1))) return false;
  const { line: next, blank } = nextNonBlank(r.lines, i);
  if (!next || blank || next.role !== 'text' || /[，。、；：,;:]/u.test(next.text) || endsSentence(next.text))
    return false;
  if (next.text.length > 16) return false;
  const k = r.lines.indexOf(next, i + 1);
  const after = nextNonBlank(r.lines, k);
  return after.blank || !after.line || opensText(after.line) || after.line.role === 'byline';
}
