/**
 * How well a headline unit describes an article's body: shared content words weighted by how rare they are
 * across the page, a long common run, and the kicker's office named in the body.
 */
import { contentWords } from '../text-node/words.js';
import type { HeadUnit } from './head-units.js';

/** The text of an article as the similarity measure reads it. */
export interface SimilarityTarget {
  body: string;
  /** Office names (canonical and aliases) mentioned in the body. */
  offices: Set<string>;
}

/** Weight of a word by how few of the page's articles use it. */
function inverseFrequency(
  targets: readonly SimilarityTarget[],
  holding: (piece: string) => readonly number[],
): (word: string) => number {
  const n = targets.length;
  const cache = new Map<string, number>();
  return (word) => {
    let w = cache.get(word);
    if (w === undefined) {
      // (Only a body that holds the word's first pair, or its one digit, can hold the word.)
      const df = holding(word.slice(0, 2)).filter((t) => targets[t]!.body.includes(word)).length;
      w = Math.log(1 + (n + 1) / (df + 0.5));
      cache.set(word, w);
    }
    return w;
  };
}

/**
 * How well each headline unit describes each article (see similarity), for one page's articles. A body that
 * holds none of the unit's pairs of characters shares no word, no run and no kicker with it, so only its
 * office and its place are weighed: a page of thousands of heads and bodies costs no pairs of texts compared
 * beyond those that share something. Each text is cut into words once.
 */
export function headScorer(
  targets: readonly SimilarityTarget[],
  officeOf: (label: string) => string | null,
): (unit: HeadUnit, index: number) => number {
  const pairs = new Map<string, number[]>();
  targets.forEach(({ body }, t) => {
    for (let i = 0; i < body.length; i++)
      for (const piece of [body.slice(i, i + 2), body[i]!]) {
        if (piece.length === 1 && !/\d/u.test(piece)) continue;
        const ts = pairs.get(piece) ?? pairs.set(piece, []).get(piece)!;
        if (ts.at(-1) !== t) ts.push(t);
      }
  });
  const holding = (piece: string): readonly number[] => pairs.get(piece) ?? [];
  const idf = inverseFrequency(targets, holding);
  const cut = new Map<string, string[]>();
  const words = (text: string): string[] => cut.get(text) ?? cut.set(text, contentWords(text)).get(text)!;
  const near = new WeakMap<HeadUnit, Set<number> | null>();
  const sharing = (unit: HeadUnit): Set<number> | null => {
    if (near.has(unit)) return near.get(unit)!;
    const texts = [unit.headline, unit.subhead, unit.kicker, ...unit.lines.map((h) => h.line.text)];
    const pieces = texts.filter((x): x is string => Boolean(x)).flatMap((x) => [x, x.replace(/\s/gu, '')]);
    // (A kicker of one character has no pair: any body may hold it.)
    const out = unit.kicker?.length === 1 ? null : new Set<number>();
    for (const x of out ? pieces : [])
      for (let i = 0; i < x.length; i++) {
        for (const t of holding(x.slice(i, i + 2))) out!.add(t);
        if (/\d/u.test(x[i]!)) for (const t of holding(x[i]!)) out!.add(t);
      }
    near.set(unit, out);
    return out;
  };
  return (unit, index) => {
    const shared = sharing(unit);
    return similarity(unit, targets[index]!, index, idf, officeOf, words, !shared || shared.has(index));
  };
}

/** How well a headline unit describes an article's body, about 0 (unrelated) to 1.5. */
function similarity(
  unit: HeadUnit,
  target: SimilarityTarget,
  index: number,
  idf: (w: string) => number,
  officeOf: (label: string) => string | null,
  words: (text: string) => string[],
  shares: boolean,
): number {
  const parts = [unit.headline, unit.subhead].filter((p): p is string => Boolean(p));
  const text = parts.join('');
  // Note: a 引题 or 副题 often shares no words with the body; the best-matching line carries the block.
  const whole = shares ? coverage(words(text), target.body, idf) : 0;
  const best = shares ? Math.max(0, ...unit.lines.map((h) => coverage(words(h.line.text), target.body, idf))) : 0;
  let s = 0.6 * Math.max(whole, best) + 0.4 * whole;
  const common = shares ? longestCommonRun(text.replace(/\s/gu, ''), target.body) : 0;
  if (common >= 4) s += 0.25 * Math.min(1, common / Math.max(6, text.length));
  if (unit.kicker) {
    const office = officeOf(unit.kicker);
    if (office && target.offices.has(office)) s += 0.5;
    else if (shares && target.body.includes(unit.kicker)) s += 0.3;
    if (!unit.headline) s += 0.1;
  }
  if (unit.lines.at(-1)!.before === index) s += 0.12;
  return s;
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let len = best + 1; i + len <= a.length; len++) {
      if (b.includes(a.slice(i, i + len))) best = len;
      else break;
    }
  }
  return best;
}

/** Share of a text's content words (weighted by rarity across the page) that the body also uses. */
function coverage(words: readonly string[], body: string, idf: (w: string) => number): number {
  let total = 0;
  let found = 0;
  for (const w of new Set(words)) {
    const weight = idf(w);
    total += weight;
    if (body.includes(w)) found += weight;
  }
  return total > 0 ? found / total : 0;
}
