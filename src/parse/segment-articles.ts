/**
 * Stage: articles. Splits the blocks into articles in reading order, and collects what is printed apart
 * from the bodies: headline lines, captions, pull quotes.
 */
import { endsSentence } from '../text/chars.js';
import { contentWords, extractKeywords } from '../text-node/words.js';
import { cleanSpacing, joinLines, softClean } from '../text/spacing.js';
import { ENUMERATED, opensText, type Block } from './blocks.js';
import { isBylineInParens } from './byline.js';
import { isNamesLine, runInCredit } from './credit-forms.js';
import { continuedFrom, JUMP, type Line } from './lines.js';
import type { StageHints } from './structure.js';

/** A head line waiting to be matched to an article, with the article it was printed right before. */
export interface HeadLine {
  line: Line;
  blankBefore: boolean;
  /** Set apart from what follows it: a blank line, a dateline or a byline comes next (not body text). */
  apart: boolean;
  /** Index of the article whose body follows this line directly, if any. */
  before: number | null;
  /** Lines printed together, with no body text between them, share a group. */
  group: number;
}

/** A body paragraph with the lines it came from. */
export interface DraftParagraph {
  lines: Line[];
  text: string;
  subhead: boolean;
}

/** An article as segmentation sees it, before fields are read. */
export interface DraftArticle {
  paragraphs: DraftParagraph[];
  /** The raw text of the paragraph that starts with a dateline: the first, or the first after an editor's note. */
  datelineRaw: string | null;
  /** Which paragraph that is. */
  datelineAt: number;
  bylineAlone: { text: string; line: Line } | null;
  signature: { text: string; line: Line } | null;
  /** The page the article comes from when this is the rest of one begun there (第一版), else null. */
  continuedFrom: string | null;
}

/** Everything segmentation found on a page. */
export interface Segmented {
  masthead: Line[];
  articles: DraftArticle[];
  heads: HeadLine[];
  captions: { lines: Line[]; text: string; after: number | null }[];
  pullQuotes: { line: Line; text: string; after: number | null }[];
  stray: Line[];
}

/** An editor's note opening an article, before its report: 编者按：…, 【编者按】…, 编者的话：…. */
const EDITORS_NOTE = /^[【［[]?(?:编者按|编者的话|编者注|编前语?)[】］\]]?\s*[：:]?/u;

/** A column's or series' label in brackets, set alone above a headline: 【基层动态】, 〖聚焦两会〗. */
const COLUMN_LABEL = /^[【〖［[][\p{sc=Han}·\d]{2,10}[】〗］\]]$/u;

/** Office labels printed as kickers end in the name of an administrative unit. */
export const OFFICE_LABEL = /^[\p{sc=Han}]{1,4}(?:办|镇|乡|街道|社区|区|县|村|市|局|委)$/u;

/** True when a lone line reads as an office label, a 引题 ending in a dash, or a column's label. */
export function isKickerLike(text: string, offices: ReadonlySet<string>): boolean {
  return offices.has(text) || OFFICE_LABEL.test(text) || /——$/u.test(text) || COLUMN_LABEL.test(text);
}

/** A line ending in a short tag of Han words in brackets: a column's or series' name on a headline. */
const COLUMN_TAG = /^[^（(]{4,}[（(][\p{sc=Han}①-⑳\d]{2,12}[）)]$/u;

/**
 * Splits blocks into draft articles. `offices` holds every gazetteer name and alias; `hints` are an editor's
 * structure corrections: lines that open an article or continue the one before, head lines placed by hand.
 */
export function segmentArticles(blocks: readonly Block[], offices: ReadonlySet<string>, hints?: StageHints): Segmented {
  blocks = closingHeads(blocks);
  const out: Segmented = { masthead: [], articles: [], heads: [], captions: [], pullQuotes: [], stray: [] };
  let current: DraftArticle | null = null;
  let closed = false;
  let pending: Extract<Block, { kind: 'head' }>[] = [];
  let group = 0;
  const apart = new WeakSet<Block>();
  const flush = (before: number | null): void => {
    for (const h of pending)
      out.heads.push({ line: h.line, blankBefore: h.blankBefore, apart: apart.has(h), before, group });
    if (pending.length) group++;
    pending = [];
  };

  const start = (): DraftArticle => {
    const a: DraftArticle = {
      paragraphs: [],
      datelineRaw: null,
      datelineAt: 0,
      bylineAlone: null,
      signature: null,
      continuedFrom: null,
    };
    flush(out.articles.length);
    out.articles.push(a);
    current = a;
    closed = false;
    return a;
  };
  const para = (b: { lines: Line[]; text: string }, subhead = false): DraftParagraph => ({
    lines: b.lines,
    text: b.text,
    subhead,
  });
  const last = (): number | null => (out.articles.length ? out.articles.length - 1 : null);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    switch (b.kind) {
      case 'masthead':
        out.masthead.push(...b.lines);
        break;
      case 'head': {
        // An editor's headline lines go to the article they named (see parse/forced-heads.ts); an editor's
        // in-body subhead stays in the article it stands in.
        if (hints?.headLines.has(b.line.n)) break;
        if (hints?.role(b.line.n) === 'subhead' && current && !closed) {
          (current as DraftArticle).paragraphs.push({ lines: [b.line], text: b.line.text, subhead: true });
          break;
        }
        const next = blocks[i + 1];
        const first = next ? ('line' in next ? next.line : next.lines[0]!) : null;
        if (!first || first.n > b.line.n + 1 || opensText(first) || first.role === 'byline') apart.add(b);
        pending.push(b);
        break;
      }
      case 'caption':
        out.captions.push({ lines: b.lines, text: b.text, after: last() });
        break;
      case 'pullquote':
        out.pullQuotes.push({ line: b.lines[0]!, text: b.text, after: last() });
        break;
      case 'signature':
        // A byline in parentheses under a headline, over the text, opens the article those head.
        if (isBylineInParens(b.text) && blocks[i + 1]?.kind === 'para' && (pending.length || !current || closed)) {
          start().bylineAlone = { text: b.lines[0]!.raw, line: b.lines[0]! };
          break;
        }
        if (current && !closed && !(current as DraftArticle).signature) {
          // (Names set apart by spaces keep them.)
          const text = isNamesLine(b.lines[0]!.raw) ? softClean(b.lines[0]!.raw) : b.text;
          (current as DraftArticle).signature = { text, line: b.lines[0]! };
          closed = true;
        } else out.stray.push(...b.lines);
        break;
      case 'folio':
        // Page furniture (date line, page number, editors): kept as printed, apart from any article.
        out.stray.push(...b.lines);
        break;
      case 'jump':
        // The article's text goes on on another page (…转…): the line ends its part here, kept as printed.
        // Or it comes from another page (…接…): the line opens the rest of an article begun there.
        if (JUMP.exec(b.text)?.[1] === '接') {
          const a = start();
          a.paragraphs.push(para(b));
          a.continuedFrom = continuedFrom(b.text);
        } else if (current && !closed) {
          (current as DraftArticle).paragraphs.push(para(b));
          closed = true;
        } else out.stray.push(...b.lines);
        break;
      case 'byline': {
        const cur = current as DraftArticle | null;
        const n = b.lines[0]!.n;
        if (hints?.starts.has(n) || (hints?.joins.has(n) && cur && !cur.bylineAlone)) {
          (hints.starts.has(n) ? start() : cur!).bylineAlone = bylineOf(b);
          break;
        }
        const bodyless = cur && !closed && pending.length === 0 && cur.paragraphs.length === (cur.datelineRaw ? 1 : 0);
        const next = blocks[i + 1];
        // Right above a dateline, it is the credit of the article that dateline opens.
        const aboveDateline = next?.kind === 'para' && next.lines[0]!.role === 'dateline';
        if (cur && bodyless && !cur.bylineAlone && !aboveDateline) cur.bylineAlone = bylineOf(b);
        else if (
          cur &&
          !closed &&
          !pending.length &&
          !cur.bylineAlone &&
          !creditedAtHead(cur) &&
          cur.paragraphs.length > 0 &&
          endsSentence(cur.paragraphs.at(-1)!.text) &&
          next?.kind !== 'para'
        ) {
          // Under an article's last sentence, with no text of its own after it, it is that article's byline
          // printed at its end (as features and OCR'd pages set it).
          cur.bylineAlone = bylineOf(b);
          closed = true;
        } else if (next?.kind === 'para' || next?.kind === 'head') start().bylineAlone = bylineOf(b);
        else if (cur && !cur.bylineAlone) cur.bylineAlone = bylineOf(b);
        else out.stray.push(...b.lines);
        break;
      }
      case 'elision':
      case 'para': {
        // A paragraph of punctuation only (OCR of rules and ornaments) starts nothing and says nothing.
        if (b.kind === 'para' && !/[\p{L}\p{N}]/u.test(b.text)) {
          out.stray.push(...b.lines);
          break;
        }
        const forcedStart = !!hints && [b.lines[0]!, ...pending.map((h) => h.line)].some((l) => hints.starts.has(l.n));
        const forcedJoin = !!hints?.joins.has(b.lines[0]!.n) && current !== null;
        const dated = b.kind === 'para' && b.lines[0]!.role === 'dateline' && !forcedJoin;
        if (b.kind === 'para' && b.lines[0]!.role === 'resume' && !forcedJoin) {
          // The rest of an article begun on another page: an article of its own here, whatever came before.
          start().continuedFrom = continuedFrom(b.lines[0]!.text);
        } else if (dated) {
          // A byline printed alone above the dateline belongs to the same article; so does an editor's
          // note (编者按：…) set before the report it introduces.
          const cur = current as DraftArticle | null;
          const open = cur && !closed && !pending.length && cur.datelineRaw === null ? cur : null;
          const introduced =
            open && open.paragraphs.length > 0 && open.paragraphs.every((p) => EDITORS_NOTE.test(p.text));
          const target =
            !forcedStart && ((open && open.bylineAlone && !open.paragraphs.length) || introduced) ? open! : start();
          target.datelineRaw = joinRaw(b.lines.map((l) => l.raw.trim()));
          target.datelineAt = target.paragraphs.length;
        } else if (forcedJoin) {
          closed = false;
          for (const h of pending)
            (current as unknown as DraftArticle).paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
        } else if (!current || closed || forcedStart) {
          start();
        } else if (
          b.kind === 'para' &&
          pending.every((h) => h.maybe && !endsSentence(h.line.text)) &&
          signedBrief(current, b)
        ) {
          // (Borderline lines right above it are its first line: 5月1 / 9日，县…, a number broken off.)
          const heads = pending.map((h) => h.line);
          pending = [];
          start();
          if (heads.length) {
            const lines = [...heads, ...b.lines];
            (current as unknown as DraftArticle).paragraphs.push(
              para({ lines, text: joinLines(lines.map((l) => l.text)) }),
            );
            if (closeWithRunInCredit(current as unknown as DraftArticle)) closed = true;
            break;
          }
        } else if (pending.length && startsNewArticle(pending, current, blocks, i, offices)) {
          start();
        } else if (pending.length && pending.every((h) => h.maybe && h.alone)) {
          // Short lines set alone between blank lines that opened no article are in-body subheads (a
          // feature's 改善生态，构建…): paragraphs of their own, not the first line of the next.
          for (const h of pending)
            (current as DraftArticle).paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
        } else if (pending.length && pending.every((h) => h.maybe)) {
          // Borderline lines that did not start a new article were the first line of this paragraph, or a
          // paragraph of their own when they finish a sentence (a question set alone: 为何…？).
          const heads = pending.map((h) => h.line);
          pending = [];
          const draft = current as DraftArticle;
          if (endsSentence(heads.at(-1)!.text))
            draft.paragraphs.push(para({ lines: heads, text: joinLines(heads.map((l) => l.text)) }));
          else {
            const lines = [...heads, ...b.lines];
            draft.paragraphs.push(para({ lines, text: joinLines(lines.map((l) => l.text)) }));
            if (b.kind === 'para' && closeWithRunInCredit(draft)) closed = true;
            break;
          }
        } else {
          for (const h of pending)
            (current as DraftArticle).paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
          pending = [];
        }
        (current as unknown as DraftArticle).paragraphs.push(para(b));
        if (b.kind === 'para' && closeWithRunInCredit(current as unknown as DraftArticle)) closed = true;
        break;
      }
    }
  }
  flush(null);
  return out;
}

/** A byline block as printed: its line, with a name's last character OCR set on a line of its own joined on. */
function bylineOf(b: { lines: Line[] }): { text: string; line: Line } {
  return { text: joinRaw(b.lines.map((l) => l.raw.trim())), line: b.lines[0]! };
}

/** Whether an article's dateline carries its byline in brackets (本报讯（记者 王一）…). */
function creditedAtHead(article: DraftArticle): boolean {
  return (
    article.datelineRaw !== null && /^[^（(〈《]{0,12}[（(〈《]\s*(?:本报记者|记者|通讯员)/u.test(article.datelineRaw)
  );
}

/**
 * A paragraph signed at its end (…等。（王一 李二）) after a report whose byline was printed at its head is
 * a brief of its own: a report is not credited twice. (A column of briefs set under a report.)
 */
function signedBrief(current: DraftArticle, b: { lines: Line[] }): boolean {
  const found = runInCredit(b.lines.at(-1)!.raw);
  if (!found || isBylineInParens(softClean(found.credit))) return false;
  const bylined = current.bylineAlone !== null || creditedAtHead(current);
  const last = current.paragraphs.at(-1);
  return bylined && last !== undefined && endsSentence(last.text);
}

/**
 * A credit run in after the last sentence of an article (a brief's …情况等。（王一 李二）) is its signature,
 * or its byline when it names roles, and ends it: the text after it is another article's.
 */
function closeWithRunInCredit(article: DraftArticle): boolean {
  const p = article.paragraphs.at(-1)!;
  const last = p.lines.at(-1)!;
  const found = runInCredit(last.raw);
  if (!found) return false;
  const credit = found.credit.replace(/\s+/gu, ' ');
  const kept = cleanSpacing(last.raw.slice(0, found.at));
  // The paragraph's text without the credit: its lines joined again, the last one cut before the credit.
  p.text = joinLines([...p.lines.slice(0, -1).map((l) => l.text), kept].filter(Boolean));
  const at = article.paragraphs.length - 1;
  if (article.datelineRaw !== null && article.datelineAt === at)
    article.datelineRaw = joinRaw([
      ...p.lines.slice(0, -1).map((l) => l.raw.trim()),
      last.raw.slice(0, found.at).trim(),
    ]);
  if (
    isBylineInParens(softClean(credit)) &&
    !article.bylineAlone &&
    !(article.datelineRaw !== null && /[（(〈]\s*(?:记者|通讯员)/u.test(article.datelineRaw.slice(0, 16)))
  ) {
    article.bylineAlone = { text: credit, line: last };
  } else if (!article.signature) article.signature = { text: credit, line: last };
  else return false;
  return true;
}

/**
 * The page's last line, unfinished, right under head lines: a headline's second line or its 副题 in a block
 * of headlines gathered at the foot of the page, not a paragraph (an article's text ends a sentence).
 */
function closingHeads(blocks: readonly Block[]): readonly Block[] {
  let lastAt = blocks.length - 1;
  while (lastAt >= 0 && blocks[lastAt]!.kind !== 'para' && blocks[lastAt]!.kind !== 'head') lastAt--;
  const last = blocks[lastAt];
  const before = blocks[lastAt - 1];
  if (
    last?.kind !== 'para' ||
    last.lines.length !== 1 ||
    last.lines[0]!.role !== 'text' ||
    endsSentence(last.text) ||
    before?.kind !== 'head'
  )
    return blocks;
  const head: Block = { kind: 'head', line: last.lines[0]!, blankBefore: false, maybe: before.maybe };
  return [...blocks.slice(0, lastAt), head, ...blocks.slice(lastAt + 1)];
}

/**
 * Lone lines between two paragraphs are either in-body subheads or the headline of a new article that
 * has no dateline. A kicker, a block of several headlines, or a change of subject means a new article.
 */
function startsNewArticle(
  heads: readonly Extract<Block, { kind: 'head' }>[],
  current: DraftArticle,
  blocks: readonly Block[],
  i: number,
  offices: ReadonlySet<string>,
): boolean {
  const texts = heads.map((h) => h.line.text);
  if (texts.some((t) => isKickerLike(t, offices))) return true;
  // A headline tagged with its column or series (…使者”（奋斗者正青春）, …困难（民生观）) opens a piece:
  // an in-body subhead carries no such tag.
  if (texts.some((t) => COLUMN_TAG.test(t))) return true;
  const credited = current.datelineRaw !== null || current.bylineAlone !== null;
  // Three or more lines set together open a new article, unless the article so far was credited (a dateline
  // or a byline) and the lines are followed by neither: then they may be a feature's subhead group.
  if (texts.length >= 3 && !credited) return true;
  if (texts.every((t) => ENUMERATED.test(t))) return false;
  const before = current.paragraphs.map((p) => p.text).join('');
  // The paragraphs after the lines, up to the next head or dateline.
  const after: { lines: Line[]; text: string }[] = [];
  for (let k = i; k < blocks.length && after.length < 3; k++) {
    const b = blocks[k]!;
    if (b.kind === 'head' || (b.kind === 'para' && opensText(b.lines[0]!))) break;
    if (b.kind === 'para') after.push(b);
  }
  // An article is set to one measure: text set wider or narrower after the lines than before them (each
  // measured over several full lines) is another article's.
  const was = measure(current.paragraphs.slice(-3).map((p) => p.lines));
  const now = measure(after.map((p) => p.lines));
  if (was && now && (now / was > 1.25 || was / now > 1.25)) return true;
  // Too little text before the lines to judge its subject: they stay in this article.
  if (before.length < 60 && heads.every((h) => h.maybe)) return false;
  const following = after.map((p) => p.text).join('');
  // Note: each measure alone is noisy on short texts; weighed together they separate subjects well.
  const continuity =
    topicOverlap(before, following) +
    0.5 * topicOverlap(before, texts.join('')) +
    0.5 * keywordShare(before, texts.join('') + following);
  // Note: an article that opened with a dateline or a byline is a reported piece; a new one rarely starts
  // without its own (the lines here are followed by neither), so ask for a clearer break.
  return continuity < (credited ? 0.1 : 0.2);
}

/**
 * The width paragraphs are set to: the median of their full lines (all but each one's last), or null
 * with fewer than three to measure.
 */
function measure(paragraphs: readonly (readonly Line[])[]): number | null {
  const widths = paragraphs.flatMap((lines) => lines.slice(0, -1).map((l) => l.width)).sort((a, b) => a - b);
  return widths.length >= 3 ? widths[widths.length >> 1]! : null;
}

/** Share of the later text's distinct content words that the earlier text also uses. */
export function topicOverlap(earlier: string, later: string): number {
  const a = new Set(contentWords(earlier));
  const b = new Set(contentWords(later));
  if (b.size === 0 || a.size === 0) return 1;
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / b.size;
}

/** Share of the earlier text's top keywords that the later text repeats. */
export function keywordShare(earlier: string, later: string): number {
  const keys = extractKeywords(earlier, 8);
  if (!keys.length) return 1;
  return keys.filter((k) => later.includes(k)).length / keys.length;
}

/**
 * Joins printed lines keeping a space where a line break separates two names in a credit
 * (`李明远 / 张晓雨`), but not where it splits one name (`张晓 / 雨`): both sides must be two or more characters.
 */
export function joinRaw(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const before = /(?:^| )(\p{sc=Han}+)$/u.exec(out)?.[1] ?? '';
    const after = /^(\p{sc=Han}+)(?: |[）)]|$)/u.exec(line)?.[1] ?? '';
    out += out && before.length >= 2 && after.length >= 2 ? ` ${line}` : line;
  }
  return out;
}
