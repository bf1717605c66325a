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
    if (pos < tail.length && pos + w.length > tail.length && w.length >= 2 && /^\p{sc=Han}+$/u.test(w)) return w.length;
    pos += w.length;
  }
  return 0;
}
