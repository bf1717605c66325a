/**
 * Two stories under one run of gathered heads. OCR and text layers read the heads of two stories set level on
 * the page (each over its own columns) one after another, and then the stories' texts one after another, so
 * segmentation opens one article under all those head lines and the second story's text stays in it. Each
 * story's headline uses the words of its own text: when the article's text falls into two parts where a
 * paragraph opens as a report does, and some of the head lines use words of the first part alone and others
 * words of the second part alone, the article is two stories. A headline's words are common words, so the
 * second part must take several of them, the parts share few words, and neither part is a scrap.
 */
import { countHan } from '../text/chars.js';
import { contentWords } from '../text-node/words.js';
import { REPORT_OPENING } from './report-openings.js';
import { emptyDraft, type DraftArticle, type HeadLine, type Segmented } from './drafts.js';
import { opensWithDash } from './head-roles.js';
import type { StageHints } from './structure.js';

/** The least distinct words the second story's head lines share with its text and not the first's. */
const LEAST_WORDS = 3;
/** The least Han characters each story's text holds: fewer is a caption's or a scrap's. */
const LEAST_HAN = 30;
/** A report opening on the month it tells of (3月以来，3月初): see also REPORT_OPENING. */
const MONTH_OPENING = /^\d{1,2}\s*月/u;
/** The most of the shorter part's words that two stories' texts share. */
const SHARED_MOST = 0.15;

/**
 * Splits each article whose text is two stories under gathered head lines (see above), unless an editor said
 * the line where it would be cut goes on with the text before it.
 */
export function splitGatheredStories(seg: Segmented, hints?: StageHints): Segmented {
  for (let t = seg.articles.length - 1; t >= 0; t--) {
    const heads = seg.heads.filter((h) => h.before === t);
    if (heads.length < 2) continue;
    const k = storiesAt(heads, seg.articles[t]!);
    if (k > 0 && !hints?.joins.has(seg.articles[t]!.paragraphs[k]!.lines[0]!.n)) splitAt(seg, t, k);
  }
  return seg;
}

/** Words of a head line that may name what a text tells: two Han characters or more. */
const wordsOf = (text: string): string[] => [...new Set(contentWords(text))].filter((w) => /\p{sc=Han}{2}/u.test(w));

/**
 * The paragraph where the second story opens, or -1: the cut that the head lines, each telling the words of
 * one part alone, say most clearly (see the module's comment). The second story opens as a report does (its
 * dateline, the day it tells of); and its head lines stand apart from the first's (a blank line between): a
 * 副题, or a headline's second line, under a headline is no other story's head, however its words fall.
 */
function storiesAt(heads: readonly HeadLine[], a: DraftArticle): number {
  const ps = a.paragraphs;
  const words = heads.map((h) => (opensWithDash(h.line.text) ? [] : wordsOf(h.line.text)));
  let best = { k: -1, score: 0 };
  for (let k = 1; k < ps.length; k++) {
    const p = ps[k]!;
    const opens = REPORT_OPENING.test(p.text) || MONTH_OPENING.test(p.text) || p.lines[0]!.role === 'dateline';
    if (p.subhead || ps[k - 1]!.subhead || !opens) continue;
    const first = ps
      .slice(0, k)
      .map((x) => x.text)
      .join('');
    const second = ps
      .slice(k)
      .map((x) => x.text)
      .join('');
    if (countHan(first) < LEAST_HAN || countHan(second) < LEAST_HAN) continue;
    // Words both parts use (全县, 群众) tell nothing of which story a line heads: 1 or 2, the part a line's
    // words alone are in, or 0.
    const sides = words.map((ws) => {
      const in1 = ws.some((w) => first.includes(w) && !second.includes(w));
      const in2 = ws.some((w) => second.includes(w) && !first.includes(w));
      return in1 === in2 ? 0 : in1 ? 1 : 2;
    });
    const only = (side: number, part: string, other: string): Set<string> =>
      new Set(
        words.flatMap((ws, i) => (sides[i] === side ? ws.filter((w) => part.includes(w) && !other.includes(w)) : [])),
      );
    const ofFirst = only(1, first, second);
    const ofSecond = only(2, second, first);
    // A report's first paragraph names what its headline tells: each part's opening uses its head lines' words.
    const names = (text: string, ws: Set<string>): boolean => [...ws].some((w) => text.includes(w));
    const score = ofFirst.size + ofSecond.size;
    if (
      ofSecond.size >= LEAST_WORDS &&
      names(ps[0]!.text, ofFirst) &&
      names(p.text, ofSecond) &&
      score > best.score &&
      setApart(heads, sides) &&
      apart(first, second)
    )
      best = { k, score };
  }
  return best.k;
}

/** Whether a blank line stands between every head line of the first story and every one of the second. */
function setApart(heads: readonly HeadLine[], sides: readonly number[]): boolean {
  for (let i = 0; i < heads.length; i++) {
    for (let j = i + 1; j < heads.length; j++) {
      if (!sides[i] || !sides[j] || sides[i] === sides[j]) continue;
      if (!heads.slice(i + 1, j + 1).some((h) => h.blankBefore)) return false;
    }
  }
  return true;
}

/**
 * Whether two parts of a text tell of different things: few of the words of the shorter part come back in the
 * other. (A 副题 may use words of a story's later paragraphs alone, but the story's parts share its matter.)
 */
function apart(first: string, second: string): boolean {
  const a = new Set(wordsOf(first));
  const b = new Set(wordsOf(second));
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared < SHARED_MOST * Math.min(a.size, b.size);
}

/** Cuts article t before paragraph k: the text from there on is an article of its own, headed by no line yet. */
function splitAt(seg: Segmented, t: number, k: number): void {
  const a = seg.articles[t]!;
  const b: DraftArticle = { ...emptyDraft(), paragraphs: a.paragraphs.splice(k) };
  if (a.datelineRaw !== null && a.datelineAt >= k) {
    b.datelineRaw = a.datelineRaw;
    b.datelineAt = a.datelineAt - k;
    a.datelineRaw = null;
    a.datelineAt = 0;
  }
  // A signature closes the text it follows; a credit alone printed after the first story's text does too.
  b.signature = a.signature;
  a.signature = null;
  // (Not Math.max(...): spread as arguments, a story of a hundred thousand lines overflows the stack.)
  const last = a.paragraphs.reduce((m, p) => p.lines.reduce((n, l) => Math.max(n, l.n), m), -Infinity);
  if (a.bylineAlone && a.bylineAlone.line.n > last) {
    b.bylineAlone = a.bylineAlone;
    a.bylineAlone = null;
  }
  seg.articles.splice(t + 1, 0, b);
  for (const h of seg.heads) if (h.before !== null && h.before > t) h.before++;
  for (const c of [...seg.captions, ...seg.pullQuotes]) if (c.after !== null && c.after > t) c.after++;
}
