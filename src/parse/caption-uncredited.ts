/**
 * Captions printed without a credit: a photo's caption is one short sentence set apart from the text. Where
 * it stands between an article's head lines and the line its text opens with, it is no part of the text.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { isEditorsNote, opensAText } from './article-credits.js';
import type { Block } from './block.js';
import { captionSentence, sentences } from './caption-above.js';
import { PHOTO_CREDIT } from './photo-credit.js';
import { echoesBelow, markCaptionsApart, pairs, UNDER_HEAD_ECHO } from './caption-apart.js';
import type { Line } from './lines.js';
import { isSpeakerTurn } from './speaker-line.js';

/**
 * Marks as captions the one-sentence blocks set between an article's head lines (or the credit closing the
 * story before, where a text layer gathered the head lines elsewhere) and its opening (a dateline, or a byline
 * on its own line with the text under it): a news text opens with its dateline or its byline,
 * so a finished sentence set apart above it, under the headline, is the caption of the photo printed there
 * (the photo of a story credited 文/图 has no credit of its own). Returns the blocks, marked in place.
 */
export function markUncreditedCaptions(
  blocks: Block[],
  lines: readonly Line[],
  editorsHeads: ReadonlySet<number> = new Set(),
): Block[] {
  for (let i = 1; i + 1 < blocks.length; i++) {
    // (Or under a story closed by its credit: what follows a signature is no part of that story's text.)
    if (!headline(blocks[i - 1]!) && blocks[i - 1]!.kind !== 'signature') continue;
    // (A caption's first line, stopping at a comma, can read as a head line of its own.)
    // (Never a head line an editor gave: it is placed as the editor said.)
    const first = blocks[i]!;
    const taken =
      firstLineAsHead(first, blocks[i + 1], lines) && !(first.kind === 'head' && editorsHeads.has(first.line.n))
        ? 2
        : 1;
    const b = blocks[i + taken - 1]!;
    if (b.kind !== 'para') continue;
    // (A photo's credit alone under it, the text opening under that: the credit closes the caption.)
    const credit = loneCredit(blocks[i + taken]) && opensText(blocks, i + taken + 1) ? 1 : 0;
    if (!credit && !opensText(blocks, i + taken)) continue;
    const own = [...(taken === 2 ? [(blocks[i] as Extract<Block, { kind: 'head' }>).line] : []), ...b.lines];
    const parts = [...own, ...(credit ? (blocks[i + taken] as { lines: Line[] }).lines : [])];
    const caption = { kind: 'caption' as const, lines: parts, text: joinLines(parts.map((l) => l.text)) };
    // (Closed by its credit, or over a dateline whose text the headline over both tells of, a caption of a
    // few sentences is no text's first paragraph.)
    const down = blocks[i + taken];
    // (Its text with the first line read as a head line; measured against the text under the caption's last
    // block, never against its own second part.)
    const text = joinLines(own.map((l) => l.text));
    const sure =
      credit === 1 ||
      (down?.kind === 'para' &&
        headsText(blocks, i, down.text) &&
        !isEditorsNote(text) &&
        echoesBelow(blocks, i + taken - 1, text, UNDER_HEAD_ECHO));
    if (!oneSentence({ lines: own, text }, lines) && !(sure && fewSentences(own, text))) continue;
    blocks.splice(i, taken + credit, caption);
  }
  markWideCaptions(blocks, lines);
  return markCaptionsApart(blocks, lines);
}

/**
 * Marks as captions the one-sentence blocks set wider than the text right above and under them (both text):
 * a caption is set as wide as its photo, which spans columns, while a column's text never runs past its
 * column (a line OCR read across columns has runs of spaces in it; a headline ends no sentence).
 */
function markWideCaptions(blocks: Block[], lines: readonly Line[]): void {
  blocks.forEach((b, i) => {
    // (An interview's answer under its short question is no caption: 陈老汉：…。)
    if (b.kind !== 'para' || b.lines.length > 2 || !oneSentence(b, lines) || isSpeakerTurn(b.text)) return;
    const before = lines[lines.indexOf(b.lines[0]!) - 1];
    if ((before && before.role !== 'blank') || b.lines.some((l) => /\S\s{2,}\S/u.test(l.raw))) return;
    // (Text on both sides to measure it by: under a headline, a wide story's first paragraph is wide too.)
    const [up, down] = [blocks[i - 1], blocks[i + 1]];
    if (up?.kind !== 'para' || down?.kind !== 'para') return;
    const around = [...up.lines, ...down.lines];
    const measure = Math.max(...around.map((l) => l.width));
    if (
      b.lines.every((l, k) => k === b.lines.length - 1 || l.width >= 1.3 * measure) &&
      b.lines[0]!.width >= 1.3 * measure
    )
      blocks[i] = { kind: 'caption', lines: b.lines, text: b.text };
  });
}

/**
 * A headline the caption can stand under: a sure head line, or a head line set apart above with no mark of
 * running text in it (a line OCR made of a column's broken text is a head line maybe, and reads on).
 */
function headline(b: Block): boolean {
  return b.kind === 'head' && (!b.maybe || (b.blankBefore && !/[，。、；：！？]/u.test(b.line.text)));
}

/**
 * Whether `b` is a caption's first line read as a head line: a comma in it (a headline's second line seldom
 * has one), the paragraph right under it with no blank line between, ending the sentence (a 副题 ends none),
 * and wider than that paragraph's last line (a caption breaks after a full line).
 */
function firstLineAsHead(b: Block, next: Block | undefined, lines: readonly Line[]): boolean {
  return (
    b.kind === 'head' &&
    /[，、]/u.test(b.line.text) &&
    next?.kind === 'para' &&
    lines[lines.indexOf(b.line) + 1] === next.lines[0] &&
    b.line.width > next.lines.at(-1)!.width
  );
}

/** A photo's credit alone, read as a caption of its own (王一/摄, 本报记者 王一 摄, 资料图片). */
function loneCredit(b: Block | undefined): boolean {
  return b?.kind === 'caption' && b.lines.length === 1 && PHOTO_CREDIT.test(b.lines[0]!.raw.trim());
}

/** The most Han characters of a caption of a few sentences: what tells of the photo, and when and where. */
const FEW_MOST = 120;

/**
 * A caption of two or three sentences (…在讲解嫁接技术。今年以来，该镇已举办培训12场。), on six lines at most:
 * papers often add a sentence of background to what a photo shows.
 */
function fewSentences(own: readonly Line[], text: string): boolean {
  const n = sentences(text);
  const han = countHan(text);
  const plain = own.every((l) => l.role === 'text');
  return own.length <= 6 && plain && endsSentence(text) && n >= 1 && n <= 3 && han <= FEW_MOST;
}

/**
 * Whether the head lines right over block `i` share a pair of characters with `text`: a report's headline
 * names what its text tells of (渡口换上新渡船 / …新渡船正式投用), while a text layer can set the next report's
 * text right under the last paragraph it gathered under a headline.
 */
function headsText(blocks: readonly Block[], i: number, text: string): boolean {
  const words = pairs(text);
  for (let k = i - 1; blocks[k]?.kind === 'head'; k--)
    if ([...pairs((blocks[k] as Extract<Block, { kind: 'head' }>).line.text)].some((p) => words.has(p))) return true;
  return false;
}

/** A block of one short sentence on three lines at most, set apart from the lines after it. */
function oneSentence(b: { lines: Line[]; text: string }, lines: readonly Line[]): boolean {
  const after = lines[lines.indexOf(b.lines.at(-1)!) + 1];
  return captionSentence(b, 4) && (!after || after.role !== 'text');
}

/**
 * Whether block `i` opens an article's text: a paragraph that opens with a dateline, or a byline over a
 * paragraph that opens a text (not the rest of a sentence: then the byline closed the text above); or is
 * a caption (photos set together under a headline, their captions one under another).
 */
function opensText(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  if (b?.kind === 'para') return b.lines[0]!.role === 'dateline';
  if (b?.kind === 'caption') return true;
  return b?.kind === 'byline' && next?.kind === 'para' && opensAText(next);
}
