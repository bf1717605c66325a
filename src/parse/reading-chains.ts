/**
 * The reading-order pass's chains: the page's blocks linked in reading order, first as the page has them,
 * then relinked where a block goes on in another (see reading-order.ts).
 */
import { endsSentence } from '../text/chars.js';
import { cutKnownWords } from '../text-node/words.js';
import type { Line } from './line.js';

/** A run of printed lines between blank lines: `from`..`to` (inclusive) index the page's lines. */
export interface Segment {
  from: number;
  to: number;
  /** The first line of its text, and the last (before OCR specks). */
  first: number;
  last: number;
}

/** Body punctuation: a line with it is text, never a headline. */
export const BODY = /[，。、；：,;:]/u;

/**
 * The page's blocks (by index) as chains in reading order: each block's successor and predecessor (-1:
 * none), first as the page has them, then relinked where a block goes on in another.
 */
export class Chains {
  readonly succ: number[];
  readonly pred: number[];
  readonly #lines: readonly Line[];
  readonly #segs: readonly Segment[];

  constructor(lines: readonly Line[], segs: readonly Segment[]) {
    this.#lines = lines;
    this.#segs = segs;
    this.succ = segs.map((_, i) => (i + 1 < segs.length ? i + 1 : -1));
    this.pred = segs.map((_, i) => i - 1);
    // A block that opens an article (a headline, a dateline) starts a chain of its own: laid out where the
    // page has it, whatever moved before it.
    segs.forEach((s, i) => {
      if (i > 0 && opensArticle(lines, s)) {
        this.succ[i - 1] = -1;
        this.pred[i] = -1;
      }
    });
  }

  /** Block `i` leaves its chain, which closes over the gap: the block before it goes on in the block after. */
  detach(i: number): void {
    const { succ, pred } = this;
    const [p, n] = [pred[i]!, succ[i]!];
    if (p >= 0) succ[p] = n;
    if (n >= 0) pred[n] = p;
    succ[i] = -1;
    pred[i] = -1;
  }

  /** Block `b` goes on from block `a`: each leaves the chain it was linked in there. */
  link(a: number, b: number): void {
    const { succ, pred } = this;
    const oldNext = succ[a]!;
    const oldPrev = pred[b]!;
    const bNext = succ[b]!;
    if (oldNext >= 0 && pred[oldNext] === a) pred[oldNext] = -1;
    if (oldPrev >= 0 && succ[oldPrev] === b) succ[oldPrev] = -1;
    succ[a] = b;
    pred[b] = a;
    if (oldPrev >= 0 && succ[oldPrev] === -1 && bNext >= 0 && pred[bNext] === b && this.#astray(oldPrev, b, bNext)) {
      succ[b] = -1;
      succ[oldPrev] = bNext;
      pred[bNext] = oldPrev;
    }
    // A block moved before the text it goes on from: that text now opens its chain (no cycle).
    for (let k = b, steps = 0; k >= 0 && steps <= this.#segs.length; k = succ[k]!, steps++) {
      if (succ[k] === a && k !== a) {
        succ[k] = -1;
        pred[a] = -1;
        break;
      }
    }
  }

  /**
   * A block that ends its sentence, taken from between two paragraphs, was one block set astray: the text it
   * stood in goes on after the gap it leaves (…元。 / [the block] / “儿女…), and its own text ends with it.
   */
  #astray(before: number, b: number, after: number): boolean {
    const lines = this.#lines;
    const segs = this.#segs;
    return (
      endsSentence(lines[segs[b]!.last]!.text) &&
      endsSentence(lines[segs[before]!.last]!.text) &&
      !opensArticle(lines, segs[after]!)
    );
  }

  /** The page's lines: those before the first block, then each chain from its head, then any block left. */
  read(): Line[] {
    const lines = this.#lines;
    const segs = this.#segs;
    const out: Line[] = [];
    const done = new Set<number>();
    const emit = (i: number): void => {
      for (let k = i; k >= 0 && !done.has(k); k = this.succ[k]!) {
        done.add(k);
        const s = segs[k]!;
        const upTo = k + 1 < segs.length ? segs[k + 1]!.from : lines.length;
        out.push(...lines.slice(s.from, upTo));
      }
    };
    if (segs[0]!.from > 0) out.push(...lines.slice(0, segs[0]!.from));
    segs.forEach((_, i) => {
      if (this.pred[i] === -1) emit(i);
    });
    segs.forEach((_, i) => emit(i));
    return out;
  }
}

/** A block that opens an article: a dateline or byline first, or a lone line that is no sentence (a headline). */
export function opensArticle(lines: readonly Line[], s: Segment): boolean {
  const first = lines[s.first]!;
  if (first.role === 'dateline' || first.role === 'byline') return true;
  return first.role === 'text' && !BODY.test(first.text) && !endsSentence(first.text) && first.text.length <= 30;
}

/** The length of the dictionary word jieba cuts across the end of `a` and the start of `b`, or 0. */
export function wordAcross(a: string, b: string): number {
  const tail = a.slice(-4);
  const head = b.slice(0, 4);
  let pos = 0;
  for (const w of cutKnownWords(tail + head)) {
    if (pos < tail.length && pos + w.length > tail.length && w.length >= 2 && /^\p{sc=Han}+$/u.test(w))
      // (多 or 余 after a number is the number's, 1400多 / 名: it starts no word, 多|年 reads nothing across.)
      return pos === tail.length - 1 && /[0-9][多余]$/u.test(tail) ? 0 : w.length;
    pos += w.length;
  }
  return 0;
}

/**
 * A block whose first line is a head line over its text: short (under 0.6 of the measure around), no mark of
 * running text in it, no sentence's end and no number the export broke (9 月 1) at its end, with more lines
 * under it. Running text never stops so short but at a paragraph's end, which a mark closes: the line is a
 * subhead (or a headline) set over the text, and the block goes on from no other block.
 */
export function headFirst(lines: readonly Line[], s: Segment, measure: number): boolean {
  const first = lines[s.first]!;
  if (s.last === s.first || first.role !== 'text' || measure <= 0) return false;
  const text = first.text;
  return (
    !BODY.test(text) &&
    !endsSentence(text) &&
    !/[0-9]$/u.test(text) &&
    !/^[，。、；：？！”’）》]/u.test(text) &&
    /\p{sc=Han}.*\p{sc=Han}/u.test(text) &&
    first.width <= measure * 0.6
  );
}

/**
 * A block ending in head lines alone: two or three short lines (under 0.6 of the measure around), no mark of running
 * text in any, none ending a sentence or on a number the export broke. A kicker over its headline, or a
 * headline wrapped, which a text layer sets apart from the text under it: no sentence runs on out of it.
 */
export function headsOnly(lines: readonly Line[], s: Segment, measure: number): boolean {
  // (The text lines at the block's end: the page's strip may stand over them with no blank line between.)
  let first = s.last;
  while (first > s.first && lines[first - 1]!.role === 'text') first--;
  const block = lines.slice(first, s.last + 1);
  return (
    block.length >= 2 &&
    block.length <= 3 &&
    measure > 0 &&
    block.every(
      (l) =>
        l.role === 'text' &&
        !BODY.test(l.text) &&
        !endsSentence(l.text) &&
        !/[0-9]$/u.test(l.text) &&
        /\p{sc=Han}.*\p{sc=Han}/u.test(l.text) &&
        l.width <= measure * 0.6,
    )
  );
}
