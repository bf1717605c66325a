/**
 * Captions with no credit that a page sets apart from the text: a photo's caption is one short sentence on a
 * line or two, printed under its photo, and OCR or a text layer gives it as a paragraph of its own. Where it
 * stands tells it from a short paragraph: stacked with another caption (two photos side by side or one over
 * the other), over the opening of a report after the story before was closed (the photo between a headline
 * and its text), or over the page's first head block (the photo over the lead).
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import type { Block } from './block.js';
import { sentences } from './caption-above.js';
import { lineCredit } from './credit-forms.js';
import { OPENS_CLOSED, opensWithParticle } from './line-signs.js';
import type { Line } from './lines.js';
import { PHOTO_CREDIT } from './photo-credit.js';
import { isSpeakerTurn } from './speaker-line.js';

type Para = Extract<Block, { kind: 'para' }>;

/** The most Han characters of a caption set apart with no credit: one line of a photo's width, or two short. */
const MOST = 30;

/**
 * Marks as captions the uncredited one-sentence paragraphs that stand where only a caption stands (see the
 * module's note). Returns the blocks, changed in place.
 */
export function markCaptionsApart(blocks: Block[], lines: readonly Line[]): Block[] {
  splitStackedOverCredit(blocks, lines);
  for (let i = 0; i < blocks.length; i++) {
    const [b, down] = [blocks[i]!, blocks[i + 1]];
    if (!captionSentence(b, lines)) continue;
    if (stacked(b, down, lines) || atPageTop(blocks, i) || overOpening(blocks, i, lines)) blocks[i] = toCaption(b);
  }
  return blocks;
}

/**
 * Two captions stacked over one photo credit on a line of its own (改造后的步道。 / 孩子们在玩耍。 / 王一/摄),
 * no blank line between them, the first set apart above: the credit closes the caption right over it, and
 * the sentence over that is the other photo's caption (two sentences of a column's text never stand so,
 * each on a line, a credit under them).
 */
function splitStackedOverCredit(blocks: Block[], lines: readonly Line[]): void {
  for (let j = 2; j < blocks.length; j++) {
    const [first, second, credit] = [blocks[j - 2]!, blocks[j - 1]!, blocks[j]!];
    if (credit.kind !== 'caption' || credit.lines.length !== 1 || !PHOTO_CREDIT.test(credit.lines[0]!.raw.trim()))
      continue;
    if (!captionSentence(first, lines) || !captionSentence(second, lines, false) || first.lines.length !== 1) continue;
    if (second.lines.length !== 1 || !rightOver(first, second, lines) || !rightOver(second, credit, lines)) continue;
    const own = [...second.lines, ...credit.lines];
    blocks.splice(j - 2, 3, toCaption(first), { kind: 'caption', lines: own, text: joinLines(own.map((l) => l.text)) });
  }
}

function toCaption(b: Para): Block {
  return { kind: 'caption', lines: b.lines, text: b.text };
}

/**
 * One short finished sentence on one line (two when short), set apart above by a blank line, read as text:
 * no credit run in (a signed brief), no interview turn, not the rest of a sentence (a mark or particle first),
 * no run of spaces (a line OCR read across two columns).
 */
function captionSentence(b: Block, lines: readonly Line[], apart = true): b is Para {
  if (b.kind !== 'para' || b.lines.length > 2 || b.lines.some((l) => l.role !== 'text')) return false;
  const han = countHan(b.text);
  const before = lines[lines.indexOf(b.lines[0]!) - 1];
  return (
    han >= 5 &&
    han <= (b.lines.length === 1 ? MOST : MOST - 10) &&
    endsSentence(b.text) &&
    sentences(b.text) === 1 &&
    (!apart || !before || before.role === 'blank') &&
    !isSpeakerTurn(b.text) &&
    !OPENS_CLOSED.test(b.text) &&
    !opensWithParticle(b.lines[0]!) &&
    !b.lines.some((l) => /\S\s{2,}\S/u.test(l.raw)) &&
    lineCredit(b.lines.at(-1)!) === null
  );
}

/** Whether `b`'s last line has `next`'s first line right under it, no blank line between. */
function rightOver(b: { lines: Line[] }, next: Block | undefined, lines: readonly Line[]): boolean {
  const first = next?.kind === 'head' ? next.line : next && 'lines' in next ? next.lines[0] : undefined;
  return first !== undefined && lines[lines.indexOf(b.lines.at(-1)!) + 1] === first;
}

/**
 * Two photos' captions stacked: the sentence right over another caption with no blank line between (a
 * paragraph never runs on into a caption so). (Not right under one: a photo story's text goes on so under
 * its credited caption.)
 */
function stacked(b: Para, down: Block | undefined, lines: readonly Line[]): boolean {
  return b.lines.length === 1 && photoCaption(down) && rightOver(b, down!, lines);
}

/**
 * A photo's caption of one line, as short as one caption is (its credit aside): not a ▲-marked line, which
 * may head a brief (marked-briefs.ts), nor a photo story's long caption (its text goes on under it).
 */
function photoCaption(b: Block | undefined): b is Extract<Block, { kind: 'caption' }> {
  if (b?.kind !== 'caption' || /^▲/u.test(b.text)) return false;
  const own = b.lines.filter((l) => !PHOTO_CREDIT.test(l.raw.trim()));
  // (The caption's words alone: a credit run in after them, （王一 摄） or 王一/摄, is no part of its length.)
  const words = own
    .map((l) => l.text)
    .join('')
    .replace(/[（(〈《][^（(〈《]*$|[\p{sc=Han}·\s]*[/／]\s*摄影?$/u, '');
  return own.length <= 1 && countHan(words) <= MOST;
}

/**
 * The sentence over the page's first head block, nothing but furniture above it: a photo set over the lead
 * story at the page's top, its caption under it, the headline under the caption (no story ends in one
 * sentence before any headline of the page).
 */
function atPageTop(blocks: readonly Block[], i: number): boolean {
  const next = blocks[i + 1];
  if (next?.kind !== 'head' || next.maybe) return false;
  return blocks.slice(0, i).every((b) => b.kind === 'folio' || b.kind === 'masthead');
}

/**
 * The sentence right over a report's opening (本报讯…, or its byline on a line of its own right over its text;
 * a blank line at most between) after the story before closed (its credit, its last sentence, a caption):
 * the photo between a headline and its text, the headline gathered elsewhere by the export. One line only: a
 * report's last paragraph runs longer.
 */
function overOpening(blocks: readonly Block[], i: number, lines: readonly Line[]): boolean {
  const [up, b, down, then] = [blocks[i - 1], blocks[i] as Para, blocks[i + 1], blocks[i + 2]];
  if (b.lines.length !== 1 || !opening(down, then, lines)) return false;
  const gap = lines.indexOf((down as { lines: Line[] }).lines[0]!) - lines.indexOf(b.lines[0]!);
  if (gap > 2) return false;
  if (up?.kind === 'signature' || up?.kind === 'byline' || photoCaption(up)) return true;
  if (up?.kind !== 'para') return false;
  if (lineCredit(up.lines.at(-1)!) !== null) return true;
  // (After a finished sentence with no credit, only set right over the opening, no blank line between: a
  // short last paragraph stands apart from the next report's text as a caption does. A text that stops
  // mid-sentence may go on in this line: 通道 / 重要的通道。)
  if (!endsSentence(up.text)) return false;
  return gap === 1 || echoesBelow(blocks, i, b.text, APART_ECHO);
}

/**
 * How strongly a sentence must echo the report under it, against the text over it, to be that report's caption:
 * at least `least` distinct pairs of characters shared with the text below, and more than `ratio` times as many
 * as with the text above; `overHeads`: the text above is read over the head lines right over the sentence (a
 * caption set under a headline is weighed against the story before that headline).
 */
export interface Echo {
  least: number;
  ratio: number;
  overHeads: boolean;
}

/** A sentence set apart, between two stories' text: it must name its report clearly (three pairs, twice the other). */
export const APART_ECHO: Echo = { least: 3, ratio: 2, overHeads: false };

/** A sentence already set where a caption stands, under a headline: more of its report's words than the other's. */
export const UNDER_HEAD_ECHO: Echo = { least: 1, ratio: 1, overHeads: true };

/**
 * Whether the sentence `own` at block `i` names what the report under it tells of, not the story above: a
 * caption repeats its report's words (its place, its people, what they do: 紫藤长廊, 菜园), many more of them than
 * the text above shares, while a short last paragraph repeats its own story's. Pairs of characters, not words:
 * OCR misreads a character here and there. Four blocks each way, up to the next head line.
 */
export function echoesBelow(blocks: readonly Block[], i: number, own: string, echo: Echo): boolean {
  const mine = pairs(own);
  const text = (from: number, step: 1 | -1): string => {
    const parts: string[] = [];
    for (let k = from; blocks[k] && blocks[k]!.kind !== 'head' && parts.length < 4; k += step)
      parts.push('text' in blocks[k]! ? (blocks[k] as { text: string }).text : '');
    return parts.join('');
  };
  const shared = (other: string): number => {
    const theirs = pairs(other);
    return [...mine].filter((p) => theirs.has(p)).length;
  };
  let up = i - 1;
  while (echo.overHeads && blocks[up]?.kind === 'head') up--;
  const [below, above] = [shared(text(i + 1, 1)), shared(text(up, -1))];
  return below >= echo.least && below > echo.ratio * above;
}

/** The distinct pairs of Han characters side by side in a text. */
export function pairs(text: string): Set<string> {
  const han = text.match(/\p{sc=Han}+/gu) ?? [];
  return new Set(
    han.flatMap((run) => {
      const chars = [...run];
      return chars.slice(1).map((ch, k) => chars[k]! + ch);
    }),
  );
}

/** A report's opening: a paragraph that opens with its dateline, or a byline right over a paragraph. */
function opening(b: Block | undefined, next: Block | undefined, lines: readonly Line[]): boolean {
  if (b?.kind === 'para') return b.lines[0]!.role === 'dateline';
  return b?.kind === 'byline' && next?.kind === 'para' && rightOver(b, next, lines);
}
