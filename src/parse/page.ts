/**
 * parsePage: the parser's stages in order, from page text to the contract's JSON.
 */
import { wordCharBalance } from '../text/chars.js';
import { contentWords, extractKeywords } from '../text/segment.js';
import { cleanSpacing, softClean } from '../text/spacing.js';
import { readBlocks } from './blocks.js';
import { readCredits, readSignature, splitDateline } from './byline.js';
import { inferDate, printedDate } from './date.js';
import { matchHeadlines, type HeadUnit } from './headlines.js';
import { BYLINE_MARK, readLines, type Line } from './lines.js';
import { createGazetteer, findOffice, type Gazetteer } from './office.js';
import { restoreReadingOrder } from './reading-order.js';
import { bare, findRunInHeads } from './run-in-heads.js';
import { segmentArticles, type DraftArticle, type Segmented } from './segment-articles.js';
import { generateTitle } from './title.js';
import { forcedUnits, matchAround } from './forced-heads.js';
import { lineOwners, type LineOwner } from './line-owners.js';
import { keepIds } from './stable-ids.js';
import { applyConstraints, type Constraints, type StageHints } from './structure.js';
import type { Article, Caption, Office, PageMeta, ParsedPage, ParseWarning, Unassigned } from './types.js';

/** What parsePage needs besides the text. */
export interface ParseOptions {
  offices?: readonly Office[];
  meta?: PageMeta;
  /** Lines of front matter before the text, so line numbers point into the file. */
  lineOffset?: number;
  /** Prefix of article ids; defaults to a slug of the file name. */
  idPrefix?: string;
  /** An editor's structure corrections, resolved to this text's lines (see parse/structure.ts). */
  constraints?: Constraints;
}

/** Parses the text layer of one printed page into articles. Pure: same input, same output. */
export function parsePage(source: string, text: string, options: ParseOptions = {}): ParsedPage {
  return parseWithOwners(source, text, options).page;
}

/**
 * parsePage, with the article and part each printed line went to. Under structure corrections an article
 * keeps the id it has without them (see stable-ids.ts): the page is parsed both ways.
 */
export function parseWithOwners(
  source: string,
  text: string,
  options: ParseOptions = {},
): { page: ParsedPage; owners: LineOwner[] } {
  const fixed = parseOnce(source, text, options);
  if (!options.constraints) return fixed;
  const { constraints: _, ...plain } = options;
  const base = parseOnce(source, text, plain);
  keepIds(fixed.page.articles, fixed.owners, base.page.articles, base.owners, options.idPrefix ?? slug(source));
  return fixed;
}

function parseOnce(source: string, text: string, options: ParseOptions): { page: ParsedPage; owners: LineOwner[] } {
  const gazetteer = createGazetteer(options.offices ?? []);
  // Blocks back in reading order first: an editor's moves (structure corrections) then have the last word.
  let lines = restoreReadingOrder(readLines(text, options.lineOffset ?? 0));
  let hints: StageHints | undefined;
  if (options.constraints) ({ lines, hints } = applyConstraints(lines, options.constraints));
  const segmented = segmentArticles(readBlocks(lines, hints), gazetteer.names, hints);
  const warnings: ParseWarning[] = [];
  const unassigned: Unassigned[] = [];
  const drafts = segmented.articles.map((d) => readBody(d, warnings, unassigned));

  const targets = drafts.map((d) => {
    const body = d.paragraphs.join('');
    return { body, offices: new Set(gazetteer.mentions(body).keys()), continued: d.draft.continuedFrom !== null };
  });
  const forced = hints ? forcedUnits(hints.heads, lines, segmented.articles) : { units: new Map(), leftover: [] };
  for (const line of forced.leftover) {
    unassigned.push({ line: line.n, text: line.text });
    warnings.push({
      line: line.n,
      code: 'structure-headline-unplaced',
      message: `the headline line "${line.text}" an editor placed heads no article: its \`of\` line is in no article's text`,
    });
  }
  const heads = matchAround(forced.units, segmented.heads, targets, (h, t) =>
    matchHeadlines(
      h,
      t,
      gazetteer.names,
      (label) => gazetteer.canonical(label) ?? (/(办|镇|乡|街道)$/u.test(label) ? label : null),
      (text) => [...gazetteer.mentions(text).keys()],
    ),
  );
  for (const line of heads.leftover) {
    unassigned.push({ line: line.n, text: line.text });
    warnings.push({ line: line.n, code: 'headline-unassigned', message: `headline "${line.text}" matches no article` });
  }

  const prefix = options.idPrefix ?? slug(source);
  const articles = drafts.map((d, i) =>
    finishArticle(d, heads.byArticle[i] ?? null, `${prefix}-${i + 1}`, gazetteer, warnings),
  );
  placeCaptions(segmented, articles, gazetteer, unassigned, warnings);
  if (gazetteer.names.size) {
    for (const a of articles) {
      if (a.office && !gazetteer.canonical(a.office))
        warnings.push({
          line: a.sourceLines[0],
          code: 'office-unknown',
          message: `office "${a.office}" is not in the gazetteer (content/site.yml offices)`,
        });
    }
  }
  placePullQuotes(segmented, articles, unassigned);
  for (const a of articles) {
    const runIns = findRunInHeads(a.paragraphs, a.pullQuotes);
    a.runInHeads = runIns.filter((r): r is string => r !== null);
  }
  for (const line of segmented.stray) unassigned.push({ line: line.n, text: line.text });

  const page = readPageInfo(segmented.masthead, lines, options.meta ?? {}, warnings, unassigned);
  unassigned.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line || (a.code < b.code ? -1 : 1));
  if (!articles.length)
    warnings.push({
      line: 1,
      code: 'no-articles',
      message: 'no article found on this page; its text is kept under unassigned',
    });
  const result: ParsedPage = { source, page, articles, unassigned, warnings };
  checkConservation(lines, result);
  return {
    page: result,
    owners: lineOwners(lines, segmented, segmented.articles, heads.byArticle, articles, unassigned),
  };
}

/** An article's body fields, before its headline is known. */
interface Body {
  draft: DraftArticle;
  dateline: string | null;
  byline: string | null;
  signature: string | null;
  paragraphs: string[];
  subheads: string[];
  first: number;
  last: number;
}

function readBody(draft: DraftArticle, warnings: ParseWarning[], unassigned: Unassigned[]): Body {
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
  if (draft.bylineAlone) {
    const printed = softClean(draft.bylineAlone.text).replace(BYLINE_MARK, '');
    // (Without the parentheses of one set in them.)
    const alone = /^[（(〈《].*[）)〉]$/u.test(printed) ? printed.slice(1, -1).trim() : printed;
    if (byline === null) byline = alone;
    else unassigned.push({ line: draft.bylineAlone.line.n, text: alone });
  }
  const numbers = [
    ...draft.paragraphs.flatMap((p) => p.lines.map((l) => l.n)),
    ...(draft.bylineAlone ? [draft.bylineAlone.line.n] : []),
    ...(draft.signature ? [draft.signature.line.n] : []),
  ];
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
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
    dateline,
    byline,
    signature: draft.signature ? readSignature(draft.signature.text) : null,
    paragraphs,
    subheads: draft.paragraphs.filter((p) => p.subhead).map((p) => p.text),
    first,
    last,
  };
}

function finishArticle(
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

/** Each caption goes to the article whose text names what it shows, else to the article it follows. */
function placeCaptions(
  seg: Segmented,
  articles: Article[],
  gazetteer: Gazetteer,
  unassigned: Unassigned[],
  warnings: ParseWarning[],
): void {
  for (const c of seg.captions) {
    const target =
      bestArticle(c.text.replace(/^图\s*[①-⑳\d]*/u, ''), articles, gazetteer, c.after) ??
      c.after ??
      (articles.length ? articles.length - 1 : null);
    if (target === null) {
      for (const l of c.lines) unassigned.push({ line: l.n, text: l.text });
      warnings.push({ line: c.lines[0]!.n, code: 'caption-unassigned', message: 'a caption matches no article' });
      continue;
    }
    articles[target]!.captions.push({ n: captionNumber(c.text), text: c.text } satisfies Caption);
  }
}

/** Each pull quote goes to the article that prints it as a run-in head (or anywhere in its text). */
function placePullQuotes(seg: Segmented, articles: Article[], unassigned: Unassigned[]): void {
  for (const q of seg.pullQuotes) {
    const text = cleanSpacing(q.text.replace(/^[●◆■★]\s*/u, ''));
    const key = bare(text);
    let target = articles.findIndex((a) => a.paragraphs.some((p) => bare(p).startsWith(key)));
    if (target < 0) target = articles.findIndex((a) => a.paragraphs.some((p) => p.includes(key)));
    if (target < 0) target = q.after ?? -1;
    if (target < 0 || !articles[target]) unassigned.push({ line: q.line.n, text: q.text });
    else articles[target]!.pullQuotes.push(text);
  }
}

function bestArticle(
  text: string,
  articles: readonly Article[],
  gazetteer: Gazetteer,
  after: number | null,
): number | null {
  const words = [...new Set(contentWords(text))];
  const named = [...gazetteer.mentions(text).keys()];
  let best: { i: number; score: number } | null = null;
  articles.forEach((a, i) => {
    const body = a.paragraphs.join('');
    let score = words.length ? words.filter((w) => body.includes(w)).length / words.length : 0;
    if (a.office && (named.includes(a.office) || text.includes(a.office))) score += 0.5;
    if (i === after) score += 0.05;
    if (!best || score > best.score) best = { i, score };
  });
  const b = best as { i: number; score: number } | null;
  return b && b.score >= 0.6 ? b.i : null;
}

function captionNumber(text: string): number | null {
  const m = /^图\s*([①-⑳]|\d+)/u.exec(text);
  if (!m) return null;
  const c = m[1]!.codePointAt(0)!;
  return c >= 0x2460 && c <= 0x2473 ? c - 0x245f : Number(m[1]);
}

function readPageInfo(
  masthead: Line[],
  lines: Line[],
  meta: PageMeta,
  warnings: ParseWarning[],
  unassigned: Unassigned[],
): ParsedPage['page'] {
  let nameLatin: string | null = null;
  let name: string | null = null;
  for (const l of masthead) {
    if (/^[A-Za-z ]+$/.test(l.text) && nameLatin === null) nameLatin = l.text;
    else if (name === null) name = l.text;
    else unassigned.push({ line: l.n, text: l.text });
  }
  let date = meta.date ?? null;
  let dateInferred = false;
  // A date printed as the page's own (its date line) is its date, not a guess.
  if (!date)
    date =
      lines
        .filter((l) => l.role === 'folio')
        .map((l) => printedDate(l.text))
        .find(Boolean) ?? null;
  if (!date) {
    const inferred = inferDate(lines);
    if (inferred) {
      date = inferred.date;
      dateInferred = true;
      warnings.push({
        line: inferred.line,
        code: 'date-inferred',
        message: `no date in front matter; the text mentions ${inferred.date} at the latest, so the page is dated "not before" then`,
      });
    } else {
      warnings.push({ line: 1, code: 'date-missing', message: 'no date in front matter and none in the text' });
    }
  }
  return {
    name,
    pageName: meta.pageName ?? null,
    nameLatin,
    date,
    dateInferred,
    paper: meta.paper ?? null,
    issue: meta.issue ?? null,
    pageNumber: meta.pageNumber ?? null,
  };
}

/** The contract's rule: every letter and digit of the page appears exactly once in the output. */
function checkConservation(lines: readonly Line[], page: ParsedPage): void {
  const { lost, invented } = wordCharBalance(lines.map((l) => l.raw).join('\n'), outputText(page));
  if (lost || invented) {
    page.warnings.push({
      line: 1,
      code: 'conservation',
      message: `parser bug: ${lost} characters lost, ${invented} invented`,
    });
  }
}

/** All the text fields the conservation rule counts. */
export function outputText(page: ParsedPage): string {
  const parts: (string | null)[] = [page.page.name, page.page.nameLatin];
  for (const a of page.articles) {
    parts.push(
      a.headline,
      a.kicker,
      a.subhead,
      a.dateline,
      a.byline,
      a.signature,
      ...a.paragraphs,
      ...a.pullQuotes,
      ...a.captions.map((c) => c.text),
    );
  }
  parts.push(...page.unassigned.map((u) => u.text));
  return parts.filter((p) => p !== null).join('\n');
}

/** A URL-safe id prefix from a file path: its name without extension, or a hash when nothing Latin remains. */
export function slug(path: string): string {
  const base = path
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const s = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  // Note: names Windows reserves for devices (con, nul, com1…) cannot be file names there.
  if (s && /[a-z0-9]{2,}/.test(s)) return /^(con|prn|aux|nul|com\d|lpt\d)$/.test(s) ? `${s}-page` : s;
  let h = 0x811c9dc5;
  for (const ch of base) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `p${h.toString(36)}`;
}
