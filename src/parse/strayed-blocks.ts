/**
 * Stage: a block set in another story's column, back to its own story. A PDF text layer (and OCR read by
 * blocks) reads the columns of stories set side by side in its own order: a block of one story's second column
 * comes out between two blocks of the story beside it. Where that block opens a paragraph and ends a sentence,
 * nothing at its joins says so, and segmentation leaves it in the story it was read into. Two things together
 * do: its lines are set to another measure than the blocks around it (the columns of one story share a
 * width), and its words are another story's, one set to its measure.
 */
import { cellWidth, countHan, endsSentence } from '../text/chars.js';
import type { DraftArticle, DraftParagraph, Segmented } from './drafts.js';
import type { Line } from './lines.js';
import { MEASURED_HAN } from './line-signs.js';
import { opensReport } from './marked-briefs.js';
import { placedBy, type StageHints } from './structure.js';
import { ownWordCounts } from './own-words.js';

/** Cells a block's measure differs at least from the blocks of its story around it to be set apart. */
const APART = 1.5;
/** Cells a block's measure differs at most from a block of the story it goes to (justification, a digit). */
const SAME = 0.6;
/** Least words the block shares with its story and with no other article (see loose-pieces.ts). */
const LEAST_OWN = 3;
/** How many times more such words that story shares with the block than any other article does. */
const CLEAR_MARGIN = 2;
/** Least full lines that measure a block. */
const LEAST_LINES = 2;

/**
 * Moves each block set apart by its measure into the story that clearly shares its words and measure. A block
 * with a line an editor placed (`hints`, structure corrections) stays where the editor put it.
 */
export function rejoinStrayedBlocks(seg: Segmented, lines: readonly Line[], hints?: StageHints): void {
  const at = new Map(lines.map((l, i) => [l, i]));
  // (A block starts after a blank line or a line of no text: the page's own break.)
  const opensBlock = (l: Line): boolean => {
    const i = at.get(l);
    const before = i === undefined ? undefined : lines[i - 1];
    return before === undefined || (before.role !== 'text' && before.role !== 'dateline');
  };
  for (let x = 0; x < seg.articles.length; x++) {
    let runs = blocksOf(seg.articles[x]!, opensBlock);
    for (let r = runs.length - 1; r >= 1; r--) {
      if (
        placedBy(
          hints,
          runs[r]!.map((k) => seg.articles[x]!.paragraphs[k]!),
        )
      )
        continue;
      const target = storyOf(seg, x, runs, r, opensBlock);
      if (target === null) continue;
      move(seg.articles[x]!, runs[r]!, seg.articles[target]!);
      // The blocks after the moved one now start earlier; those before it are as they were.
      runs = blocksOf(seg.articles[x]!, opensBlock);
    }
  }
}

/** The article's paragraphs as the page's blocks: indices of paragraphs, each run opening a block. */
function blocksOf(a: DraftArticle, opensBlock: (l: Line) => boolean): number[][] {
  const runs: number[][] = [];
  a.paragraphs.forEach((p, k) => {
    if (k === 0 || opensBlock(p.lines[0]!)) runs.push([k]);
    else runs.at(-1)!.push(k);
  });
  return runs;
}

/**
 * The width paragraphs are set to: the median of their full lines (each one's last aside), or null. (Not
 * paragraph-column's quantile: it reads the narrower of two lines, and a block's first line, its indent or a
 * credit's spaces taken out, is often the narrower one.)
 */
function measure(paragraphs: readonly DraftParagraph[]): number | null {
  const widths = paragraphs
    .flatMap((p) => p.lines.slice(0, -1))
    .filter((l) => countHan(l.text) >= MEASURED_HAN)
    .map((l) => cellWidth(l.raw.replace(/\s+/gu, '')))
    .sort((a, b) => a - b);
  return widths.length >= LEAST_LINES ? widths[widths.length >> 1]! : null;
}

/**
 * The article block `r` of article `x` belongs to, or null: the block opens a paragraph (the text before it
 * ends a sentence) and ends a sentence, opens no report, is set to another measure than its story's blocks
 * on both sides, and another article set to its measure clearly shares most of its words.
 */
function storyOf(
  seg: Segmented,
  x: number,
  runs: readonly number[][],
  r: number,
  opensBlock: (l: Line) => boolean,
): number | null {
  const a = seg.articles[x]!;
  const block = runs[r]!.map((k) => a.paragraphs[k]!);
  const before = a.paragraphs[runs[r]![0]! - 1]!;
  const text = block.map((p) => p.text).join('');
  if (block.some((p) => p.subhead) || !endsSentence(before.text) || !endsSentence(text)) return null;
  if (opensReport(block[0]!.lines[0]!) || (a.datelineRaw !== null && runs[r]!.includes(a.datelineAt))) return null;
  const own = measure(block);
  const prev = measure(runs[r - 1]!.map((k) => a.paragraphs[k]!));
  const next = runs[r + 1] ? measure(runs[r + 1]!.map((k) => a.paragraphs[k]!)) : null;
  if (own === null || prev === null || Math.abs(prev - own) < APART) return null;
  if (next !== null && Math.abs(next - own) < APART) return null;
  // Words of the block's that one article alone uses (its own story's text without the block).
  const rest = new Set(block);
  const bodies = seg.articles.map((b, k) =>
    (k === x ? b.paragraphs.filter((p) => !rest.has(p)) : b.paragraphs).map((p) => p.text).join(''),
  );
  const shared = ownWordCounts(text, bodies);
  const sameMeasure = (k: number): boolean =>
    k !== x &&
    blocksOf(seg.articles[k]!, opensBlock).some((run) => {
      const m = measure(run.map((i) => seg.articles[k]!.paragraphs[i]!));
      return m !== null && Math.abs(m - own) <= SAME;
    });
  const ranked = shared.map((n, k) => ({ n, k })).sort((p, q) => q.n - p.n || p.k - q.k);
  const best = ranked.find((c) => sameMeasure(c.k));
  if (!best || best.n < LEAST_OWN) return null;
  const others = Math.max(0, ...shared.filter((_, k) => k !== best.k));
  return best.n >= CLEAR_MARGIN * others ? best.k : null;
}

/** The block's paragraphs leave `from` for the end of `to`'s text. */
function move(from: DraftArticle, run: readonly number[], to: DraftArticle): void {
  const first = run[0]!;
  const moved = from.paragraphs.splice(first, run.length);
  if (from.datelineRaw !== null && from.datelineAt > first) from.datelineAt -= run.length;
  to.paragraphs.push(...moved);
}
