/**
 * Stage: articles. Splits the blocks into articles in reading order, and collects what is printed apart
 * from the bodies: headline lines, captions, pull quotes.
 */
import { endsSentence } from '../text/chars.js';
import { joinLines, softClean } from '../text/spacing.js';
import { briefFollows, closingHeads, startsNewArticle } from './article-breaks.js';
import { bylineOf, closeWithRunInCredit, isEditorsNote, joinRaw, signedBrief } from './article-credits.js';
import { opensText, type Block } from './blocks.js';
import { isBylineInParens } from './byline.js';
import { placeByline } from './byline-place.js';
import { joinBylineLines } from './byline-blocks.js';
import { isNamesLine } from './credit-forms.js';
import { runsOn } from './line-signs.js';
import { continuedFrom, JUMP } from './jump-lines.js';
import { placeHeadsApart } from './heads-apart.js';
import { headsOver, lateHeadline, placeLateHeadline } from './late-heads.js';
import { markedBriefHeads } from './marked-briefs.js';
import type { StageHints } from './structure.js';
import { emptyDraft, paragraph, type DraftArticle, type Segmented } from './drafts.js';

export type { DraftArticle, DraftParagraph, HeadLine, Segmented } from './drafts.js';

/**
 * Splits blocks into draft articles. `offices` holds every gazetteer name and alias; `hints` are an editor's
 * structure corrections: lines that open an article or continue the one before, head lines placed by hand.
 */
export function segmentArticles(blocks: readonly Block[], offices: ReadonlySet<string>, hints?: StageHints): Segmented {
  return placeHeadsApart(
    new ArticleSegmenter(closingHeads(markedBriefHeads(joinBylineLines(blocks))), offices, hints).segment(),
  );
}

type HeadBlock = Extract<Block, { kind: 'head' }>;
/** A block of whole lines (every kind but a head line). */
type LinesBlock = Exclude<Block, HeadBlock>;
type Para = Extract<Block, { kind: 'para' }>;

/**
 * One pass over a page's blocks: the article being written, whether it has ended, and the head lines seen
 * since that wait for the article they head. One method per kind of block.
 */
class ArticleSegmenter {
  readonly #blocks: readonly Block[];
  readonly #offices: ReadonlySet<string>;
  readonly #hints: StageHints | undefined;
  readonly #out: Segmented = { masthead: [], articles: [], heads: [], captions: [], pullQuotes: [], stray: [] };
  /** The article being written. */
  #current: DraftArticle | null = null;
  /** Whether it has ended (its signature, its byline at the end, its jump to another page). */
  #closed = false;
  /** Head lines waiting for the article they head. */
  #pending: HeadBlock[] = [];
  /** The number of the next run of head lines. */
  #group = 0;
  /** Head lines set apart from the text under them. */
  readonly #apart = new WeakSet<Block>();

  constructor(blocks: readonly Block[], offices: ReadonlySet<string>, hints: StageHints | undefined) {
    this.#blocks = blocks;
    this.#offices = offices;
    this.#hints = hints;
  }

  segment(): Segmented {
    for (let i = 0; i < this.#blocks.length; i++) this.#block(this.#blocks[i]!, i);
    this.#flush(null);
    return this.#out;
  }

  #block(b: Block, i: number): void {
    const out = this.#out;
    switch (b.kind) {
      case 'masthead':
        out.masthead.push(...b.lines);
        break;
      case 'head':
        this.#head(b, i);
        break;
      case 'caption':
        out.captions.push({ lines: b.lines, text: b.text, after: this.#last() });
        break;
      case 'pullquote':
        out.pullQuotes.push({ line: b.lines[0]!, text: b.text, after: this.#last() });
        break;
      case 'signature':
        this.#signature(b, i);
        break;
      case 'folio':
        // Page furniture (date line, page number, editors): kept as printed, apart from any article.
        out.stray.push(...b.lines);
        break;
      case 'jump':
        this.#jump(b);
        break;
      case 'byline':
        this.#byline(b, i);
        break;
      case 'elision':
      case 'para':
        this.#paragraph(b, i);
        break;
    }
  }

  /** The waiting head lines go to the heads, before article `before` (null: after the last). */
  #flush(before: number | null): void {
    for (const h of this.#pending)
      this.#out.heads.push({
        line: h.line,
        blankBefore: h.blankBefore,
        apart: this.#apart.has(h),
        before,
        group: this.#group,
      });
    if (this.#pending.length) this.#group++;
    this.#pending = [];
  }

  /** Opens a new article, headed by the waiting head lines. */
  #start(): DraftArticle {
    const a = emptyDraft();
    this.#flush(this.#out.articles.length);
    this.#out.articles.push(a);
    this.#current = a;
    this.#closed = false;
    return a;
  }

  /** The article written last (what a caption or pull quote follows), if any. */
  #last(): number | null {
    return this.#out.articles.length ? this.#out.articles.length - 1 : null;
  }

  /** The waiting head lines become subheads of the article being written. */
  #pendingAsSubheads(): void {
    for (const h of this.#pending)
      this.#current!.paragraphs.push({ lines: [h.line], text: h.line.text, subhead: true });
    this.#pending = [];
  }

  #head(b: HeadBlock, i: number): void {
    // An editor's headline lines go to the article they named (see parse/forced-heads.ts); an editor's
    // in-body subhead stays in the article it stands in.
    if (this.#hints?.headLines.has(b.line.n)) return;
    if (this.#hints?.role(b.line.n) === 'subhead' && this.#current && !this.#closed) {
      this.#current.paragraphs.push({ lines: [b.line], text: b.line.text, subhead: true });
      return;
    }
    const next = this.#blocks[i + 1];
    const first = next ? ('line' in next ? next.line : next.lines[0]!) : null;
    if (!first || first.n > b.line.n + 1 || opensText(first) || first.role === 'byline') this.#apart.add(b);
    this.#pending.push(b);
  }

  #signature(b: LinesBlock, i: number): void {
    const current = this.#current;
    // A byline in parentheses under a headline, over the text, opens the article those head.
    if (
      isBylineInParens(b.text) &&
      this.#blocks[i + 1]?.kind === 'para' &&
      (this.#pending.length || !current || this.#closed)
    ) {
      this.#start().bylineAlone = { text: b.lines[0]!.raw, line: b.lines[0]! };
      return;
    }
    if (current && !this.#closed && !current.signature) {
      // (Names set apart by spaces keep them.)
      const text = isNamesLine(b.lines[0]!.raw) ? softClean(b.lines[0]!.raw) : b.text;
      current.signature = { text, line: b.lines[0]! };
      this.#closed = true;
    } else this.#out.stray.push(...b.lines);
  }

  /**
   * The article's text goes on on another page (…转…): the line ends its part here, kept as printed.
   * Or it comes from another page (…接…): the line opens the rest of an article begun there.
   */
  #jump(b: LinesBlock): void {
    if (JUMP.exec(b.text)?.[1] === '接') {
      const a = this.#start();
      a.paragraphs.push(paragraph(b));
      a.continuedFrom = continuedFrom(b.text);
    } else if (this.#current && !this.#closed) {
      this.#current.paragraphs.push(paragraph(b));
      this.#closed = true;
    } else this.#out.stray.push(...b.lines);
  }

  #byline(b: LinesBlock, i: number): void {
    const cur = this.#current;
    const hints = this.#hints;
    const n = b.lines[0]!.n;
    if (hints?.starts.has(n) || (hints?.joins.has(n) && cur && !cur.bylineAlone)) {
      (hints.starts.has(n) ? this.#start() : cur!).bylineAlone = bylineOf(b);
      return;
    }
    const place = placeByline(this.#blocks, i, cur, this.#closed, this.#pending.length);
    if (place === 'opens') this.#start().bylineAlone = bylineOf(b);
    else if (place === 'stray') this.#out.stray.push(...b.lines);
    else {
      if (place === 'end-under-subheads') this.#pendingAsSubheads();
      cur!.bylineAlone = bylineOf(b);
      if (place === 'end' || place === 'end-under-subheads') this.#closed = true;
    }
  }

  #paragraph(b: LinesBlock, i: number): void {
    // A paragraph of punctuation only (OCR of rules and ornaments) starts nothing and says nothing.
    if (b.kind === 'para' && !/[\p{L}\p{N}]/u.test(b.text)) {
      this.#out.stray.push(...b.lines);
      return;
    }
    if (this.#openFor(b, i)) return;
    this.#current!.paragraphs.push(paragraph(b));
    if (b.kind === 'para' && closeWithRunInCredit(this.#current!)) this.#closed = true;
  }

  /**
   * Opens or goes on with the article a paragraph belongs to, and places the head lines waiting above it.
   * True when that placed the paragraph itself too (joined to the head lines as its first line).
   */
  #openFor(b: LinesBlock, i: number): boolean {
    const hints = this.#hints;
    const pending = this.#pending;
    const forcedStart = !!hints && [b.lines[0]!, ...pending.map((h) => h.line)].some((l) => hints.starts.has(l.n));
    const forcedJoin = !!hints?.joins.has(b.lines[0]!.n) && this.#current !== null;
    const dated = b.kind === 'para' && b.lines[0]!.role === 'dateline' && !forcedJoin;
    if (b.kind === 'para' && b.lines[0]!.role === 'resume' && !forcedJoin) {
      // The rest of an article begun on another page: an article of its own here, whatever came before.
      this.#start().continuedFrom = continuedFrom(b.lines[0]!.text);
    } else if (dated) this.#dateline(b, forcedStart);
    else if (forcedJoin) {
      this.#closed = false;
      this.#pendingAsSubheads();
    } else if (this.#closed && !forcedStart && briefFollows(this.#current, pending, b)) return this.#signedBrief(b);
    else if (!this.#current || this.#closed || forcedStart) this.#start();
    else if (
      b.kind === 'para' &&
      pending.every((h) => h.maybe && !endsSentence(h.line.text)) &&
      signedBrief(this.#current, b)
    )
      return this.#signedBrief(b);
    else if (pending.length && lateHeadline(pending, this.#current, headsOver(this.#out), this.#offices))
      return this.#lateHead(b);
    else if (pending.length && startsNewArticle(pending, this.#current, this.#blocks, i, this.#offices)) this.#start();
    else if (pending.length && pending.every((h) => h.maybe && h.alone)) {
      // Short lines set alone between blank lines that opened no article are in-body subheads (a
      // feature's 改善生态，构建…): paragraphs of their own, not the first line of the next.
      this.#pendingAsSubheads();
    } else if (pending.length && pending.every((h) => h.maybe)) return this.#maybeHeads(b);
    else this.#pendingAsSubheads();
    return false;
  }

  /** The story's headline read late goes among its head lines (see late-heads.ts). True when b was placed too. */
  #lateHead(b: LinesBlock): boolean {
    const late = this.#pending[0]!.line;
    this.#pending = [];
    if (!placeLateHeadline(this.#out.heads, headsOver(this.#out), late, this.#current!, b, this.#offices)) return false;
    if (closeWithRunInCredit(this.#current!)) this.#closed = true;
    return true;
  }

  /**
   * A dateline's paragraph opens an article. A byline printed alone above the dateline belongs to the same
   * article; so does an editor's note (编者按：…) set before the report it introduces.
   */
  #dateline(b: Para, forcedStart: boolean): void {
    const cur = this.#current;
    const open = cur && !this.#closed && !this.#pending.length && cur.datelineRaw === null ? cur : null;
    const introduced = open && open.paragraphs.length > 0 && open.paragraphs.every((p) => isEditorsNote(p.text));
    const target =
      !forcedStart && ((open && open.bylineAlone && !open.paragraphs.length) || introduced) ? open! : this.#start();
    target.datelineRaw = joinRaw(b.lines.map((l) => l.raw.trim()));
    target.datelineAt = target.paragraphs.length;
  }

  /**
   * A signed brief opens an article of its own. (Borderline lines right above it are its first line:
   * 5月1 / 9日，县…, a number broken off; set apart from it by a blank line, they are its headline.) True
   * when it placed the paragraph with them.
   */
  #signedBrief(b: Para): boolean {
    const top = this.#pending.at(-1)?.line;
    if (top && b.lines[0]!.n > top.n + 1 && !runsOn(top.text, b.lines[0]!.text)) {
      this.#start();
      return false;
    }
    const heads = this.#pending.map((h) => h.line);
    this.#pending = [];
    this.#start();
    if (!heads.length) return false;
    const lines = [...heads, ...b.lines];
    this.#current!.paragraphs.push(paragraph({ lines, text: joinLines(lines.map((l) => l.text)) }));
    if (closeWithRunInCredit(this.#current!)) this.#closed = true;
    return true;
  }

  /**
   * Borderline lines that did not start a new article were the first line of this paragraph, or a
   * paragraph of their own when they finish a sentence (a question set alone: 为何…？). True when they
   * were its first line (the paragraph is placed).
   */
  #maybeHeads(b: LinesBlock): boolean {
    const heads = this.#pending.map((h) => h.line);
    this.#pending = [];
    const draft = this.#current!;
    if (endsSentence(heads.at(-1)!.text)) {
      draft.paragraphs.push(paragraph({ lines: heads, text: joinLines(heads.map((l) => l.text)) }));
      return false;
    }
    const lines = [...heads, ...b.lines];
    draft.paragraphs.push(paragraph({ lines, text: joinLines(lines.map((l) => l.text)) }));
    if (b.kind === 'para' && closeWithRunInCredit(draft)) this.#closed = true;
    return true;
  }
}
