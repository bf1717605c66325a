/**
 * Stage: an article's fields. Its body (dateline, byline, paragraphs) from the segmented draft, then the
 * whole article once its headline is known.
 */
import { extractKeywords } from '../text-node/words.js';
import { softClean } from '../text/spacing.js';
import { spacedCredit } from './article-credits.js';
import { readCredits, readSignature, splitDateline, takenBy } from './byline.js';
import { leadingByline } from './credit-forms.js';
import type { HeadUnit } from './headlines.js';
import { BYLINE_MARK } from './lines.js';
import { continuedTo } from './jump-lines.js';
import { findOffice, type Gazetteer } from './office.js';
import type { DraftArticle } from './segment-articles.js';
import { generateTitle } from './title.js';
import type { Article, ParseWarning, Unassigned } from './types.js';

/** An article's body fields, before its headline is known. */
export interface Body {
  draft: DraftArticle;
  continuedTo: string | null;
  dateline: string | null;
  byline: string | null;
  signature: string | null;
  paragraphs: string[];
  subheads: string[];
  first: number;
  last: number;
}

/** An article's body fields from its draft: dateline and byline split off, paragraphs, subheads. */
export function readBody(draft: DraftArticle, warnings: ParseWarning[], unassigned: Unassigned[]): Body {
  const to = jumpAtEnd(draft, unassigned);
  const paragraphs = draft.paragraphs.map((p) => p.text);
  let dateline: string | null = null;
  let byline: string | null = null;
  if (draft.datelineRaw !== null) {
    const d = splitDateline(draft.datelineRaw);
    dateline = d.dateline;
    byline = d.byline;
    if (d.rest) paragraphs[draft.datelineAt] = d.rest;
    else paragraphs.splice(draft.datelineAt, 1);
  }
  const continued = to ?? jumpRunIn(paragraphs, draft, unassigned);
  // A byline in brackets set under the text (…。/（记者 王一 通讯员 李二）) is the byline of an article
  // that has none at its head, not a signature: its roles say who wrote it.
  const credit = draft.signature && byline === null && !draft.bylineAlone ? leadingByline(draft.signature.text) : null;
  if (draft.signature && credit && credit.rest.trim() === '' && !takenBy(credit.byline)) {
    draft.bylineAlone = { text: spacedCredit(draft.signature), line: draft.signature.line };
    draft.signature = null;
  }
  if (draft.bylineAlone) {
    const printed = softClean(draft.bylineAlone.text).replace(BYLINE_MARK, '');
    // (Without the brackets of one set in them, or the one left of them where OCR lost the other.)
    const alone = withoutBrackets(printed);
    if (byline === null) byline = alone;
    else unassigned.push({ line: draft.bylineAlone.line.n, text: alone });
  }
  const numbers = [
    ...draft.paragraphs.flatMap((p) => p.lines.map((l) => l.n)),
    ...(draft.bylineAlone ? [draft.bylineAlone.line.n] : []),
    ...(draft.signature ? [draft.signature.line.n] : []),
  ];
  // (Not Math.min(...): spread as arguments, an article of a hundred thousand lines overflows the stack.)
  const first = numbers.reduce((m, n) => Math.min(m, n), Infinity);
  const last = numbers.reduce((m, n) => Math.max(m, n), -Infinity);
  for (const p of draft.paragraphs) {
    if (p.text.length > 1200)
      warnings.push({
        line: p.lines[0]!.n,
        code: 'paragraph-long',
        message: `paragraph of ${p.text.length} characters: a paragraph break may have been missed`,
      });
  }
  return {
    draft,
    continuedTo: continued,
    dateline,
    byline,
    signature: draft.signature ? readSignature(draft.signature.text) : null,
    paragraphs,
    subheads: draft.paragraphs.filter((p) => p.subhead).map((p) => p.text),
    first,
    last,
  };
}

/**
 * The page an article goes on on, from the jump line that ends its text here (（下转第三版）): taken out of
 * its paragraphs and kept with the page's furniture, as the line is printed for the reader to turn pages by.
 */
function jumpAtEnd(draft: DraftArticle, unassigned: Unassigned[]): string | null {
  const last = draft.paragraphs.at(-1);
  const at = draft.paragraphs.length - 1;
  const to = last && last.lines.length === 1 ? continuedTo(last.text) : null;
  if (!to || at === 0 || (draft.datelineRaw !== null && draft.datelineAt === at)) return null;
  draft.paragraphs.pop();
  unassigned.push({ line: last!.lines[0]!.n, text: last!.text });
  return to;
}

/**
 * A jump line run in at the end of the last paragraph (…四百多人。（下转第2版）), as papers set it to save a
 * line: the same furniture, cut from the text (`paragraphs`, the body's, its dateline already split off).
 */
function jumpRunIn(paragraphs: string[], draft: DraftArticle, unassigned: Unassigned[]): string | null {
  const last = paragraphs.at(-1);
  const inline = last ? INLINE_JUMP.exec(last) : null;
  if (!last || !inline || inline.index === 0) return null;
  paragraphs[paragraphs.length - 1] = last.slice(0, inline.index).trimEnd();
  unassigned.push({ line: draft.paragraphs.at(-1)!.lines.at(-1)!.n, text: inline[0].trim() });
  return inline[1]!.replace(/\s+/gu, '');
}

/** A jump line in brackets closing a paragraph's last sentence: 。（下转第2版）. */
const INLINE_JUMP =
  /(?<=[。！？”」』])\s*[（(〈【〔]\s*(?:(?:下|紧)\s*)?转\s*((?:第\s*)?(?:[A-Za-z]\s*)?[\d一二三四五六七八九十]+\s*版)\s*[）)〉】〕]\s*$/u;

/** The article of the contract from its body fields and the headline unit matched to it. */
export function finishArticle(
  body: Body,
  unit: HeadUnit | null,
  id: string,
  gazetteer: Gazetteer,
  warnings: ParseWarning[],
): Article {
  const credits = body.byline ? readCredits(body.byline) : null;
  const kicker = unit?.kicker ?? null;
  const headline = unit?.headline ?? null;
  const office = findOffice(kicker, body.paragraphs.join(''), gazetteer);
  const inferred = headline === null;
  const title = headline ?? generateTitle(body.paragraphs);
  if (inferred) {
    warnings.push({
      line: body.first,
      code: 'headline-inferred',
      message: `no headline found for the article at line ${body.first}; title generated: ${title}`,
    });
  }
  return {
    id,
    title,
    headline,
    headlineInferred: inferred,
    kicker,
    subhead: unit?.subhead ?? null,
    continuedFrom: body.draft.continuedFrom,
    continuedTo: body.continuedTo,
    office,
    dateline: body.dateline,
    byline: credits?.byline ?? null,
    reporters: credits?.reporters ?? [],
    correspondents: credits?.correspondents ?? [],
    signature: body.signature,
    paragraphs: body.paragraphs,
    runInHeads: [],
    subheads: body.subheads,
    captions: [],
    pullQuotes: [],
    sourceLines: [body.first, body.last],
    headlineLines: unit ? unit.lines.map((h) => h.line.n) : [],
    keywords: extractKeywords(`${title}\n${body.paragraphs.join('\n')}`, 6).filter((k) => /\p{L}{2,}/u.test(k)),
  };
}

/**
 * A byline set in brackets without them: both, or the one OCR left of a pair (（记者 王一, 记者 王一）). A
 * bracket that closes one opened inside stays (记者 王一（实习）).
 */
function withoutBrackets(byline: string): string {
  const open = /^[（(〈《【〔[{<]\s*/u;
  const close = /\s*[）)〉】〕\]}>]$/u;
  if (open.test(byline)) return byline.replace(open, '').replace(close, '');
  return /[（(〈《【〔[{<]/u.test(byline) ? byline : byline.replace(close, '');
}
