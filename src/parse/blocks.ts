/**
 * Stage: blocks. Rebuilds paragraphs from hard-wrapped column lines and sets apart the short lines
 * that stand alone (headlines, kickers, subheads).
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { captionBegunAbove, captionBlocksAbove, splitCaptionTail } from './caption-above.js';
import { END_MARK, lineCredit } from './credit-forms.js';
import { cutFromText } from './cut-lines.js';
import { driftedKicker } from './drifted-kicker.js';
import { brokenHeadline, headScore, leadsToDateline, nextNonBlank, type Reader } from './head-score.js';
import { BODY_END, cellsOf, RUN_IN_CREDIT, localWidths, opensText, runsOn, wordCrosses } from './line-signs.js';
import type { Line } from './lines.js';
import { noticeContacts } from './notice-lines.js';
import { CAPTION, endsWithPhotoCredit, PHOTO_CREDIT } from './photo-credit.js';
import {
  creditUnderDateline,
  endsAfterShortLine,
  endsWithLine,
  measurePage,
  openParagraph,
  opensUnindented,
  phraseAfterSentence,
  type Measured,
  type Open,
} from './paragraph-ends.js';
import type { ForcedRole, StageHints } from './structure.js';
import type { Block } from './block.js';

export { ENUMERATED, opensText } from './line-signs.js';

export type { Block } from './block.js';

/**
 * Splits lines into blocks: paragraphs, lone head lines, and the marked roles (captions, signatures…).
 * `hints` are an editor's structure corrections: roles given to lines, and lines that open an article.
 */
export function readBlocks(all: readonly Line[], hints?: StageHints): Block[] {
  return new BlockReader(all, hints).read();
}

type Para = Extract<Block, { kind: 'para' }>;

/**
 * One reading of a page's lines into blocks: the blocks read so far, the paragraph still open, and what the
 * line before said (a head line, a blank line). One method per kind of line.
 */
class BlockReader {
  readonly #lines: readonly Line[];
  /** Each line's column width, estimated from the lines around it. */
  readonly #widths: number[];
  /** The same, each Chinese mark a full cell as body type sets it: the measure paragraph ends are read against. */
  readonly #cells: number[];
  /** The lines and their measures, as the paragraph-end rules read them. */
  readonly #page: Measured;
  readonly #reader: Reader;
  readonly #hints: StageHints | undefined;
  readonly #blocks: Block[];
  /** The paragraph the next line of text may join, its lines read as the paragraph-end rules read them. */
  #open: (Open & { readonly block: Para }) | null = null;
  /** Whether the block before is a head line (a sure one). */
  #prevHead = false;
  /** Whether a blank line (or the page's start) came before the line at hand. */
  #blankBefore = true;
  /** The line at hand; a block that takes the lines after it moves it on. */
  #i = 0;

  constructor(all: readonly Line[], hints: StageHints | undefined) {
    // OCR specks are read past as if they were not there (…捐赠物 / 口 / 口口o / 物。): kept apart as furniture.
    this.#lines = all.filter((l) => l.role !== 'noise');
    this.#widths = localWidths(this.#lines);
    this.#cells = localWidths(this.#lines, cellsOf);
    this.#reader = { lines: this.#lines, widths: this.#widths, contacts: noticeContacts(this.#lines) };
    this.#page = measurePage(this.#lines, this.#cells);
    this.#hints = hints;
    this.#blocks = all.filter((l) => l.role === 'noise').map((l) => ({ kind: 'folio', lines: [l], text: l.text }));
  }

  read(): Block[] {
    for (this.#i = 0; this.#i < this.#lines.length; this.#i++) this.#line(this.#lines[this.#i]!);
    return this.#blocks;
  }

  /** Reads one line: an editor's role first, then the line's own marks, then the flow of text. */
  #line(line: Line): void {
    if (line.role === 'blank') {
      this.#blankBefore = true;
      return;
    }
    const wasBlank = this.#blankBefore;
    this.#blankBefore = false;
    const forced = this.#hints?.role(line.n);
    if (this.#hints?.starts.has(line.n)) this.#open = null;
    if (forced && forced !== 'body' && forced !== 'furniture') return this.#forced(line, forced, wasBlank);
    if (forced === 'furniture') {
      // Page furniture an editor marked inside the flow (a page number between two columns) leaves the
      // paragraph around it whole.
      this.#blocks.push({ kind: 'folio', lines: [line], text: line.text });
      return;
    }
    if (line.role === 'caption' && PHOTO_CREDIT.test(line.raw.trim())) return this.#photoCredit(line, wasBlank);
    if (line.role === 'caption' && endsWithPhotoCredit(line.raw) && captionBegunAbove(this.#blocks, this.#lines, line))
      return this.#caption(line, this.#blocks.pop());
    if (
      line.role === 'caption' &&
      (this.#open === null || /^图\s*[①-⑳]/u.test(line.text) || this.#creditedApart(line, wasBlank))
    )
      return this.#caption(line);
    const role = this.#roleInFlow(line);
    if (role !== 'text' && !opensText(line) && !(role === 'caption' && this.#open)) return this.#marked(line, role);
    this.#text(line, wasBlank, forced);
  }

  /** An editor's role is the line's block, whatever the text around it reads like. */
  #forced(line: Line, forced: Exclude<ForcedRole, 'body' | 'furniture'>, wasBlank: boolean): void {
    this.#open = null;
    this.#prevHead = forced === 'head';
    const last = this.#blocks.at(-1);
    if (forced === 'head' || forced === 'subhead')
      this.#blocks.push({ kind: 'head', line, blankBefore: wasBlank, maybe: false });
    else if (
      forced === 'caption' &&
      last?.kind === 'caption' &&
      this.#hints!.role(last.lines.at(-1)!.n) === 'caption'
    ) {
      last.lines.push(line);
      last.text = joinLines(last.lines.map((l) => l.text));
    } else this.#blocks.push({ kind: forced, lines: [line], text: line.text });
  }

  /**
   * A sentence closed by a photo's credit, set apart by a blank line, is a caption even where a paragraph
   * stands open (a photo over the next column), unless the open text runs on into it (…授粉。图 / 为果农…).
   */
  #creditedApart(line: Line, wasBlank: boolean): boolean {
    const last = this.#open?.lines.at(-1);
    return wasBlank && endsWithPhotoCredit(line.raw) && last !== undefined && !runsOn(last.text, line.text);
  }

  /** A photo's credit alone: its caption is the one short sentence set alone right above it, if any. */
  #photoCredit(line: Line, wasBlank: boolean): void {
    splitCaptionTail(this.#blocks, this.#lines, line);
    const taken = this.#blocks.splice(this.#blocks.length - captionBlocksAbove(this.#blocks, this.#lines, wasBlank));
    const parts = [...taken.flatMap((b) => (b.kind === 'head' ? [b.line] : b.lines)), line];
    this.#open = null;
    this.#prevHead = false;
    this.#blocks.push({ kind: 'caption', lines: parts, text: joinLines(parts.map((p) => p.text)) });
  }

  /** A caption, with the lines it wraps onto and the photo's credit under it. */
  #caption(line: Line, begun?: Block): void {
    const lines = this.#lines;
    // Note: a caption can wrap, across a blank line too; it runs until a sentence ends or a new mark starts.
    const parts = [line];
    const above = !begun ? [] : begun.kind === 'head' ? [begun.line] : begun.lines;
    let k = this.#i;
    // (A writer's credit run in after its last sentence closes it as a sentence's end does: …纠纷。（通讯员 王一）.)
    const closed = (l: Line): boolean => endsSentence(l.text) || endsWithPhotoCredit(l.raw) || !!lineCredit(l);
    while (!closed(parts.at(-1)!) && parts.length < 4) {
      const { line: next } = nextNonBlank(lines, k);
      // (Its last line, with the credit run in, reads as a caption of its own: it closes this one.)
      const closing = next?.role === 'caption' && !CAPTION.test(next.text) && endsWithPhotoCredit(next.raw);
      // (Its lines are no wider than the column's text, or than its own first line: a caption is set to its photo.)
      const measure = Math.max(this.#widths[k]!, line.width);
      if (!next || (next.role !== 'text' && !closing) || next.width > measure * 1.5) break;
      k = lines.indexOf(next);
      parts.push(next);
    }
    // The photo's credit, set on a line of its own under the caption, is part of it.
    const { line: credit } = nextNonBlank(lines, k);
    if (credit && PHOTO_CREDIT.test(credit.raw.trim())) parts.push(lines[(k = lines.indexOf(credit))]!);
    this.#i = k;
    this.#open = null;
    parts.unshift(...above);
    this.#blocks.push({ kind: 'caption', lines: parts, text: joinLines(parts.map((p) => p.text)) });
    this.#prevHead = false;
  }

  /**
   * The line's role where it stands. Note: a source credit (据…, 来自…) or a byline (记者…) only follows a
   * finished sentence; after an unfinished line it is the sentence going on (根 / 据有关规定…, 同时 /
   * 记者在现场看到), so it stays body text. (A byline right above a dateline is one all the same: the
   * dateline opens an article, so the text before it had ended.)
   */
  #roleInFlow(line: Line): Line['role'] {
    const open = this.#open;
    const credit =
      (line.role === 'signature' && !/^[（(〈《]/u.test(line.text)) ||
      (line.role === 'byline' && this.#lines[this.#i + 1]?.role !== 'dateline');
    return credit && open && !endsSentence(open.lines.at(-1)!.text) ? 'text' : line.role;
  }

  /** A line of a marked role (masthead, byline, signature…): a block of its own. */
  #marked(line: Line, role: Line['role']): void {
    this.#open = null;
    this.#prevHead = false;
    const block: Block = { kind: role as 'masthead', lines: [line], text: line.text };
    // A byline's last name broken after its first characters: the rest (one or two) is on the next line.
    const rest = this.#lines[this.#i + 1];
    if (
      role === 'byline' &&
      rest?.role === 'text' &&
      /^\p{sc=Han}{1,2}$/u.test(rest.text) &&
      /(?:^|\s)\p{sc=Han}{1,2}$/u.test(line.raw.trim())
    ) {
      block.lines.push(rest);
      block.text = joinLines([line.text, rest.text]);
      this.#i++;
    }
    this.#blocks.push(block);
  }

  /** A line of text: a head line set apart, the next line of the open paragraph, or the first of a new one. */
  #text(line: Line, wasBlank: boolean, forced: ForcedRole | undefined): void {
    const i = this.#i;
    const last = this.#blocks.at(-1);
    // (An end mark sits under a finished last sentence; a paragraph broken off mid-sentence is not its text.
    // The mark is asked first: the paragraph's text grows with each line.)
    if (last?.kind === 'para' && END_MARK.test(line.text) && endsSentence(last.text)) {
      last.lines.push(line);
      last.text = joinLines([last.text, line.text]);
      return;
    }
    if (this.#open && endsAfterShortLine(this.#page, this.#open, line)) this.#open = null;
    const headOfNext = this.#headOfNext(line, wasBlank);
    const alone = this.#setAlone(line, wasBlank);
    // (A phrase set apart under a finished sentence opens a paragraph of its own, never an article.)
    const phrase = !line.indented && phraseAfterSentence(this.#page, this.#open, line, i);
    const joins =
      (this.#open !== null &&
        !phrase &&
        !line.indented &&
        !opensText(line) &&
        !opensUnindented(this.#page, this.#open, line, i)) ||
      creditUnderDateline(this.#open, line);
    // A headline broken at its 、 or ， over lines goes on from the head line right above it.
    const brokenHead = !wasBlank && forced !== 'body' && last?.kind === 'head' && brokenHeadline(this.#reader, i);
    // The head score of the line (see headScore); -1: not a head line.
    let weight =
      !opensText(line) && forced !== 'body' && !phrase && (!joins || headOfNext || alone)
        ? headScore(this.#reader, line, i, this.#prevHead)
        : -1;
    if (brokenHead) weight = last.maybe ? 1 : 2;
    else if (weight >= 0 && cutFromText(line, nextNonBlank(this.#lines, i).line)) weight = -1;
    if (weight >= 0) {
      const maybe = weight < 2;
      this.#open = null;
      this.#prevHead = !maybe;
      const foot = this.#atFoot(wasBlank);
      this.#blocks.push({ kind: 'head', line, blankBefore: wasBlank, maybe, alone, ...(foot ? { foot } : {}) });
      return;
    }
    if (joins) {
      const { block } = this.#open!;
      block.lines.push(line);
      block.text = joinLines([block.text, line.text]);
    } else {
      const block: Para = {
        kind: 'para',
        lines: [line],
        text: line.text,
        ...(phrase ? { phrase: true as const } : {}),
      };
      // (A phrase is a paragraph of one line: the running text under it opens its own.)
      this.#open = phrase ? null : { ...openParagraph(block.lines), block };
      this.#blocks.push(block);
    }
    this.#prevHead = false;
    if (endsWithLine(this.#page, this.#open, line, i)) this.#open = null;
  }

  /**
   * A line set apart above an article's opening (its dateline, or the mark of its rest from another page)
   * is that article's headline, even after an unfinished line (OCR drops a paragraph's last 。). Right under
   * a finished sentence, it is the kicker of the headline below it (see drifted-kicker.ts).
   */
  #headOfNext(line: Line, wasBlank: boolean): boolean {
    if (!wasBlank) return driftedKicker(this.#reader, this.#i, this.#open?.lines.at(-1));
    return (
      !BODY_END.test(line.text) &&
      !/[。；]/u.test(line.text) &&
      !endsSentence(line.text) &&
      leadsToDateline(this.#reader, this.#i)
    );
  }

  /**
   * A short unfinished line set alone between blank lines that runs on from nothing before it is a headline
   * too: a column break falls after a full line, and a paragraph's last line ends a sentence.
   */
  #setAlone(line: Line, wasBlank: boolean): boolean {
    const open = this.#open;
    const i = this.#i;
    return (
      wasBlank &&
      nextNonBlank(this.#lines, i).blank &&
      line.width < this.#widths[i]! * 0.8 &&
      !endsSentence(line.text) &&
      !BODY_END.test(line.text) &&
      !(
        open &&
        (wordCrosses(open.lines.at(-1)!.text, line.text) ||
          countHan(line.text) < 5 ||
          RUN_IN_CREDIT.test(open.block.text + line.text))
      )
    );
  }

  /**
   * A short line right under a finished sentence with a blank line after it: a subhead set at the foot of a
   * column, over the text the next column goes on with. A text layer and OCR read a headline, set larger and
   * apart, as a block of its own, never as the last line of the text above it.
   */
  #atFoot(wasBlank: boolean): boolean {
    const i = this.#i;
    const before = this.#lines[i - 1];
    const after = this.#lines[i + 1];
    return !wasBlank && before?.role === 'text' && endsSentence(before.text) && (!after || after.role === 'blank');
  }
}
