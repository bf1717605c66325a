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
export function inverseFrequency(targets: readonly SimilarityTarget[]): (word: string) => number {
  const n = targets.length;
  const cache = new Map<string, number>();
  return (word) => {
    let w = cache.get(word);
    if (w === undefined) {
      const df = targets.filter((t) => t.body.includes(word)).length;
      w = Math.log(1 + (n + 1) / (df + 0.5));
      cache.set(word, w);
    }
    return w;
  };
}

/** How well a headline unit describes an article's body, about 0 (unrelated) to 1.5. */
export function similarity(
  unit: HeadUnit,
  target: SimilarityTarget,
  index: number,
  idf: (w: string) => number,
  officeOf: (label: string) => string | null,
): number {
  const parts = [unit.headline, unit.subhead].filter((p): p is string => Boolean(p));
  const text = parts.join('');
  // Note: a 引题 or 副题 often shares no words with the body; the best-matching line carries the block.
  const whole = coverage(text, target.body, idf);
  const best = Math.max(0, ...unit.lines.map((h) => coverage(h.line.text, target.body, idf)));
  let s = 0.6 * Math.max(whole, best) + 0.4 * whole;
  const common = longestCommonRun(text.replace(/\s/gu, ''), target.body);
  if (common >= 4) s += 0.25 * Math.min(1, common / Math.max(6, text.length));
  if (unit.kicker) {
    const office = officeOf(unit.kicker);
    if (office && target.offices.has(office)) s += 0.5;
    else if (target.body.includes(unit.kicker)) s += 0.3;
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
function coverage(text: string, body: string, idf: (w: string) => number): number {
  let total = 0;
  let found = 0;
  for (const w of new Set(contentWords(text))) {
    const weight = idf(w);
    total += weight;
    if (body.includes(w)) found += weight;
  }
  return total > 0 ? found / total : 0;
}
