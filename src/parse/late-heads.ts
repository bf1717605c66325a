/**
 * A headline OCR read late. A headline set in large type across the columns under it is often read after
 * the first lines of those columns (tesseract takes a big line as a block of its own and reads it later), so
 * the story's 引题 or 副题 stands over its text alone and the headline comes out between its first
 * paragraphs. A head line set there in a headline's form, with the story's words in it, when nothing above
 * the story reads as a headline, is that story's headline, not a new article's nor an in-body subhead.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { contentWords } from '../text-node/words.js';
import { COLUMN_TAG, isKickerLike } from './article-breaks.js';
import { joinRaw } from './article-credits.js';
import type { Block } from './block.js';
import type { DraftArticle, HeadLine, Segmented } from './drafts.js';
import { opensWithDash, parallelPhrases, PIECE_KIND } from './head-roles.js';
import { ENUMERATED } from './line-signs.js';
import { closesNotice } from './notice-lines.js';
import type { Line } from './lines.js';
import { BRIEF_MARK } from './marked-briefs.js';

type HeadBlock = Extract<Block, { kind: 'head' }>;

/** The most text a story's first paragraphs run to before a headline read late (characters). */
const EARLY_TEXT = 600;

/** The most paragraphs before it (an in-body subhead OCR set apart counts as one). */
const EARLY_PARAGRAPHS = 6;

/** A headline's length in Han characters: a theme of two words is a kicker; a sentence is no headline. */
const HEADLINE_MIN = 5;
const HEADLINE_MAX = 22;

/** A mark of running text: a headline OCR read alone has none (a 副题 or a sentence has). */
const MARKED = /[，。、；：！？,;:!?…]/u;

/** Whether a line is in a headline's form: a phrase of some length, no mark of running text, no label's form. */
function headlineForm(text: string, raw: string, offices: ReadonlySet<string>): boolean {
  const han = countHan(text);
  return (
    han >= HEADLINE_MIN &&
    han <= HEADLINE_MAX &&
    !MARKED.test(text) &&
    !opensWithDash(text) &&
    !/——$/u.test(text) &&
    !isKickerLike(text, offices) &&
    !ENUMERATED.test(text) &&
    !BRIEF_MARK.test(raw.trim()) &&
    !COLUMN_TAG.test(text) &&
    !parallelPhrases(raw)
  );
}

/**
 * Whether a head line over a story reads as anything but its headline: a kicker (an office's label, a couplet,
 * a theme of four characters or fewer), a 副题 (opening with a dash, naming the kind of piece), or OCR's
 * scraps (fewer than two Han characters).
 */
function notHeadline(h: HeadLine, late: string, offices: ReadonlySet<string>): boolean {
  const text = h.line.text;
  const han = countHan(text);
  return (
    han < 2 ||
    isKickerLike(text, offices) ||
    parallelPhrases(h.line.raw) ||
    opensWithDash(text) ||
    PIECE_KIND.test(text) ||
    (han <= 4 && !MARKED.test(text) && countHan(late) >= 2 * han)
  );
}

/**
 * Whether the head lines waiting between the current story's paragraphs are its headline read late: one line
 * in a headline's form, set alone, sharing a word with the story's text; the story has head lines over it,
 * none of them a headline, and only its first paragraphs so far.
 */
export function lateHeadline(
  pending: readonly HeadBlock[],
  current: DraftArticle,
  own: readonly HeadLine[],
  offices: ReadonlySet<string>,
): boolean {
  if (pending.length !== 1 || !own.length || current.continuedFrom !== null) return false;
  const h = pending[0]!;
  if ((h.maybe && !h.alone) || h.foot) return false;
  if (!headlineForm(h.line.text, h.line.raw, offices)) return false;
  if (!own.every((o) => notHeadline(o, h.line.text, offices))) return false;
  const paragraphs = current.paragraphs;
  // (A notice signed by its issuer is finished: a line after it heads the next piece.)
  if (closesNotice(paragraphs.map((p) => p.text))) return false;
  const before = paragraphs.map((p) => p.text).join('');
  if (!paragraphs.length || paragraphs.length > EARLY_PARAGRAPHS || before.length > EARLY_TEXT) return false;
  const words = new Set(contentWords(before));
  return contentWords(h.line.text).some((w) => w.length >= 2 && words.has(w));
}

/** The head lines placed over the article written last. */
export function headsOver(seg: Segmented): HeadLine[] {
  return seg.heads.filter((h) => h.before === seg.articles.length - 1);
}

/**
 * Places a headline read late among the story's head lines (`heads`, the page's; `own`, the story's), and
 * goes on with the story's text across it when the paragraph before it stops mid-sentence: `b` joins that
 * paragraph (true) or is left to be the next (false).
 */
export function placeLateHeadline(
  heads: HeadLine[],
  own: readonly HeadLine[],
  late: Line,
  current: DraftArticle,
  b: Block,
  offices: ReadonlySet<string>,
): boolean {
  const k = headlineAt(own, late.text, offices);
  const at = k < own.length ? heads.indexOf(own[k]!) : heads.indexOf(own.at(-1)!) + 1;
  heads.splice(at, 0, { line: late, blankBefore: true, apart: true, before: own[0]!.before, group: own[0]!.group });
  const last = current.paragraphs.at(-1);
  if (b.kind !== 'para' || !last || last.subhead || endsSentence(last.text) || b.lines[0]!.indented) return false;
  readOnAcross(current, current.paragraphs.length - 1, b.lines, b.text);
  return true;
}

/** A sentence a head line cut reads on across it: `lines` go on in the article's paragraph `k`. */
export function readOnAcross(article: DraftArticle, k: number, lines: readonly Line[], text: string): void {
  const p = article.paragraphs[k]!;
  p.lines = [...p.lines, ...lines];
  p.text = joinLines([p.text, text]);
  // (The dateline's paragraph is read again from its raw lines: they go on too.)
  if (article.datelineRaw !== null && article.datelineAt === k)
    article.datelineRaw = joinRaw(p.lines.map((l) => l.raw.trim()));
}

/**
 * Where the late headline goes among the story's head lines: under its kickers (short lines, labels) and
 * over its 副题 (a dash, a longer explaining line), as the page sets them.
 */
function headlineAt(own: readonly HeadLine[], late: string, offices: ReadonlySet<string>): number {
  let k = 0;
  while (k < own.length) {
    const text = own[k]!.line.text;
    const above =
      countHan(text) < 2 ||
      isKickerLike(text, offices) ||
      parallelPhrases(own[k]!.line.raw) ||
      (!opensWithDash(text) && !PIECE_KIND.test(text) && countHan(text) < countHan(late));
    if (!above) break;
    k++;
  }
  return k;
}
