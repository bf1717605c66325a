/**
 * Where one article ends and the next begins: lone head lines between paragraphs open a new article or are
 * the current one's in-body subheads, by what the lines are (a kicker, a column's tag), the credits around
 * them, the measure the text is set to, and its subject.
 */
import { endsSentence } from '../text/chars.js';
import { contentWords, extractKeywords } from '../text-node/words.js';
import { creditedAtHead } from './article-credits.js';
import { ENUMERATED, opensText, type Block } from './blocks.js';
import { lineCredit } from './credit-forms.js';
import { closedByEndCredit, creditedSpan, ownEndCredit, signedSpan, SUBHEAD_MAX } from './credit-spans.js';
import type { Line } from './lines.js';
import { BRIEF_MARK, opensReport } from './marked-briefs.js';
import { isCommentaryLabel } from './commentary-labels.js';
import { closesNotice, titlesNotice } from './notice-lines.js';
import type { DraftArticle } from './drafts.js';
import { closedBySecondByline } from './second-byline.js';

/** A column's or series' label in brackets, set alone above a headline: 【基层动态】, 〖聚焦两会〗. */
const COLUMN_LABEL = /^[【〖［[][\p{sc=Han}·\d]{2,10}[】〗］\]]$/u;

/** Office labels printed as kickers end in the name of an administrative unit. */
export const OFFICE_LABEL = /^[\p{sc=Han}]{1,4}(?:办|镇|乡|街道|社区|区|县|村|市|局|委)$/u;

/** True when a lone line reads as an office label, a 引题 ending in a dash, a column's or a commentary's label. */
export function isKickerLike(text: string, offices: ReadonlySet<string>): boolean {
  return (
    offices.has(text) ||
    OFFICE_LABEL.test(text) ||
    /——$/u.test(text) ||
    COLUMN_LABEL.test(text) ||
    isCommentaryLabel(text)
  );
}

/** A line ending in a short tag of Han words in brackets: a column's or series' name on a headline. */
export const COLUMN_TAG = /^[^（(]{4,}[（(][\p{sc=Han}①-⑳\d]{2,12}[）)]$/u;

/**
 * The page's last line, unfinished, right under head lines: a headline's second line or its 副题 in a block
 * of headlines gathered at the foot of the page, not a paragraph (an article's text ends a sentence, or a
 * brief's with its credit run in: …学习。（王一）).
 */
export function closingHeads(blocks: readonly Block[]): readonly Block[] {
  let lastAt = blocks.length - 1;
  while (lastAt >= 0 && blocks[lastAt]!.kind !== 'para' && blocks[lastAt]!.kind !== 'head') lastAt--;
  const last = blocks[lastAt];
  const before = blocks[lastAt - 1];
  if (
    last?.kind !== 'para' ||
    last.lines.length !== 1 ||
    last.lines[0]!.role !== 'text' ||
    endsSentence(last.text) ||
    lineCredit(last.lines[0]!) ||
    before?.kind !== 'head'
  )
    return blocks;
  const head: Block = { kind: 'head', line: last.lines[0]!, blankBefore: false, maybe: before.maybe };
  return [...blocks.slice(0, lastAt), head, ...blocks.slice(lastAt + 1)];
}

/**
 * Whether a paragraph signed at its end (…等。（王一）) follows a signed piece, with only borderline lines
 * above it that finish no sentence: the next brief of a column of briefs, those lines its first ones (the
 * signed-brief rule joins them when nothing sets them apart).
 */
export function briefFollows(
  current: DraftArticle | null,
  pending: readonly Extract<Block, { kind: 'head' }>[],
  b: Block,
): b is Extract<Block, { kind: 'para' }> {
  if (!current?.signature || b.kind !== 'para' || !lineCredit(b.lines.at(-1)!)) return false;
  return pending.length > 0 && pending.every((h) => h.maybe && !endsSentence(h.line.text));
}

/** How much text after lone lines is read to tell whether they head a new subject. */
const AFTER_TEXT = 150;

/**
 * Lone lines between two paragraphs are either in-body subheads or the headline of a new article that
 * has no dateline. A kicker, a block of several headlines, or a change of subject means a new article.
 */
export function startsNewArticle(
  heads: readonly Extract<Block, { kind: 'head' }>[],
  current: DraftArticle,
  blocks: readonly Block[],
  i: number,
  offices: ReadonlySet<string>,
): boolean {
  const texts = heads.map((h) => h.line.text);
  if (texts.some((t) => isKickerLike(t, offices))) return true;
  // A notice signed by its issuer (and dated) is finished: the lines after it head another piece. A notice's
  // head (更正, …启事) opens one: no story's part is titled so.
  if (closesNotice(current.paragraphs.map((p) => p.text)) || texts.some(titlesNotice)) return true;
  // A headline tagged with its column or series (…的灯”（青春在基层）, …难题（百姓说事）) opens a piece:
  // an in-body subhead carries no such tag.
  if (texts.some((t) => COLUMN_TAG.test(t))) return true;
  // A headline set after a mark (■, ◆) heads a brief of its own (see marked-briefs.ts).
  if (heads.some((h) => BRIEF_MARK.test(h.line.raw.trim()))) return true;
  // A line set at a column's foot, under the text it follows, is a subhead over the next column (see blocks.ts).
  if (heads.length === 1 && heads[0]!.foot === true) return false;
  const credited = current.datelineRaw !== null || current.bylineAlone !== null;
  // A head over text that opens as a report does (11月26日，…, 近日，…) after a brief's few lines heads the
  // next brief: a feature's subheads come after more text than a brief has.
  // (A brief's head is one line: two head lines set together, nothing between, are a feature's subhead in two
  // parts, 小标题 and its gloss, often followed by a paragraph opening with its day, 3月28日10时，….)
  const together = heads.length === 2 && blocks[i - 2] === heads[0] && blocks[i - 1] === heads[1];
  if (!together && briefThenReport(current, blocks[i])) return true;
  // A report whose writers were named at its head is not signed again at its end: lines followed by text
  // that closes with a signature (（王一）) head a piece of its own (a photo story or a brief set under it).
  if ((current.bylineAlone !== null || creditedAtHead(current)) && signedSpan(blocks, i)) return true;
  // So is a report closed by its writers' credit (（记者 王一 通讯员 李二） under its last sentence): an in-body
  // subhead of a feature credited at its head is followed by more of the feature, never by a credit of its own.
  if ((current.bylineAlone !== null || creditedAtHead(current)) && ownEndCredit(blocks, i)) return true;
  // (So is text closed by a byline under it when the article was credited on a line of its own at its head.)
  if (closedBySecondByline(current, blocks, i)) return true;
  // Three or more lines set together open a new article, unless the article so far was credited (a dateline
  // or a byline) and the lines are followed by neither: then they may be a feature's subhead group.
  if (texts.length >= 3 && !credited) return true;
  if (texts.every((t) => ENUMERATED.test(t))) return false;
  const before = current.paragraphs.map((p) => p.text).join('');
  const after = paragraphsAfter(blocks, i);
  // An article is set to one measure: text set wider or narrower after the lines than before them (each
  // measured over several full lines) is another article's.
  const was = measure(current.paragraphs.slice(-3).map((p) => p.lines));
  const now = measure(after.map((p) => p.lines));
  if (was && now && (now / was > 1.25 || was / now > 1.25)) return true;
  // In a credited article, lines followed by text set to its measure that carries no credit (no byline,
  // signature or photo credit) before the next article opens are its in-body subheads (小标题): a piece of its
  // own between credited pieces would carry a credit of its own. (A full line or two tell the measure here.)
  const wasNear = measure(
    current.paragraphs.slice(-3).map((p) => p.lines),
    1,
  );
  const nowNear = measure(
    after.map((p) => p.lines),
    1,
  );
  const sameMeasure = !wasNear || !nowNear || Math.max(wasNear / nowNear, nowNear / wasNear) <= 1.25;
  const short = heads.length <= 2 && texts.every((t) => t.replace(/\s/gu, '').length <= SUBHEAD_MAX);
  const own = `${current.bylineAlone?.text ?? ''} ${current.datelineRaw ?? ''}`;
  if (credited && sameMeasure && short && !creditedSpan(blocks, i, own)) return false;
  // An article with no credit at its head is credited at its end: short lines over text set to its measure
  // that runs on, with no dateline or byline of its own, to that end credit are its in-body subheads, whatever
  // their subject (a feature's sections each take up another). (Not the rest of an article from another page:
  // its credit was printed where it began.)
  if (!credited && current.continuedFrom === null && sameMeasure && short && closedByEndCredit(blocks, i)) return false;
  // Too little text before the lines to judge its subject: they stay in this article.
  if (before.length < 60 && heads.every((h) => h.maybe)) return false;
  const following = after.map((p) => p.text).join('');
  // Note: each measure alone is noisy on short texts; weighed together they separate subjects well.
  const continuity =
    topicOverlap(before, following) +
    0.5 * topicOverlap(before, texts.join('')) +
    0.5 * keywordShare(before, texts.join('') + following);
  // Note: an article that opened with a dateline or a byline is a reported piece; a new one rarely starts
  // without its own (the lines here are followed by neither), so ask for a clearer break.
  return continuity < (credited ? 0.1 : 0.2);
}

/**
 * The paragraphs after lone lines, up to the next head or dateline: three, and as many more as it takes to read
 * enough text (short paragraphs tell a subject poorly).
 */
function paragraphsAfter(blocks: readonly Block[], i: number): { lines: Line[]; text: string }[] {
  const after: { lines: Line[]; text: string }[] = [];
  let read = 0;
  for (let k = i; k < blocks.length && (after.length < 3 || read < AFTER_TEXT); k++) {
    const b = blocks[k]!;
    if (b.kind === 'head' || (b.kind === 'para' && opensText(b.lines[0]!))) break;
    if (b.kind === 'para') {
      after.push(b);
      read += b.text.length;
    }
  }
  return after;
}

/**
 * The width paragraphs are set to: the median of their full lines (all but each one's last), or null
 * with fewer than `least` to measure.
 */
function measure(paragraphs: readonly (readonly Line[])[], least = 3): number | null {
  const widths = paragraphs.flatMap((lines) => lines.slice(0, -1).map((l) => l.width)).sort((a, b) => a - b);
  return widths.length >= least ? widths[widths.length >> 1]! : null;
}

/** Share of the later text's distinct content words that the earlier text also uses. */
export function topicOverlap(earlier: string, later: string): number {
  const a = new Set(contentWords(earlier));
  const b = new Set(contentWords(later));
  if (b.size === 0 || a.size === 0) return 1;
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / b.size;
}

/** Share of the earlier text's top keywords that the later text repeats. */
export function keywordShare(earlier: string, later: string): number {
  const keys = extractKeywords(earlier, 8);
  if (!keys.length) return 1;
  return keys.filter((k) => later.includes(k)).length / keys.length;
}

/** The most text a brief runs to (characters): a column of briefs sets a few lines each. */
const BRIEF_TEXT = 160;

/** Whether the article so far is a brief's few lines and the block after the heads opens a report. */
function briefThenReport(current: DraftArticle, next: Block | undefined): boolean {
  const text = current.paragraphs.map((p) => p.text).join('');
  return next?.kind === 'para' && text.length > 0 && text.length <= BRIEF_TEXT && opensReport(next.lines[0]!);
}
