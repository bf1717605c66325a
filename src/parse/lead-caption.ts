/**
 * A photo printed over the page's lead, its caption set before the lead's head block (昨日，市民在新建的公园
 * 里晨练。/ 城东体育公园开园 / 本报讯…): a block of one sentence with nothing but the page's furniture before
 * it, right over a sure head line with the story's text under it, is that story's caption. A story's text
 * opens under its headline, never over it.
 */
import type { Block } from './block.js';
import { captionSentence } from './caption-above.js';
import { lineCredit } from './credit-forms.js';
import { isSpeakerTurn } from './speaker-line.js';

/** Blocks the page prints before its first story: its strip, its masthead, OCR specks. */
const FURNITURE = new Set<Block['kind']>(['folio', 'masthead']);

/** Marks the caption set over the page's first head block as a caption (see above). Marks in place. */
export function markCaptionOverLead(blocks: Block[]): Block[] {
  const i = blocks.findIndex((b) => !FURNITURE.has(b.kind));
  const b = blocks[i];
  if (!b || b.kind !== 'para' || !oneSentence(b)) return blocks;
  // (Under it a sure head line, perhaps a kicker or a 副题 with it, then the story's text.)
  let k = i + 1;
  while (blocks[k]?.kind === 'head') k++;
  const head = blocks[i + 1];
  if (head?.kind !== 'head' || head.maybe || k - i > 4 || blocks[k]?.kind !== 'para') return blocks;
  blocks[i] = { kind: 'caption', lines: b.lines, text: b.text };
  return blocks;
}

/** A block of one sentence on three lines at most, with no credit run in after it, no speaker's turn. */
function oneSentence(b: Extract<Block, { kind: 'para' }>): boolean {
  return captionSentence(b, 6) && !lineCredit(b.lines.at(-1)!) && !isSpeakerTurn(b.text);
}
