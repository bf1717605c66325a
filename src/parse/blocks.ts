/**
 * Stage: blocks. Rebuilds paragraphs from hard-wrapped column lines and sets apart the short lines
 * that stand alone (headlines, kickers, subheads).
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { cutWords } from '../text-node/words.js';
import { isBylineInParens } from './byline.js';
import { runInCredit } from './credit-forms.js';
import { JUMP, PHOTO_CREDIT, type Line } from './lines.js';
import type { StageHints } from './structure.js';

/** A block of the page in reading order. */
export type Block =
  | { kind: 'para'; lines: Line[]; text: string }
  | { kind: 'head'; line: Line; blankBefore: boolean; maybe: boolean; alone?: boolean }
  | {
      kind: 'masthead' | 'byline' | 'signature' | 'caption' | 'pullquote' | 'elision' | 'jump' | 'folio';
      lines: Line[];
      text: string;
    };

const WINDOW = 7;

/**
 * The column width around each line: a high quantile of the widths of nearby lines that read as body
 * text. Note: columns differ within one page, so the width is estimated locally, never page-wide.
 */
export function localWidths(lines: readonly Line[]): number[] {
  // Lines that run on into the next one are full; their median is the column, robust to a stray headline.
  const body = lines.map((l) => (l.role === 'text' || opensText(l)) && countHan(l.text) >= 6 && !endsSentence(l.text));
  // Note: an article's own lines set its column; datelines and signatures bound the search.
  const startsArticle = (l: Line): boolean => opensText(l);
  const endsArticle = (l: Line): boolean =>
    l.role === 'signature' ||
    l.role === 'jump' ||
    l.role === 'caption' ||
    l.role === 'pullquote' ||
    l.role === 'masthead';
  return lines.map((_, i) => {
    const ws: number[] = [];
    let up = true;
    let down = true;
    for (let k = 1; ws.length < 2 * WINDOW && (up || down) && k <= 40; k++) {
      const before = lines[i - k];
      const after = lines[i + k];
      if (up && (!before || endsArticle(before) || startsArticle(lines[i - k + 1]!))) up = false;
      if (down && (!after || startsArticle(after) || endsArticle(after))) down = false;
      if (up && body[i - k]) ws.push(before!.width);
      if (down && body[i + k]) ws.push(after!.width);
    }
    if (ws.length === 0) return lines[i]!.width;
    ws.sort((a, b) => a - b);
    return ws[Math.floor((ws.length - 1) * 0.65)]!;
  });
}

/** True when the line falls short of its column: the printed line ended before the column did. */
function isShort(line: Line, width: number): boolean {
  return line.width < width - Math.max(1.2, width * 0.06);
}

/** The numbering of an in-body subhead: 一、 （二） 3. */
export const ENUMERATED = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])/u;

/**
 * A reprint's source run in after its last sentence (…的标准温度。据央视新闻): the piece ends there, as
 * after a finished sentence. Only a name of a paper, agency or outlet counts: 据了解 and 据介绍 begin
 * sentences that go on.
 */
const RUN_IN_CREDIT =
  /[。！？!?][”’」』）)]*\s*(?:据|来源[:：]|来自)\s*[\p{sc=Han}A-Za-z·]{1,12}(?:报|社|网|台|新闻|发布|客户端|刊|频道)$/u;

/** Particles that never open a sentence, a headline's text or a paragraph (的确 and 了解 are other words). */
const PARTICLE = new Set(['的', '了', '着', '们', '地', '得', '吗', '呢']);

/** Whether a line opens with one of those particles: it goes on with the line before it. */
function opensWithParticle(line: Line): boolean {
  return PARTICLE.has(cutWords(line.text.slice(0, 4))[0] ?? '');
}

/** Punctuation that never ends a headline. */
const BODY_END = /[，。、；：,;:…]$/u;

/**
 * Splits lines into blocks: paragraphs, lone head lines, and the marked roles (captions, signatures…).
 * `hints` are an editor's structure corrections: roles given to lines, and lines that open an article.
 */
export function readBlocks(all: readonly Line[], hints?: StageHints): Block[] {
  // OCR specks are read past as if they were not there (…捐赠物 / 口 / 口口o / 物。): kept apart as furniture.
  const lines = all.filter((l) => l.role !== 'noise');
  const widths = localWidths(lines);
  const blocks: Block[] = all
    .filter((l) => l.role === 'noise')
    .map((l) => ({ kind: 'folio', lines: [l], text: l.text }));
  let open: Extract<Block, { kind: 'para' }> | null = null;
  let prevHead = false;
  let blankBefore = true;
  // The head score of the line at hand (see headScore).
  let weight = 0;

  const nextNonBlank = (i: number): { line: Line | undefined; blank: boolean } => {
    let blank = false;
    for (let k = i + 1; k < lines.length; k++) {
      if (lines[k]!.role === 'blank') blank = true;
      else return { line: lines[k], blank };
    }
    return { line: undefined, blank: true };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role === 'blank') {
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    const forced = hints?.role(line.n);
    if (hints?.starts.has(line.n)) open = null;
    if (forced && forced !== 'body' && forced !== 'furniture') {
      // An editor's role is the line's block, whatever the text around it reads like.
      open = null;
      prevHead = forced === 'head';
      const last = blocks.at(-1);
      if (forced === 'head' || forced === 'subhead')
        blocks.push({ kind: 'head', line, blankBefore: wasBlank, maybe: false });
      else if (forced === 'caption' && last?.kind === 'caption' && hints!.role(last.lines.at(-1)!.n) === 'caption') {
        last.lines.push(line);
        last.text = joinLines(last.lines.map((l) => l.text));
      } else blocks.push({ kind: forced, lines: [line], text: line.text });
      continue;
    }
    if (forced === 'furniture') {
      // Page furniture an editor marked inside the flow (a page number between two columns) leaves the
      // paragraph around it whole.
      blocks.push({ kind: 'folio', lines: [line], text: line.text });
      continue;
    }

    if (line.role === 'caption' && PHOTO_CREDIT.test(line.raw.trim())) {
      // A photo's credit alone: its caption is the one short sentence set alone right above it, if any.
      const last = blocks.at(-1);
      const parts = [line];
      const at = last?.kind === 'para' ? lines.indexOf(last.lines[0]!) : -1;
      if (
        wasBlank &&
        last?.kind === 'para' &&
        last.lines.length <= 2 &&
        endsSentence(last.text) &&
        countHan(last.text) <= 40 &&
        (at === 0 || lines[at - 1]?.role === 'blank')
      ) {
        blocks.pop();
        parts.unshift(...last.lines);
      }
      open = null;
      prevHead = false;
      blocks.push({ kind: 'caption', lines: parts, text: joinLines(parts.map((p) => p.text)) });
      continue;
    }
    if (line.role === 'caption' && (open === null || /^图\s*[①-⑳]/u.test(line.text))) {
      // Note: a caption can wrap, across a blank line too; it runs until a sentence ends or a new mark starts.
      const parts = [line];
      let k = i;
      while (!endsSentence(parts.at(-1)!.text) && parts.length < 4) {
        const { line: next } = nextNonBlank(k);
        if (!next || next.role !== 'text' || next.width > widths[k]! * 1.5) break;
        k = lines.indexOf(next);
        parts.push(next);
      }
      // The photo's credit, set on a line of its own under the caption, is part of it.
      const { line: credit } = nextNonBlank(k);
      if (credit && PHOTO_CREDIT.test(credit.raw.trim())) parts.push(lines[(k = lines.indexOf(credit))]!);
      i = k;
      open = null;
      blocks.push({ kind: 'caption', lines: parts, text: joinLines(parts.map((p) => p.text)) });
      prevHead = false;
      continue;
    }
    // Note: a source credit (据…, 来自…) or a byline (记者…) only follows a finished sentence; after an
    // unfinished line it is the sentence going on (根 / 据有关规定…, 同时 / 记者在现场看到), so it stays body text.
    // (A byline right above a dateline is one all the same: the dateline opens an article, so the text
    // before it had ended.)
    const credit =
      (line.role === 'signature' && !/^[（(]/u.test(line.text)) ||
      (line.role === 'byline' && lines[i + 1]?.role !== 'dateline');
    const role = credit && open && !endsSentence(open.lines.at(-1)!.text) ? 'text' : line.role;
    if (role !== 'text' && !opensText(line) && !(role === 'caption' && open)) {
      open = null;
      prevHead = false;
      const block: Block = { kind: role as 'masthead', lines: [line], text: line.text };
      // A byline's last name broken after its first characters: the rest (one or two) is on the next line.
      const rest = lines[i + 1];
      if (
        role === 'byline' &&
        rest?.role === 'text' &&
        /^\p{sc=Han}{1,2}$/u.test(rest.text) &&
        /(?:^|\s)\p{sc=Han}{1,2}$/u.test(line.raw.trim())
      ) {
        block.lines.push(rest);
        block.text = joinLines([line.text, rest.text]);
        i++;
      }
      blocks.push(block);
      continue;
    }
    // Note: a short line ends its paragraph even without punctuation (a credit such as 据新华社, a list item).
    const tail = open?.lines.at(-1);
    // (Not where a word or a number runs on into the line: a PDF text layer breaks lines inside a printed line.)
    if (
      open &&
      tail &&
      !/[，、,“《（(—]$/u.test(tail.text) &&
      tail.width < columnOf(open, lines.indexOf(tail)) * 0.7 &&
      !runsOn(tail.text, line.text) &&
      !opensWithParticle(line)
    )
      open = null;
    // A line set apart above an article's opening (its dateline, or the mark of its rest from another page)
    // is that article's headline, even after an unfinished line (OCR drops a paragraph's last 。).
    const headOfNext =
      wasBlank &&
      !BODY_END.test(line.text) &&
      !/[。；]/u.test(line.text) &&
      !endsSentence(line.text) &&
      leadsToDateline(i);
    // So is a short unfinished line set alone between blank lines that runs on from nothing before it: a
    // column break falls after a full line, and a paragraph's last line ends a sentence.
    const alone =
      wasBlank &&
      nextNonBlank(i).blank &&
      line.width < widths[i]! * 0.8 &&
      !endsSentence(line.text) &&
      !BODY_END.test(line.text) &&
      !(
        open &&
        (wordCrosses(open.lines.at(-1)!.text, line.text) ||
          countHan(line.text) < 5 ||
          RUN_IN_CREDIT.test(open.text + line.text))
      );
    const joins = open !== null && !line.indented && !opensText(line);
    weight = !opensText(line) && forced !== 'body' && (!joins || headOfNext || alone) ? headScore(line, i) : -1;
    if (weight >= 0) {
      const maybe = weight < 2;
      open = null;
      prevHead = !maybe;
      blocks.push({ kind: 'head', line, blankBefore: wasBlank, maybe, alone });
      continue;
    } else if (joins) {
      open!.lines.push(line);
      open!.text = joinLines([open!.text, line.text]);
    } else {
      open = { kind: 'para', lines: [line], text: line.text };
      blocks.push(open);
    }
    prevHead = false;
    // Note: a blank line falls at column breaks in mid-sentence, but after a finished sentence it marks a paragraph end.
    if (
      (endsSentence(line.text) || RUN_IN_CREDIT.test(line.text)) &&
      (isShort(line, open ? columnOf(open, i) : widths[i]!) || lines[i + 1]?.role === 'blank')
    )
      open = null;
    // A writer's credit run in after the last sentence (…等。（王一 李二）) ends the article's text.
    if (runInCredit(line.raw)) open = null;
  }
  return blocks;

  /**
   * The width of the column a paragraph is set in: its own full lines (all but the last) are the best
   * measure once there are two of them; before that, the estimate from the lines around.
   */
  function columnOf(para: { lines: Line[] }, i: number): number {
    const full = para.lines.slice(0, -1).filter((l) => l !== lines[i]);
    if (full.length < 2) return widths[i]!;
    const ws = full.map((l) => l.width).sort((a, b) => a - b);
    return ws[Math.floor((ws.length - 1) * 0.65)]!;
  }

  /**
   * How much a line at a paragraph boundary reads as a headline rather than the start of a paragraph:
   * 2 or more is a head line, 0 to 2 is left for the article stage to decide by subject, less is body.
   * Each sign adds to the score; no single sign decides, except a dateline or byline right after it.
   */
  function headScore(line: Line, i: number): number {
    const text = line.text;
    // A sentence that ends inside the line (。 or ；, or ！？ followed by more text) is body text; but a
    // headline may ask and answer (谁做的？太浪漫了): right above a dateline or byline, ！？ do not rule it out.
    // (A headline broken at its comma, 文明进社区， / 我们在行动, over a dateline is a headline all the same.)
    if (/[，、,]$/u.test(text) && text.length <= 12 && leadsToDateline(i)) return 9;
    if (BODY_END.test(text) || /[。；]/u.test(text) || OPENS_CLOSED.test(text)) return -1;
    if (leadsToDateline(i)) return 9;
    if (/[！？!?][”’」』）)]*[^”’」』）)\s]/u.test(text)) return -1;
    const { line: next, blank } = nextNonBlank(i);
    // The next line opening with a closing mark (，”) goes on with this one: a fragment of a printed line.
    if (next && !blank && OPENS_CLOSED.test(next.text)) return -1;
    const w = followingWidth(i) ?? widths[i]!;
    let score = 0;
    const enumerated = ENUMERATED.test(text);
    // Note: an enumerated subhead (一、…, （二）…) is short and printed alone; its 、 is not body punctuation.
    if (enumerated && line.width < w * 0.9) score += 2;
    if (!/[，、；：,;:]/u.test(text.replace(ENUMERATED, ''))) score += 1;
    else score -= 1;
    if (/[！？!?]$/u.test(text)) score -= 1;
    if (wasBlankBefore(i)) score += 0.5;
    if (blank) score += 0.5;
    const ratio = line.width / w;
    if (ratio < 0.75) score += 1.5;
    else if (ratio > 1.3) score += 2.5;
    else if (ratio > 1.15) score += 1;
    else if (ratio >= 0.82 && ratio <= 1.1) score -= 1.5;
    if (prevHead && !wasBlankBefore(i)) score += 1.5;
    if (next && !blank && next.indented) score += 1;
    if (next && !blank && next.role === 'text' && /^\s/u.test(next.raw)) score += 1;
    if (
      next &&
      !blank &&
      next.role === 'text' &&
      (wordCrosses(text, next.text) || (/\d$/u.test(text) && /^\d/u.test(next.text)))
    )
      score -= 2;
    // A line whose next one opens with a particle no sentence opens with (的, 了 …) runs on into it.
    if (next && next.role === 'text' && opensWithParticle(next)) score -= 3;
    if (!next) score += 1;
    // A line set alone (blank lines around it) that runs on into neither neighbour may be a head even
    // with a comma or a question in it (…加装电梯，只通其中一层 / …还能用吗？): a line broken off at a
    // column break mostly splits a word with the line it belongs to. It is borderline at most: the
    // article stage decides by subject, and if it opens no article it is its paragraph's first line.
    if (wasBlankBefore(i) && blank && next && !wordCrosses(text, next.text) && !runsInto(i)) score = Math.max(score, 0);
    return score;
  }

  /** A run of up to four unfinished lines that ends at a dateline or byline (in parentheses too) is that article's head. */
  function leadsToDateline(i: number): boolean {
    let k = i;
    for (let n = 0; n < 4; n++) {
      const { line: next } = nextNonBlank(k);
      if (!next) return false;
      if (
        opensText(next) ||
        next.role === 'byline' ||
        fromPage(next) ||
        (next.role === 'signature' && isBylineInParens(next.text))
      )
        return true;
      if (next.role !== 'text' || endsSentence(next.text) || /[。；]/u.test(next.text)) return false;
      k = lines.indexOf(next, k + 1);
    }
    return false;
  }

  /** Whether the text before line `i` (across blank lines) runs on into it, splitting a word. */
  function runsInto(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const l = lines[k]!;
      if (l.role === 'blank') continue;
      return l.role === 'text' && !endsSentence(l.text) && wordCrosses(l.text, lines[i]!.text);
    }
    return false;
  }

  function wasBlankBefore(i: number): boolean {
    return i === 0 || lines[i - 1]!.role === 'blank';
  }

  /**
   * The width of the body lines that follow (the unfinished ones: a paragraph's last line is short), when
   * there is one: the local estimate mixes in the column before, which may be another article's measure.
   */
  function followingWidth(i: number): number | null {
    const ws: number[] = [];
    for (let k = i + 1; k < lines.length && ws.length < 5; k++) {
      const l = lines[k]!;
      if (l.role === 'blank') continue;
      if (l.role !== 'text') break;
      if (!endsSentence(l.text)) ws.push(l.width);
      else break;
    }
    if (ws.length === 0) return null;
    ws.sort((a, b) => a - b);
    return ws[Math.floor(ws.length / 2)]!;
  }
}

/** A line that opens an article's text: its dateline, or the mark of its rest from another page run in before it. */
export function opensText(line: Line): boolean {
  return line.role === 'dateline' || line.role === 'resume';
}

/** A jump line alone saying the article comes from another page (（上接第一版）): its headline, if any, is above. */
function fromPage(line: Line): boolean {
  return line.role === 'jump' && JUMP.exec(line.text)?.[1] === '接';
}

/** A mark Chinese typesetting never sets at the start of a line: a line opening with one was broken off the last. */
const OPENS_CLOSED = /^[，。、；：？！”’）》」』]/u;

/** True when a number or a word runs on from the end of one line into the next. */
function runsOn(a: string, b: string): boolean {
  return (/[0-9.]$/u.test(a) && /^[0-9.%]/u.test(b)) || OPENS_CLOSED.test(b) || wordCrosses(a, b);
}

/** True when a word runs on from the end of one line into the next (the line is mid-sentence body text). */
function wordCrosses(a: string, b: string): boolean {
  const tail = a.slice(-3);
  const head = b.slice(0, 3);
  let pos = 0;
  for (const w of cutWords(tail + head)) {
    if (pos < tail.length && pos + w.length > tail.length && w.length >= 2 && /^\p{sc=Han}+$/u.test(w)) return true;
    pos += w.length;
  }
  return false;
}
