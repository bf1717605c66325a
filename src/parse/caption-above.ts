/**
 * The caption over a photo's credit: when a credit (王一/摄) is read as a line of its own, the short sentence
 * set right above it is its caption, and so is a caption's first line the reader took for a head line.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import type { Block } from './block.js';
import { lineCredit } from './credit-forms.js';
import { runsOn } from './line-signs.js';
import type { Line } from './lines.js';

/**
 * How many of the last blocks read are the caption of the credit that comes next (`wasBlank`: after a blank
 * line): 0, 1 (a short sentence
 * on a line or two, set apart above the credit or right under a head line, as a text layer gathers a photo's
 * headline, caption and credit) or 2 (that sentence and the head line right above it that it finishes).
 */
export function captionBlocksAbove(blocks: readonly Block[], lines: readonly Line[], wasBlank: boolean): number {
  const last = blocks.at(-1);
  if (last?.kind !== 'para' || !endsSentence(last.text)) return 0;
  // (A text that opens with its dateline or its writers is a story's opening, never a photo's caption.)
  if (last.lines[0]!.role !== 'text') return 0;
  const at = lines.indexOf(last.lines[0]!);
  const head = blocks.at(-2);
  // (Right under a line its writers' credit closes, （记者 王一）, the text before ended there: set apart too.)
  const apart = at === 0 || lines[at - 1]?.role === 'blank' || lineCredit(lines[at - 1]!) !== null;
  if (!(apart || head?.kind === 'head')) return 0;
  // (Set apart from the credit too, unless gathered right under a head line, or one sentence set apart above
  // that the credit closes: text running on into the credit may be the rest of a column's sentence, a
  // paragraph's last lines, but one sentence set alone on two or three lines with the credit right under it
  // is a caption as a photo's caption is printed.)
  const underHead = head?.kind === 'head' && lines[at - 1] === head.line;
  const oneSentence = apart && last.lines.length <= 3 && sentences(last.text) === 1 && countHan(last.text) <= 60;
  if (wasBlank || underHead ? last.lines.length > 2 || countHan(last.text) > 40 : !oneSentence) return 0;
  return head?.kind === 'head' && firstLineOf(head, last, blocks.at(-3), underHead) ? 2 : 1;
}

/** How many sentences a text holds (its marks that end one). */
export function sentences(text: string): number {
  return text.match(/[。！？!?](?![”’」』）)]*[。！？!?])/gu)?.length ?? 0;
}

/** The most Han characters of a caption of one sentence: two or three lines of a column. */
const CAPTION_MOST = 60;

/**
 * Whether a block reads as a photo's caption of one sentence: three lines at most, opening with text, `least`
 * to sixty Han characters, one finished sentence.
 */
export function captionSentence(b: { lines: readonly Line[]; text: string }, least: number): boolean {
  const han = countHan(b.text);
  return (
    b.lines.length <= 3 &&
    b.lines[0]!.role === 'text' &&
    han >= least &&
    han <= CAPTION_MOST &&
    endsSentence(b.text) &&
    sentences(b.text) === 1
  );
}

/**
 * A caption's first line taken for a head line: set right under the headline (no blank line between, or one
 * when the rest of the caption follows it with none, `restUnder`), with
 * no mark at its end and no space inside, and longer than the caption's last line under it, which ends the
 * sentence (a caption breaks after a full line; a subhead is a phrase of its own).
 */
function firstLineOf(
  head: Extract<Block, { kind: 'head' }>,
  rest: Extract<Block, { kind: 'para' }>,
  above?: Block,
  restUnder = false,
): boolean {
  const text = head.line.text;
  // (A blank line between the headline and the caption is what a text page prints between any two blocks; the
  // caption's own lines, this one and the rest right under it, still have none between them.)
  return (
    above?.kind === 'head' &&
    (!head.blankBefore || restUnder) &&
    rest.lines.length === 1 &&
    !/[\s，。、；：！？,.;:!?”）)]$/u.test(text) &&
    !/\s/u.test(head.line.raw.trim()) &&
    head.line.width > rest.lines[0]!.width &&
    countHan(text + rest.text) <= 40
  );
}

/**
 * Whether the last block read is the beginning of the caption whose last line, `line`, closes with its photo's
 * credit (…在操场上跳绳和 / 踢毽子。（王一 摄）): right above it with no blank line between, stopping
 * mid-sentence, one head line or a paragraph of two lines at most set apart above, the whole one sentence.
 * A caption breaks over lines as text does, and a credit run in after its sentence closes the caption alone.
 */
export function captionBegunAbove(blocks: readonly Block[], lines: readonly Line[], line: Line): boolean {
  const last = blocks.at(-1);
  if (last?.kind !== 'head' && last?.kind !== 'para') return false;
  const own = last.kind === 'head' ? [last.line] : last.lines;
  const at = lines.indexOf(own[0]!);
  const text = own.map((l) => l.text).join('');
  const before = blocks.at(-2);
  return (
    own.length <= 2 &&
    lines[lines.indexOf(own.at(-1)!) + 1] === line &&
    (at === 0 || lines[at - 1]?.role === 'blank' || before?.kind === 'head') &&
    !endsSentence(text) &&
    sentences(text) === 0 &&
    countHan(text + line.text) <= 80
  );
}

/** How many Han characters a photo's caption read into the text above its credit holds at most. */
const TAIL_MOST = 40;

/**
 * Cuts off the last block read the caption that a column break ran into it, when a photo's credit follows
 * (…保留了老街原有的格局 / (blank) / 改造后的老街夜景。 / 王一/摄): a paragraph left open at a column's foot
 * goes on across the blank line, but the one or two lines after the blank, one finished sentence with the
 * credit under them (a blank line at most between), are the caption of the photo set over the next column.
 * Changes `blocks` in place.
 */
export function splitCaptionTail(blocks: Block[], lines: readonly Line[], credit: Line): void {
  const last = blocks.at(-1);
  if (last?.kind !== 'para') return;
  // (The credit right under the caption, or a blank line between: a text layer sets a credit flush right
  // apart from the caption's line.)
  const after = lines.indexOf(last.lines.at(-1)!) + 1;
  if (lines[after] !== credit && (lines[after]?.role !== 'blank' || lines[after + 1] !== credit)) return;
  for (const k of [1, 2]) {
    const at = last.lines.length - k;
    const [tail, before] = [last.lines.slice(at), last.lines.slice(0, at)];
    const prev = lines[lines.indexOf(tail[0]!) - 1];
    if (at < 1 || prev?.role !== 'blank' || tail.some((l) => l.role !== 'text')) continue;
    const text = tail.map((l) => l.text).join('');
    const head = before.map((l) => l.text).join('');
    if (endsSentence(head) || !endsSentence(text) || sentences(text) !== 1 || countHan(text) > TAIL_MOST) continue;
    // (Text that runs on across the blank line, 载客60 / 人，…, is the paragraph's own: a text layer's gap.)
    if (runsOn(before.at(-1)!.text, tail[0]!.text)) continue;
    last.lines = before;
    last.text = joinLines(before.map((l) => l.text));
    blocks.push({ kind: 'para', lines: tail, text: joinLines(tail.map((l) => l.text)) });
    return;
  }
}
