/**
 * Stage: blocks. Rebuilds paragraphs from hard-wrapped column lines and sets apart the short lines
 * that stand alone (headlines, kickers, subheads).
 */
import { countHan, endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import { runInCredit } from './credit-forms.js';
import { brokenHeadline, headScore, leadsToDateline, nextNonBlank, type Reader } from './head-score.js';
import {
  BODY_END,
  RUN_IN_CREDIT,
  isShort,
  localWidths,
  opensText,
  opensWithParticle,
  runsOn,
  wordCrosses,
} from './line-signs.js';
import { endsWithPhotoCredit, PHOTO_CREDIT, type Line } from './lines.js';
import type { StageHints } from './structure.js';

export { ENUMERATED, opensText } from './line-signs.js';

/** A block of the page in reading order. */
export type Block =
  | { kind: 'para'; lines: Line[]; text: string }
  | { kind: 'head'; line: Line; blankBefore: boolean; maybe: boolean; alone?: boolean }
  | {
      kind: 'masthead' | 'byline' | 'signature' | 'caption' | 'pullquote' | 'elision' | 'jump' | 'folio';
      lines: Line[];
      text: string;
    };

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

  const r: Reader = { lines, widths };

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
      while (!endsSentence(parts.at(-1)!.text) && !endsWithPhotoCredit(parts.at(-1)!.raw) && parts.length < 4) {
        const { line: next } = nextNonBlank(lines, k);
        if (!next || next.role !== 'text' || next.width > widths[k]! * 1.5) break;
        k = lines.indexOf(next);
        parts.push(next);
      }
      // The photo's credit, set on a line of its own under the caption, is part of it.
      const { line: credit } = nextNonBlank(lines, k);
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
      // (A dateline with its credit alone on a line, 本报讯（记者 王一）, opens the text below it.)
      !(open.lines.length === 1 && tail.role === 'dateline') &&
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
      leadsToDateline(r, i);
    // So is a short unfinished line set alone between blank lines that runs on from nothing before it: a
    // column break falls after a full line, and a paragraph's last line ends a sentence.
    const alone =
      wasBlank &&
      nextNonBlank(lines, i).blank &&
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
    // A headline broken at its 、 or ， over lines goes on from the head line right above it.
    const last = blocks.at(-1);
    const brokenHead = !wasBlank && forced !== 'body' && last?.kind === 'head' && brokenHeadline(r, i);
    weight =
      !opensText(line) && forced !== 'body' && (!joins || headOfNext || alone) ? headScore(r, line, i, prevHead) : -1;
    if (brokenHead) weight = last.maybe ? 1 : 2;
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
}
