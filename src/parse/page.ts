/**
 * parsePage: the parser's stages in order, from page text to the contract's JSON.
 */
import { finishArticle, readBody } from './article-fields.js';
import { foldBodyless } from './bodyless.js';
import { splitGatheredStories } from './gathered-stories.js';
import { rejoinLoosePieces } from './loose-pieces.js';
import { rejoinStrayedBlocks } from './strayed-blocks.js';
import { gatherCaptions } from './captions.js';
import { markUncreditedCaptions } from './caption-uncredited.js';
import { markCaptionOverLead } from './lead-caption.js';
import { markPhotoStories } from './photo-stories.js';
import { readBlocks } from './blocks.js';
import { headsOverDash } from './head-over-dash.js';
import { tagsUnderHeads } from './head-tags.js';
import { matchHeadlines } from './headlines.js';
import { readLines, type Line } from './lines.js';
import type { Block } from './block.js';
import { createGazetteer, type Gazetteer } from './office.js';
import { checkConservation, readPageInfo } from './page-info.js';
import { placeCaptions, placePullQuotes } from './place.js';
import { restoreReadingOrder } from './reading-order.js';
import { isTextLayer } from './text-layer.js';
import { findRunInHeads } from './run-in-heads.js';
import { segmentArticles } from './segment-articles.js';
import { splitSignedBriefs } from './signed-briefs.js';
import { forcedUnits, matchAround } from './forced-heads.js';
import { lineOwners, type LineOwner } from './line-owners.js';
import { keepIds } from './stable-ids.js';
import { applyConstraints, type Constraints, type StageHints } from './structure.js';
import type { Article, Office, PageMeta, ParsedPage, ParseWarning, Unassigned } from './types.js';

export { outputText } from './page-info.js';

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
  const textLayer = isTextLayer(text);
  let lines = restoreReadingOrder(readLines(text, options.lineOffset ?? 0), textLayer);
  let hints: StageHints | undefined;
  if (options.constraints) ({ lines, hints } = applyConstraints(lines, options.constraints));
  const segmented = segmentArticles(markedBlocks(lines, hints), gazetteer.names, hints);
  splitSignedBriefs(segmented);
  foldBodyless(segmented);
  rejoinLoosePieces(segmented, hints);
  rejoinStrayedBlocks(segmented, lines, hints);
  splitGatheredStories(segmented, hints);
  gatherCaptions(segmented);
  const warnings: ParseWarning[] = [];
  const unassigned: Unassigned[] = [];
  const drafts = segmented.articles.map((d) => readBody(d, warnings, unassigned));

  const targets = drafts.map((d) => {
    const body = d.paragraphs.join('');
    return {
      body,
      offices: new Set(gazetteer.mentions(body).keys()),
      continued: d.draft.continuedFrom !== null,
      opensReport: d.draft.datelineRaw !== null && d.draft.datelineAt === 0,
    };
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
      textLayer,
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
  warnUnknownOffices(articles, gazetteer, warnings);
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

/** A warning for each article whose office the page's gazetteer does not know (none without a gazetteer). */
function warnUnknownOffices(articles: readonly Article[], gazetteer: Gazetteer, warnings: ParseWarning[]): void {
  if (!gazetteer.names.size) return;
  for (const a of articles) {
    if (a.office && !gazetteer.canonical(a.office))
      warnings.push({
        line: a.sourceLines[0],
        code: 'office-unknown',
        message: `office "${a.office}" is not in the gazetteer (content/site.yml offices)`,
      });
  }
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

/** The page's blocks, with its captions and photo stories marked (an editor's head lines never taken into one). */
function markedBlocks(lines: Line[], hints: StageHints | undefined): Block[] {
  const blocks = headsOverDash(tagsUnderHeads(readBlocks(lines, hints)), (n) => hints?.role(n));
  return markPhotoStories(markCaptionOverLead(markUncreditedCaptions(blocks, lines, hints?.headLines)));
}
