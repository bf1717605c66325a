/**
 * The caption over a photo's credit: when a credit (王一/摄) is read as a line of its own, the short sentence
 * set right above it is its caption, and so is a caption's first line the reader took for a head line.
 */
import { countHan, endsSentence } from '../text/chars.js';
import type { Block } from './block.js';
import type { Line } from './lines.js';

/**
 * How many of the last blocks read are the caption of the credit that comes next (`wasBlank`: after a blank
 * line): 0, 1 (a short sentence
 * on a line or two, set apart above the credit or right under a head line, as a text layer gathers a photo's
 * headline, caption and credit) or 2 (that sentence and the head line right above it that it finishes).
 */
export function captionBlocksAbove(blocks: readonly Block[], lines: readonly Line[], wasBlank: boolean): number {
  const last = blocks.at(-1);
  if (last?.kind !== 'para' || last.lines.length > 2 || !endsSentence(last.text) || countHan(last.text) > 40) return 0;
  const at = lines.indexOf(last.lines[0]!);
  const head = blocks.at(-2);
  if (!(at === 0 || lines[at - 1]?.role === 'blank' || head?.kind === 'head')) return 0;
  // (Set apart from the credit too, unless gathered right under a head line: text running on into the credit
  // may be the rest of a column's sentence.)
  if (!wasBlank && !(head?.kind === 'head' && lines[at - 1] === head.line)) return 0;
  return head?.kind === 'head' && firstLineOf(head, last, blocks.at(-3)) ? 2 : 1;
}

/**
 * A caption's first line taken for a head line: set right under the headline (no blank line between), with
 * no mark at its end and no space inside, and longer than the caption's last line under it, which ends the
 * sentence (a caption breaks after a full line; a subhead is a phrase of its own).
 */
function firstLineOf(
  head: Extract<Block, { kind: 'head' }>,
  rest: Extract<Block, { kind: 'para' }>,
  above?: Block,
): boolean {
  const text = head.line.text;
  return (
    above?.kind === 'head' &&
    !head.blankBefore &&
    rest.lines.length === 1 &&
    !/[\s，。、；：！？,.;:!?”）)]$/u.test(text) &&
    !/\s/u.test(head.line.raw.trim()) &&
    head.line.width > rest.lines[0]!.width &&
    countHan(text + rest.text) <= 40
  );
}
