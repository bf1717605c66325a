/**
 * Pre-pass: blocks back in reading order. OCR and PDF extraction read a page's blocks in the wrong order
 * now and then: one article's text goes on after another article's first block. The text says where a
 * block belongs: a block that stops mid-sentence goes on in a block that opens mid-sentence, and the words
 * across the join read on (几|年前, 纪念|日, 公|司). Open ends and open starts are matched as one optimal
 * assignment; a block is only moved when the text after its natural neighbours does not read on.
 */
import { endsSentence } from '../text/chars.js';
import { assignMax } from './assign.js';
import { placeCreditsAfterText } from './credit-order.js';
import { regatherFirstLines } from './first-lines.js';
import type { Line } from './lines.js';
import { PHOTO_CREDIT } from './photo-credit.js';
import { splitInterleaved } from './interleaved-columns.js';
import { unweave } from './interleaved-lines.js';
import { BODY, Chains, headFirst, headsOnly, opensArticle, wordAcross, type Segment } from './reading-chains.js';
import {
  CREDIT_END,
  continues,
  finished,
  fragment,
  quoteTail,
  quotesTrusted,
  readsOn,
  restOf,
} from './reading-joins.js';

/** The least a join must score to move a block. */
const FLOOR = 0.8;
/**
 * What the page's own order scores, an open end followed by an open start: a move must beat it across the
 * whole page (two ends each reading on to the block after it outweigh one join of a word across elsewhere).
 */
const NATURAL = 0.6;

/**
 * Returns the page's lines with blocks that continue another block moved right after it. `textLayer`: the
 * lines are a PDF text layer's (see text-layer.ts).
 */
export function restoreReadingOrder(input: readonly Line[], textLayer = false): Line[] {
  const { lines, strays } = unweave(splitInterleaved(regatherFirstLines(placeCreditsAfterText(input))));
  const segs = segments(lines);
  if (segs.length < 3) return lines;
  const body = (s: Segment): number => localMeasure(lines, s);
  // (A line read in between another column's lines is an open end wherever it stands: see joinStrays.)
  const stray = (s: Segment): boolean =>
    (strays.has(lines[s.first]!) || lines[s.first]!.stray === true) && !endsSentence(lines[s.last]!.text);
  // (In a text layer, a block of head lines alone, a kicker over a headline, stops mid-sentence in no text.)
  const ends = segs.filter(
    (s) => (openEnd(lines, s, body(s)) && !(textLayer && headsOnly(lines, s, body(s)))) || stray(s),
  );
  // (In a text layer, a block opening with a head line, a subhead over its text, goes on from no text: see
  // headFirst. OCR breaks a paragraph's line short often enough that the sign is not sure there.)
  const starts = segs.filter((s) => openStart(lines, s) && !(textLayer && headFirst(lines, s, body(s))));
  if (!ends.length || !starts.length) return lines;
  const kept = quotesTrusted(lines, segs);
  const at = new Map(segs.map((s, i) => [s, i]));
  const chains = new Chains(lines, segs);
  // A line read in between another column's lines was set after its block: that is no place of its own.
  segs.forEach((s, i) => strays.has(lines[s.first]!) && chains.detach(i));
  // Whether an end reads on into the block after it, and a start on from the block before it: asked once
  // each, not once for every pair weighed (a page of thousands of blocks weighs millions of pairs).
  const nextReadsOn = new Map(
    ends.map((a) => {
      const n = segs[at.get(a)! + 1];
      return [a, !!n && openStart(lines, n) && continues(lines, a, n)];
    }),
  );
  const prevReadsOn = new Map(
    starts.map((b) => {
      const p = segs[at.get(b)! - 1];
      return [b, !!p && !endsSentence(lines[p.last]!.text) && continues(lines, p, b)];
    }),
  );
  const score = (a: Segment, b: Segment): number => {
    const n = segs[at.get(a)! + 1];
    const p = segs[at.get(b)! - 1];
    if (a === b || strays.has(lines[a.first]!)) return 0;
    // The page's own order is the likelier one: a move has to beat it (see NATURAL).
    // (A sentence never goes on in a block of head lines alone, a kicker over a headline: that order is none.)
    if (n === b) return continues(lines, a, b) ? NATURAL + 0.5 : headsOnly(lines, b, body(b)) ? 0 : NATURAL;
    // The natural neighbours read on: nothing to mend.
    if (nextReadsOn.get(a)) return 0;
    if (p !== a && prevReadsOn.get(b)) return 0;
    // Note: a tool misreads the order of blocks near one another; of two equal joins the nearer wins.
    const moved = readsOn(lines, a, b, p, kept) - 0.1 * Math.min(1, Math.abs(b.from - a.to) / 200);
    return moved >= FLOOR ? moved : 0;
  };
  const matrix = ends.map((a) => starts.map((b) => score(a, b)));
  const moved = new Set<number>();
  assignMax(matrix, NATURAL / 2).forEach((k, r) => {
    if (k < 0 || segs[at.get(ends[r]!)! + 1] === starts[k]) return;
    moved.add(at.get(starts[k]!)!);
    chains.link(at.get(ends[r]!)!, at.get(starts[k]!)!);
  });
  linkLeftovers(lines, segs, ends, starts, moved, chains);
  joinStrays(lines, segs, strays, chains);
  return chains.read();
}

/** Ends without a block to go on in and blocks without one before them, left over by the moves: matched on the join alone. */
function linkLeftovers(
  lines: readonly Line[],
  segs: readonly Segment[],
  ends: readonly Segment[],
  starts: readonly Segment[],
  moved: ReadonlySet<number>,
  chains: Chains,
): void {
  const at = new Map(segs.map((s, i) => [s, i]));
  const { succ, pred } = chains;
  const body = (s: Segment): number => localMeasure(lines, s);
  const dangling = ends.filter((a) => succ[at.get(a)!] === -1);
  // (A block after a moved one need not follow it: it may go on from an end the move left dangling. One
  // that cannot open a paragraph after a finished sentence is left over there as well.)
  const heads = starts.filter((b) => {
    const p = pred[at.get(b)!]!;
    return p === -1 || moved.has(p) || (restOf(lines, b) && finished(lines[segs[p]!.last]!.text));
  });
  if (dangling.length && heads.length) {
    // A text cut off mid-sentence by the next article or the page's end (its last line full) and a fragment
    // of a sentence are its two halves, even where no word runs across the join; a word across counts more.
    const cut = (a: Segment): boolean => {
      const n = segs[at.get(a)! + 1];
      // (So is one whose next block was moved away: that block went on from another text.)
      const away = n !== undefined && moved.has(at.get(n)!);
      return (n === undefined || away || headsArticle(lines, n)) && lines[a.last]!.width >= body(a) * 0.85;
    };
    // (A quotation's last line says less of where it goes than a clause cut off does: the nearer end wins.)
    const halves = (a: Segment, b: Segment): number =>
      !cut(a)
        ? 0
        : fragment(lines, b)
          ? 0.6
          : quoteTail(lines, b)
            ? 0.55 - 0.1 * Math.min(1, Math.abs(b.from - a.to) / 200)
            : 0;
    const second = dangling.map((a) =>
      heads.map((b) =>
        a === b || succ[at.get(b)!] === at.get(a)
          ? 0
          : wordAcross(lines[a.last]!.text, lines[b.first]!.text)
            ? 1
            : halves(a, b),
      ),
    );
    assignMax(second, 0.5).forEach((k, r) => {
      if (k >= 0) chains.link(at.get(dangling[r]!)!, at.get(heads[k]!)!);
    });
  }
}

/**
 * A line read in between another column's lines (see interleaved-lines.ts) is the first line of a column
 * whose rest is elsewhere on the page: still without a block to go on in, it goes on in the block after a
 * finished sentence (or after nothing) that a word of the dictionary runs into, the longest word first.
 */
function joinStrays(lines: readonly Line[], segs: readonly Segment[], strays: ReadonlySet<Line>, chains: Chains): void {
  const { succ, pred } = chains;
  segs.forEach((a, i) => {
    const first = lines[a.first]!;
    if (succ[i] !== -1 || !(strays.has(first) || first.stray) || endsSentence(lines[a.last]!.text)) return;
    let best = -1;
    let bestLength = 0;
    segs.forEach((b, k) => {
      const p = pred[k]!;
      if (k === i || !openStart(lines, b) || (p >= 0 && !endsSentence(lines[segs[p]!.last]!.text))) return;
      const length = wordAcross(lines[a.last]!.text, lines[b.first]!.text);
      if (length > bestLength) [best, bestLength] = [k, length];
    });
    if (best >= 0) chains.link(i, best);
  });
}

/**
 * A block surely headed as an article: a dateline or byline first, or head lines over one (a line that only
 * looks like a headline may be a paragraph's first line: then body text follows it).
 */
function headsArticle(lines: readonly Line[], s: Segment): boolean {
  if (!opensArticle(lines, s)) return false;
  const [first, second] = lines.slice(s.first, s.last + 1).filter((l) => l.role !== 'noise');
  if (first!.role !== 'text' || second === undefined) return true;
  return (
    second.role === 'dateline' || second.role === 'byline' || !(BODY.test(second.text) || endsSentence(second.text))
  );
}

/** The measure of body text around a block: the median width of the text lines near it. */
function localMeasure(lines: readonly Line[], s: Segment): number {
  const near = lines
    .slice(Math.max(0, s.from - 12), s.to + 13)
    .filter((l) => l.role === 'text' && /[，。]/u.test(l.text));
  const ws = near.map((l) => l.width).sort((a, b) => a - b);
  return ws[Math.floor(ws.length / 2)] ?? 0;
}

function segments(lines: readonly Line[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.role === 'blank') continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.role !== 'blank' && !datelineAfterEnd(lines, j + 1)) j++;
    // A photo's credit set over the text (王一/摄) stays where the photo is: a block of its own.
    let from = i;
    while (from < j && PHOTO_CREDIT.test(lines[from]!.raw.trim())) from++;
    if (from > i) out.push({ from: i, to: from - 1, first: i, last: from - 1 });
    let last = j;
    while (last > from && lines[last]!.role === 'noise') last--;
    out.push({ from, to: j, first: from, last });
    i = j;
  }
  return out;
}

/**
 * A dateline right under a finished sentence (or a credit closing a text, a photo's 摄）) opens a block of its own, blank line
 * or none: an export sets one article's first line right under another's last, but an article never goes on
 * after its dateline's line from the text above it, nor does a block moved with that text take the article.
 */
function datelineAfterEnd(lines: readonly Line[], i: number): boolean {
  const before = lines[i - 1]!.text;
  return (
    lines[i]!.role === 'dateline' && (endsSentence(before) || CREDIT_END.test(before) || /摄\s*[）)]$/u.test(before))
  );
}

/** A block that stops mid-sentence: body text whose last line does not end a sentence. */
function openEnd(lines: readonly Line[], s: Segment, body: number): boolean {
  const last = lines[s.last]!;
  if (last.role !== 'text' && last.role !== 'dateline') return false;
  if (endsSentence(last.text) || CREDIT_END.test(last.text)) return false;
  // A line alone is a headline unless it is body text set to the full measure, or a dateline: its text opens
  // on its line, and a line that ends no sentence there goes on (…电（记者 王一） 记者从有关部 / 门获悉，…). A
  // dateline alone (新华社北京7月4日电) ends nothing mid-sentence: its text may open on any line after it.
  const textAfterDateline = last.role === 'dateline' && !/[电讯]$/u.test(last.text.trim());
  return s.last > s.first || textAfterDateline || (BODY.test(last.text) && last.width >= body * 0.85);
}

/** A block that may open mid-sentence: body text (a lone line without body punctuation is a headline). */
function openStart(lines: readonly Line[], s: Segment): boolean {
  const first = lines[s.first]!;
  if (first.role !== 'text') return false;
  return s.last > s.first || BODY.test(first.text);
}
