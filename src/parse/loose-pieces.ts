/**
 * Stage: loose pieces of text back to their story. OCR and PDF text layers read a story's columns apart
 * (its first column cut off, its last read after another story, text read before its own headline), and where
 * every join happens to finish a sentence nothing in the reading order says so: segmentation opens an article
 * for the piece. A piece has nothing an article opens with (no head line printed over it, no dateline, no
 * credit, no report's opening such as `近日，…`), so it is a part of another story; its words say which one: a
 * story's later columns name the people, places and things its first named.
 */
import { opensReport } from './marked-briefs.js';
import type { DraftArticle, Segmented } from './drafts.js';
import { ownWordCounts } from './own-words.js';
import { placedBy, type StageHints } from './structure.js';

/**
 * Least words a piece shares with its story and with no other article: the names of the people, places and
 * things the story tells of. (Words many articles use, a district's or a town's name, say nothing.)
 */
const LEAST_OWN = 4;
/** How many times more such words the story must share with it than any other article does. */
const CLEAR_MARGIN = 2;

/**
 * Moves each loose piece into the article that shares most of its words, when one clearly does. A piece with a
 * line an editor placed (`hints`, structure corrections) stays where the editor put it.
 */
export function rejoinLoosePieces(seg: Segmented, hints?: StageHints): void {
  for (let i = seg.articles.length - 1; i >= 0; i--) {
    if (!loose(seg, i) || placedBy(hints, seg.articles[i]!.paragraphs)) continue;
    const target = storyOf(seg.articles, i);
    // A story its signature closed ends there: text read after it is not its (text read before may be).
    if (target !== null && !(target < i && seg.articles[target]!.signature)) join(seg, i, target);
  }
}

/** An article with text and nothing an article opens or is closed with of its own. */
function loose(seg: Segmented, i: number): boolean {
  const a = seg.articles[i]!;
  const first = a.paragraphs[0]?.lines[0];
  return (
    first !== undefined &&
    a.datelineRaw === null &&
    a.bylineAlone === null &&
    a.signature === null &&
    a.continuedFrom === null &&
    !opensReport(first) &&
    !seg.heads.some((h) => h.before === i)
  );
}

const bodyOf = (a: DraftArticle): string => a.paragraphs.map((p) => p.text).join('');

/** The article that clearly shares most of piece `i`'s own words (used by no third article), or null. */
function storyOf(articles: readonly DraftArticle[], i: number): number | null {
  const bodies = articles.map(bodyOf);
  const shared = ownWordCounts(bodies[i]!, bodies, i);
  const ranked = shared.map((n, k) => ({ n, k })).sort((x, y) => y.n - x.n || x.k - y.k);
  const [best, second] = ranked;
  if (!best || best.n < LEAST_OWN || best.n < CLEAR_MARGIN * (second?.n ?? 0)) return null;
  return best.k;
}

/**
 * Piece `i` joins article `k`: ahead of its text when the piece was read before it and the story does not open
 * with its dateline (the piece is its first column), else after it. Indices of the other articles follow.
 */
function join(seg: Segmented, i: number, k: number): void {
  const piece = seg.articles[i]!;
  const story = seg.articles[k]!;
  const ahead = i < k && !(story.datelineRaw !== null && story.datelineAt === 0);
  if (ahead) {
    story.paragraphs.unshift(...piece.paragraphs);
    if (story.datelineRaw !== null) story.datelineAt += piece.paragraphs.length;
  } else story.paragraphs.push(...piece.paragraphs);
  seg.articles.splice(i, 1);
  const to = k > i ? k - 1 : k;
  const shift = (x: number | null): number | null => (x === null || x < i ? x : x > i ? x - 1 : to);
  for (const h of seg.heads) h.before = shift(h.before);
  for (const c of seg.captions) c.after = shift(c.after);
  for (const q of seg.pullQuotes) q.after = shift(q.after);
}
