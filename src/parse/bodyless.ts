/**
 * Articles with no text of their own. A PDF text layer (and OCR) gathers what is set apart from a body, a
 * credit on a line of its own, a kicker, a headline, away from the text it heads: segmentation then opens an
 * article for it that gets no paragraph, and the body it belongs with goes on without it. No printed article
 * is a credit or a headline alone: such a part goes back to a body, and the empty article goes.
 */
import { endCredit } from './article-credits.js';
import type { DraftArticle, Segmented } from './drafts.js';

/**
 * Folds each article with no text (no paragraph, dateline or continuation) into the others: its credit goes
 * to the text above it when nothing heads it (a credit printed at an article's end), else to the body it heads
 * (the next article, when that has no credit and no head lines of its own), else to the nearest article
 * without a headline or a credit, else to the article before; one that no article near it can take is kept
 * apart. Its head lines are left to the headline stage, which matches them to a body by what they say.
 */
export function foldBodyless(seg: Segmented): void {
  for (let i = seg.articles.length - 1; i >= 0; i--) {
    const a = seg.articles[i]!;
    if (a.paragraphs.length || a.datelineRaw !== null || a.continuedFrom !== null) continue;
    const target = a.bylineAlone || a.signature ? seg.articles[creditTarget(seg, i)] : undefined;
    for (const key of ['bylineAlone', 'signature'] as const) {
      const credit = a[key];
      if (!credit) continue;
      // (A credit no body near it can take is kept as printed, apart from any article.)
      if (target && !target[key]) target[key] = credit;
      else seg.stray.push({ ...credit.line, text: credit.text });
    }
    drop(seg, i);
  }
}

/** How far (in articles) a credit may go: farther off, the export's order says nothing of where it belongs. */
const NEAR = 2;

/** The article a bodyless article's credit goes to (see foldBodyless), or -1 when none can take it. */
function creditTarget(seg: Segmented, i: number): number {
  const arts = seg.articles;
  const open = (k: number): boolean => k !== i && arts[k] !== undefined && uncredited(arts[k]!);
  const headed = (k: number): boolean => seg.heads.some((h) => h.before === k);
  // A credit with no head lines over it stood between a body and the next headline: no paper sets a credit
  // over a headline, so it closes the text above it. Under head lines, it heads the body that follows.
  if (!headed(i) && open(i - 1)) return i - 1;
  if (open(i + 1) && !headed(i + 1)) return i + 1;
  for (let d = 1; d <= NEAR; d++) {
    for (const k of [i - d, i + d]) if (open(k) && !headed(k)) return k;
  }
  return open(i - 1) ? i - 1 : -1;
}

/** An article with text and no credit: no byline at its head or on a line of its own, no signature. */
function uncredited(a: DraftArticle): boolean {
  return endCredit(a) && a.signature === null;
}

/**
 * Takes article `i` out: head lines printed right before it head no body there any more (the headline stage
 * matches them by what they say), captions and pull quotes after it follow the article before it.
 */
function drop(seg: Segmented, i: number): void {
  seg.articles.splice(i, 1);
  const shift = (k: number | null): number | null => (k === null || k < i ? k : k > i ? k - 1 : null);
  for (const h of seg.heads) h.before = shift(h.before);
  const back = (k: number | null): number | null => (k === i ? (i > 0 ? i - 1 : null) : shift(k));
  for (const c of seg.captions) c.after = back(c.after);
  for (const q of seg.pullQuotes) q.after = back(q.after);
}
