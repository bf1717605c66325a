/**
 * Captions printed without a credit: a photo's caption is one short sentence set apart from the text. Where
 * it stands between an article's head lines and the line its text opens with, it is no part of the text.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { opensAText } from './article-credits.js';
import type { Block } from './block.js';
import { sentences } from './caption-above.js';
import type { Line } from './lines.js';

/** The most Han characters a caption of one sentence set under a headline holds (two or three lines of a column). */
const MOST = 60;

/**
 * Marks as captions the one-sentence blocks set between an article's head lines and its opening (a dateline,
 * or a byline on its own line with the text under it): a news text opens with its dateline or its byline,
 * so a finished sentence set apart above it, under the headline, is the caption of the photo printed there
 * (the photo of a story credited 文/图 has no credit of its own).
 */
export function markUncreditedCaptions(blocks: Block[], lines: readonly Line[]): void {
  for (let i = 1; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    const head = blocks[i - 1]!;
    // (A sure head line: a line OCR made of a column's broken text is a head line maybe.)
    if (b.kind !== 'para' || head.kind !== 'head' || head.maybe || !oneSentence(b, lines)) continue;
    if (!opensText(blocks, i + 1)) continue;
    blocks[i] = { kind: 'caption', lines: b.lines, text: b.text };
  }
}

/** A block of one short sentence on three lines at most, set apart from the lines after it. */
function oneSentence(b: Extract<Block, { kind: 'para' }>, lines: readonly Line[]): boolean {
  const after = lines[lines.indexOf(b.lines.at(-1)!) + 1];
  const han = countHan(b.text);
  return (
    b.lines.length <= 3 &&
    b.lines[0]!.role === 'text' &&
    han >= 4 &&
    han <= MOST &&
    endsSentence(b.text) &&
    sentences(b.text) === 1 &&
    (!after || after.role !== 'text')
  );
}

/**
 * Whether block `i` opens an article's text: a paragraph that opens with a dateline, or a byline over a
 * paragraph that opens a text (not the rest of a sentence: then the byline closed the text above).
 */
function opensText(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  const next = blocks[i + 1];
  if (b?.kind === 'para') return b.lines[0]!.role === 'dateline';
  return b?.kind === 'byline' && next?.kind === 'para' && opensAText(next);
}
