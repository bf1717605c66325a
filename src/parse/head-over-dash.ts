/**
 * A headline read as a short paragraph over its 副题: a headline ending in ？ or ！ (菜价为何“涨得这么快”？)
 * ends as a sentence does, and one a narrow column broke over two lines reads like a paragraph's last lines.
 * But a 副题 opened by a dash (——来自…的调查) stands under a headline, never under text: the short lines set
 * apart right over it are that headline.
 */
import { countHan } from '../text/chars.js';
import type { Block } from './block.js';
import { opensWithDash } from './head-roles.js';

/** The most lines and Han characters a headline over a 副题 runs to. */
const MOST_LINES = 2;
const MOST_HAN = 30;
/** Marks of running text no headline holds (its ？ or ！ closes it). */
const RUNNING = /[。；：;:]|[，,].*[，,]/u;

/**
 * Turns a short block of text set apart right over a dash 副题 into the head lines it is. `forced` gives the role
 * an editor gave a line, if any: a block with any line an editor placed is left as it is (the editor's
 * corrections place those lines).
 */
export function headsOverDash(blocks: readonly Block[], forced: (n: number) => unknown = () => undefined): Block[] {
  return blocks.flatMap((b, i): Block[] => {
    const below = blocks[i + 1];
    if (b.kind !== 'para' || below?.kind !== 'head' || !opensWithDash(below.line.text)) return [b];
    const lines = b.lines;
    const before = blocks[i - 1];
    const lastBefore = before ? (before.kind === 'head' ? before.line : before.lines.at(-1)) : undefined;
    // (Set apart: a blank line over it, or the page's start; a paragraph's last lines run on from its first.)
    const apart = !lastBefore || lastBefore.n + 1 < lines[0]!.n;
    if (lines.some((l) => l.role !== 'text' || forced(l.n) !== undefined)) return [b];
    if (!apart || lines.length > MOST_LINES || countHan(b.text) > MOST_HAN || RUNNING.test(b.text)) return [b];
    return lines.map((line, k) => ({ kind: 'head', line, blankBefore: k === 0, maybe: false }));
  });
}
