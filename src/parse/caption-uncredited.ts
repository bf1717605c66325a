/**
 * Captions printed without a credit: a photo's caption is one short sentence set apart from the text. Where
 * it stands between an article's head lines and the line its text opens with, it is no part of the text.
 */
import { joinLines } from '../text/spacing.js';
import { opensAText } from './article-credits.js';
import type { Block } from './block.js';
import { captionSentence } from './caption-above.js';
import { markCaptionsApart } from './caption-apart.js';
import type { Line } from './lines.js';
import { isSpeakerTurn } from './speaker-line.js';

/**
 * Marks as captions the one-sentence blocks set between an article's head lines (or the credit closing the
 * story before, where a text layer gathered the head lines elsewhere) and its opening (a dateline, or a byline
 * on its own line with the text under it): a news text opens with its dateline or its byline,
 * so a finished sentence set apart above it, under the headline, is the caption of the photo printed there
 * (the photo of a story credited 文/图 has no credit of its own). Returns the blocks, marked in place.
 */
export function markUncreditedCaptions(blocks: Block[], lines: readonly Line[]): Block[] {
  for (let i = 1; i + 1 < blocks.length; i++) {
    // (Or under a story closed by its credit: what follows a signature is no part of that story's text.)
    if (!headline(blocks[i - 1]!) && blocks[i - 1]!.kind !== 'signature') continue;
    // (A caption's first line, stopping at a comma, can read as a head line of its own.)
    const taken = firstLineAsHead(blocks[i]!, blocks[i + 1], lines) ? 2 : 1;
    const b = blocks[i + taken - 1]!;
    if (b.kind !== 'para' || !opensText(blocks, i + taken)) continue;
    const parts = [...(taken === 2 ? [(blocks[i] as Extract<Block, { kind: 'head' }>).line] : []), ...b.lines];
    const caption = { kind: 'caption' as const, lines: parts, text: joinLines(parts.map((l) => l.text)) };
    if (!oneSentence(caption, lines)) continue;
    blocks.splice(i, taken, caption);
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
