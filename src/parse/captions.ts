/**
 * Stage: captions gathered. A photo's caption and its credit (…/摄) are printed together under the photo,
 * but OCR and PDF extraction read them apart: the credit, set flush right on a line of its own, comes out
 * far from its caption, or in the middle of the text the photo stands in. Before fields are read, each
 * lone credit goes back to its caption, and the text it broke goes back together.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { endsWithPhotoCredit, PHOTO_CREDIT } from './photo-credit.js';
import { joinRaw } from './article-credits.js';
import type { DraftArticle, DraftParagraph, Segmented } from './drafts.js';

type FoundCaption = Segmented['captions'][number];

/** A caption that is only a photo's credit (王一/摄, （王一 摄）). */
function creditOnly(c: FoundCaption): boolean {
  return c.lines.length === 1 && PHOTO_CREDIT.test(c.lines[0]!.raw.trim());
}

/** Whether a caption already carries its photo's credit. */
function credited(c: FoundCaption): boolean {
  return c.lines.some((l) => PHOTO_CREDIT.test(l.raw.trim()) || endsWithPhotoCredit(l.raw));
}

/**
 * Gives each lone photo credit its caption: the nearest caption before it that has no credit yet (the one
 * set over the article it stands in, or in it), else a paragraph of the article that is one short sentence
 * on a line of its own (the caption read as if it were text). Text a credit broke in mid-sentence is joined.
 */
export function gatherCaptions(seg: Segmented): void {
  const out: FoundCaption[] = [];
  for (const c of seg.captions) {
    if (!creditOnly(c)) {
      // (A caption set in a column, over the text a column break cut, stops that text there too.)
      const within = c.after === null ? undefined : seg.articles[c.after];
      if (within && credited(c)) mendBrokenText(within, c.lines[0]!.n, c.lines.at(-1)!.n);
      out.push(c);
      continue;
    }
    const article = c.after === null ? undefined : seg.articles[c.after];
    if (article) mendBrokenText(article, c.lines[0]!.n);
    let k = out.length - 1;
    // (A caption before the page's first article, over its first column, stands after no article: -1.)
    while (k >= 0 && !(c.after !== null && c.after - (out[k]!.after ?? -1) <= 1 && !credited(out[k]!))) k--;
    const n = c.lines[0]!.n;
    const pulled = k >= 0 ? null : pullNear(seg, c.after, n);
    // (Else the caption with no credit nearest it on the page: a text layer can set the two far apart.)
    if (k < 0 && !pulled) k = nearestUncredited(out, n);
    const mate = out[k];
    if (mate) out[k] = { lines: [...mate.lines, ...c.lines], text: `${mate.text} ${c.text}`, after: mate.after };
    else if (pulled)
      out.push({ lines: [...pulled.lines, ...c.lines], text: `${pulled.text} ${c.text}`, after: c.after });
    else out.push(c);
  }
  seg.captions = out;
}

/**
 * The caption read as text for a lone credit on line `n`: in the article the credit stands in, else in the
 * article before or after it (OCR sets a photo's caption and its credit in neighbouring blocks).
 */
function pullNear(seg: Segmented, after: number | null, n: number): DraftParagraph | null {
  if (after === null) return null;
  for (const i of [after, after - 1, after + 1]) {
    const article = seg.articles[i];
    // (The article before may end in the caption when it is set right over the text the credit stands in.)
    const over = i === after - 1 && lastRightOver(article, seg.articles[after]);
    const pulled = article ? pullCaption(article, n, i !== after && !over) : null;
    if (pulled) return pulled;
  }
  return null;
}

/**
 * Whether an article's last paragraph is set right over the next article's text, a blank line at most
 * between: where a photo stands, between a headline and the text, the one-sentence caption over the text
 * reads as the last paragraph of the article before.
 */
function lastRightOver(article: DraftArticle | undefined, next: DraftArticle | undefined): boolean {
  const end = article?.paragraphs.at(-1)?.lines.at(-1)?.n;
  const start = next?.paragraphs[0]?.lines[0]?.n;
  return end !== undefined && start !== undefined && start > end && start - end <= 2;
}

/** The caption with no credit yet whose first line is nearest line `n`, or -1. */
function nearestUncredited(captions: readonly FoundCaption[], n: number): number {
  let best = -1;
  captions.forEach((c, i) => {
    const far = (x: FoundCaption): number => Math.abs(x.lines[0]!.n - n);
    if (!credited(c) && !creditOnly(c) && (best < 0 || far(c) < far(captions[best]!))) best = i;
  });
  return best;
}

/** A caption read as text: one line, one short sentence, a paragraph of its own. */
function captionLike(p: DraftParagraph): boolean {
  const ends = p.text.match(/[。！？!?]/gu)?.length ?? 0;
  return !p.subhead && p.lines.length === 1 && endsSentence(p.text) && ends === 1 && countHan(p.text) <= 40;
}

/**
 * Takes out of the article the caption-like paragraph nearest the credit on line `n`, if there is one;
 * `notLast`: not its last paragraph (in an article the credit does not stand in, a last short sentence is
 * likelier its closing line than a caption read into it).
 */
function pullCaption(article: DraftArticle, n: number, notLast = false): DraftParagraph | null {
  let best = -1;
  article.paragraphs.forEach((p, i) => {
    const dated = article.datelineRaw !== null && i === article.datelineAt;
    const last = notLast && i === article.paragraphs.length - 1;
    if (dated || last || !captionLike(p) || article.paragraphs.length < 2) return;
    const far = (q: DraftParagraph): number => Math.abs(q.lines[0]!.n - n);
    if (best < 0 || far(p) < far(article.paragraphs[best]!)) best = i;
  });
  if (best < 0) return null;
  const [p] = article.paragraphs.splice(best, 1);
  if (article.datelineRaw !== null && best < article.datelineAt) article.datelineAt--;
  return p!;
}

/**
 * A credit (or a credited caption, lines `n` to `last`) printed inside a column stops the text there: the
 * paragraph before it that stops mid-sentence goes on in the paragraph after it.
 */
function mendBrokenText(article: DraftArticle, n: number, last = n): void {
  const ps = article.paragraphs;
  // (A caption read beside a column's line shares its line number: the text's piece goes after it.)
  const i = ps.findIndex((p, k) => p.lines.at(-1)!.n < n && (ps[k + 1]?.lines[0]!.n ?? -1) >= last);
  const [a, b] = [ps[i], ps[i + 1]];
  if (!a || !b || endsSentence(a.text) || /[。！？]$/u.test(a.text) || a.subhead || b.subhead) return;
  if (article.datelineRaw !== null && article.datelineAt === i + 1) return;
  if (article.datelineRaw !== null && article.datelineAt === i)
    article.datelineRaw = joinRaw([article.datelineRaw, ...b.lines.map((l) => l.raw.trim())]);
  ps.splice(i, 2, { lines: [...a.lines, ...b.lines], text: joinLines([a.text, b.text]), subhead: false });
  if (article.datelineRaw !== null && article.datelineAt > i) article.datelineAt--;
}
