/**
 * Stage: signed briefs set apart. A report credited at its head (本报讯（记者 王一）…, or a byline over its
 * text) is not credited again at its end: a signature closing it (…等。（王二）) signs a brief of its own
 * that segmentation ran on into the report (a column of briefs under a report, a photo story after it,
 * a brief whose first line a text layer broke off). The brief is the text after the report's last
 * finished sentence, and a short unpunctuated line opening it is its headline.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { creditedAtHead, joinRaw } from './article-credits.js';
import { sentences } from './caption-above.js';
import { CORRESPONDENT_ROLE, REPORTER_ROLE, runInCredit } from './credit-forms.js';
import { CAPTION } from './photo-credit.js';
import type { DraftArticle, DraftParagraph, Segmented } from './drafts.js';
import type { Line } from './lines.js';

/**
 * A signature of writers' names in brackets (（王二）, （王二 李三）, （记者 王二 通讯员 李三）): a source
 * (据新华社, 供稿：…) or a line of names without brackets may close a report credited at its head all the same.
 */
const ROLE = `(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|实习生)\\s*`;
const WRITERS = new RegExp(
  `^[（(〈]\\s*(?:${ROLE})?[\\p{sc=Han}·]{2,4}(?:(?:[\\s、]*${ROLE}|[\\s、]+)[\\p{sc=Han}·]{2,4}){0,5}\\s*[）)〉]$`,
  'u',
);

/** The work a photo's credit names (…摄, …摄影), at its end. */
const PHOTO_MARK = /摄影?\s*[）)〉]?$/u;
/** Least Han characters of a photo story's text (what, where and when); a photo's caption says less. */
const PHOTO_STORY_MIN = 30;

/** Longest text a brief runs to (Han characters): a longer signed tail is left to the report. */
const BRIEF_MAX = 400;

/** Splits off every brief a report credited at its head was closed with; indices in `seg` follow. */
export function splitSignedBriefs(seg: Segmented): void {
  for (let i = seg.articles.length - 1; i >= 0; i--) {
    const report = seg.articles[i]!;
    if (!creditedAbove(report)) continue;
    const signed = report.signature !== null && WRITERS.test(report.signature.text.trim());
    const from = signed ? briefStart(report) : report.signature ? -1 : photoTail(report);
    if (from < 0) continue;
    const paragraphs = report.paragraphs.splice(from);
    const brief: DraftArticle = {
      paragraphs,
      datelineRaw: null,
      datelineAt: 0,
      bylineAlone: null,
      signature: signed ? report.signature : photoCredit(paragraphs[0]!),
      continuedFrom: null,
    };
    if (signed) report.signature = null;
    seg.articles.splice(i + 1, 0, brief);
    const first = paragraphs[0]!.lines[0]!.n;
    const shift = (at: number | null, n: number): number | null =>
      at === null || at < i || (at === i && n < first) ? at : at + 1;
    for (const c of seg.captions) c.after = shift(c.after, c.lines[0]!.n);
    for (const q of seg.pullQuotes) q.after = shift(q.after, q.line.n);
    for (const h of seg.heads) h.before = h.before === null || h.before <= i ? h.before : h.before + 1;
    const heads = headLines(brief);
    if (heads.length) {
      const group = Math.max(-1, ...seg.heads.map((h) => h.group)) + 1;
      for (const line of heads) seg.heads.push({ line, blankBefore: true, apart: true, before: i + 1, group });
    }
  }
}

/** Whether the article's credit is printed over its text: a byline in its dateline, or a byline above it. */
function creditedAbove(a: DraftArticle): boolean {
  if (creditedAtHead(a)) return true;
  const top = a.paragraphs[0]?.lines[0];
  return a.bylineAlone !== null && top !== undefined && a.bylineAlone.line.n < top.n;
}

/**
 * Where the signed brief begins: after the last paragraph that ends a sentence, keeping the report's
 * own text (its dateline's paragraph and one more at least). -1 when there is no such place.
 */
function briefStart(a: DraftArticle): number {
  const keep = a.datelineRaw !== null ? a.datelineAt + 1 : 1;
  let j = a.paragraphs.length - 1;
  while (j > keep && !endsSentence(a.paragraphs[j - 1]!.text)) j--;
  if (j < keep || !endsSentence(a.paragraphs[j - 1]!.text)) return -1;
  const size = a.paragraphs.slice(j).reduce((n, p) => n + countHan(p.text), 0);
  return size <= BRIEF_MAX ? j : -1;
}

/**
 * Where a photo story run on into the report before it begins (its headline OCR lost or read elsewhere): the
 * report's last paragraph, after one that ends a sentence, telling news of its own (two sentences or more,
 * not a photo's caption: 图为…) and closing with a photo's credit in brackets (…等货。（本报记者 王一 摄）).
 * A report credited at its head shows its own photos with captions, never a credit run into its text. -1 when
 * there is none.
 */
function photoTail(a: DraftArticle): number {
  const j = a.paragraphs.length - 1;
  const p = a.paragraphs[j];
  const keep = a.datelineRaw !== null ? a.datelineAt + 1 : 1;
  if (!p || j < keep || p.subhead || !endsSentence(a.paragraphs[j - 1]!.text) || CAPTION.test(p.text)) return -1;
  const credit = runInCredit(p.text);
  if (!credit || !PHOTO_MARK.test(credit.credit)) return -1;
  const text = p.text.slice(0, credit.at);
  return sentences(text) >= 2 && countHan(text) >= PHOTO_STORY_MIN && runInCredit(rawOf(p)) ? j : -1;
}

/** Cuts a photo story's credit off its text (see photoTail): the story's signature, as printed. */
function photoCredit(p: DraftParagraph): { text: string; line: Line } {
  const credit = runInCredit(rawOf(p))!;
  p.text = p.text.slice(0, runInCredit(p.text)!.at);
  return { text: credit.credit.trim(), line: p.lines.at(-1)! };
}

/** A paragraph's printed lines joined (a name the measure broke joined again). */
const rawOf = (p: DraftParagraph): string => joinRaw(p.lines.map((l) => l.raw.trim()));

/**
 * A brief's headline lines, taken out of its text: short lines with no punctuation at its top, each set
 * apart from the line after it (a paragraph of its own, or a line followed by a blank one).
 */
function headLines(brief: DraftArticle): Line[] {
  const heads: Line[] = [];
  for (;;) {
    const p = brief.paragraphs[0];
    const line = p?.lines[0];
    if (!p || !line || !headLike(line)) break;
    const next = p.lines[1];
    if (next && next.n <= line.n + 1) break;
    heads.push(line);
    if (p.lines.length === 1) brief.paragraphs.shift();
    else brief.paragraphs[0] = rest(p);
    if (!brief.paragraphs.length) {
      // (All of it reads as head lines: it stays text.)
      brief.paragraphs.push({ lines: heads, text: joinLines(heads.map((l) => l.text)), subhead: false });
      return [];
    }
  }
  return heads;
}

function headLike(line: Line): boolean {
  const n = countHan(line.text);
  return n >= 4 && n <= 24 && !/[，。、；：！？,.;:!?（）()]/u.test(line.text);
}

function rest(p: DraftParagraph): DraftParagraph {
  const lines = p.lines.slice(1);
  return { lines, text: joinLines(lines.map((l) => l.text)), subhead: false };
}
