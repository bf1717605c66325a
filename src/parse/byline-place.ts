/**
 * Where a byline set alone on its line goes, by the article being written and the block after it: the credit
 * of the article it heads or ends, or of the one it opens.
 */
import { bylineAtEnd, endCredit } from './article-credits.js';
import type { Block } from './blocks.js';
import { headsThenCredit } from './credit-spans.js';
import type { DraftArticle } from './drafts.js';

/**
 * `heads`: the article being written, still without text, takes it; `end`: it closes that article, printed
 * at its end; `end-under-subheads`: the same, and the head lines waiting above it are that article's
 * subheads; `opens`: it opens a new article; `current`: the article being written takes it as a last
 * resort; `stray`: no article takes it.
 */
export type BylinePlace = 'heads' | 'end' | 'end-under-subheads' | 'opens' | 'current' | 'stray';

/** Where the byline block `blocks[i]` goes, given the article being written and the head lines waiting. */
export function placeByline(
  blocks: readonly Block[],
  i: number,
  cur: DraftArticle | null,
  closed: boolean,
  pending: number,
): BylinePlace {
  const bodyless = cur && !closed && pending === 0 && cur.paragraphs.length === (cur.datelineRaw ? 1 : 0);
  const next = blocks[i + 1];
  // Right above a dateline, it is the credit of the article that dateline opens.
  const aboveDateline = next?.kind === 'para' && next.lines[0]!.role === 'dateline';
  if (cur && bodyless && !cur.bylineAlone && !aboveDateline) return 'heads';
  // Under an article's last sentence, with no text of its own after it, it is that article's byline
  // printed at its end (as features and OCR'd pages set it). Text after it that opens no text of its
  // own (the rest of a sentence begun elsewhere, a brief signed by its own credit) is not its text.
  if (cur && !closed && !pending && bylineAtEnd(cur, next)) return 'end';
  // Over head lines that lead to a credit of their own: the byline ends the article before them, and
  // lines set above it are that article's subheads, placed out of order by the OCR.
  if (next?.kind === 'head' && endCredit(cur) && headsThenCredit(blocks, i + 1)) return 'end-under-subheads';
  if (next?.kind === 'para' || next?.kind === 'head') return 'opens';
  if (cur && !cur.bylineAlone) return 'current';
  return 'stray';
}
