/**
 * Pre-pass of the reading order: the first lines of neighbouring columns read one after another. A PDF text
 * layer reads the first lines of reports set side by side, standing level under their headlines, as one run
 * (本报讯（记者 王一）近日，东湖公园新建的百米花廊对 / 本报讯（记者 李二）经过三个月施工，南街菜场提升改造),
 * then the first column's text, then the other columns' text in their order. The joins form no word of the
 * dictionary more often than not (对|市民, 改造|完工), so the text itself shows it otherwise: a report's first
 * line that stops mid-sentence is never followed by another report's dateline, and each column's text goes on
 * in a block that does not go on from the text before it, set to the column's measure.
 */
import { endsSentence } from '../text/chars.js';
import type { Line } from './lines.js';
import { BODY } from './reading-chains.js';

/** How many blocks after the run its columns' text is looked for in. */
const REACH = 8;
/** How far a column's text may be wider or narrower than its first line. */
const MEASURE = [0.8, 1.25] as const;

/** A block of the page: the indices of its first and last line. */
interface Span {
  from: number;
  to: number;
}

/** Text that stops mid-sentence (and no credit in brackets closes it). */
const open = (l: Line): boolean =>
  (l.role === 'text' || l.role === 'dateline') && !endsSentence(l.text) && !/[）)]$/u.test(l.text);

/**
 * Returns the lines with each column's first line, read in a run with the other columns' first lines, put
 * before the text it goes on in: the run's first line keeps the lines after it (the export read on down that
 * column), the others go, in order, before the blocks after it that open with body text, go on from no text
 * before them (the block before ends a sentence or is no text) and are set to that line's measure.
 */
export function regatherFirstLines(input: readonly Line[]): Line[] {
  let lines = [...input];
  const spans = blocks(lines);
  const moves: { line: Line; before: Line }[] = [];
  spans.forEach((b, k) => {
    const run = firstLineRun(lines, b);
    if (run.length < 2) return;
    const found: { line: Line; before: Line }[] = [];
    for (let c = k + 1; c < spans.length && c <= k + REACH && found.length < run.length - 1; c++) {
      const first = run[found.length + 1]!;
      const head = lines[spans[c]!.from]!;
      // (A dateline or a headline opens another article: the columns' text is before it or nowhere.)
      if (head.role === 'dateline' || head.role === 'byline' || (head.role === 'text' && !BODY.test(head.text))) break;
      if (head.role !== 'text') continue;
      // (With no lines after the run, the next block is the first column's text: the export read on down it.)
      if (c === k + 1 && lines[b.to] === run.at(-1)) continue;
      // A block that goes on from the text before it leaves the order in doubt: which column's is the next?
      if (open(lines[spans[c - 1]!.to]!)) return;
      if (fits(lines, spans[c]!, first.width)) found.push({ line: first, before: head });
    }
    moves.push(...found);
  });
  for (const { line, before } of moves) {
    lines = lines.filter((l) => l !== line);
    lines.splice(lines.indexOf(before), 0, line);
  }
  return lines;
}

/**
 * The run of first lines a block opens with (past head lines over it): a line of text stopping mid-sentence,
 * then one report's dateline line after another, each stopping mid-sentence. None when the lines after the
 * run hold another dateline (columns read line by line are another matter: see interleaved-lines.ts).
 */
function firstLineRun(lines: readonly Line[], b: Span): Line[] {
  let i = b.from;
  while (i < b.to && lines[i]!.role === 'text' && !BODY.test(lines[i]!.text)) i++;
  const run: Line[] = [];
  if (!open(lines[i]!) || !(lines[i]!.role === 'dateline' || BODY.test(lines[i]!.text))) return run;
  run.push(lines[i]!);
  for (i++; i <= b.to && lines[i]!.role === 'dateline' && open(lines[i]!); i++) run.push(lines[i]!);
  for (; i <= b.to; i++) if (lines[i]!.role === 'dateline') return [];
  return run;
}

/** Whether a block's lines of text are set to about the measure of a column whose first line is `width` wide. */
function fits(lines: readonly Line[], s: Span, width: number): boolean {
  const ws = lines
    .slice(s.from, s.to + 1)
    .filter((l) => l.role === 'text')
    .map((l) => l.width);
  const widest = Math.max(...ws);
  return widest >= width * MEASURE[0] && widest <= width * MEASURE[1];
}

/** The page's blocks: runs of lines between blank lines. */
function blocks(lines: readonly Line[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.role === 'blank') continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.role !== 'blank') j++;
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}
