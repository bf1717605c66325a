/**
 * Article ids under structure corrections: an article keeps the id it has without them when it starts
 * where that one did (or shares most of its lines), so field corrections and links keep to it; an article
 * the corrections made anew gets the next number.
 */
import type { LineOwner } from './line-owners.js';
import type { Article } from './types.js';

/** Gives `articles` (parsed with corrections) the ids of `base` (parsed without) they continue. */
export function keepIds(
  articles: Article[],
  owners: readonly LineOwner[],
  base: readonly Article[],
  baseOwners: readonly LineOwner[],
  prefix: string,
): void {
  const linesOf = (os: readonly LineOwner[], count: number): number[][] => {
    const out: number[][] = Array.from({ length: count }, () => []);
    for (const o of os) if (o.article !== null) out[o.article]!.push(o.n);
    return out;
  };
  const mine = linesOf(owners, articles.length);
  const theirs = linesOf(baseOwners, base.length);
  const ownerOf = new Map(owners.filter((o) => o.article !== null).map((o) => [o.n, o.article!]));
  const named = new Map<number, string>();
  const used = new Set<number>();
  // First, where each article of the plain parse started (its first body line) decides.
  base.forEach((b, k) => {
    const anchor = baseOwners.find((o) => o.article === k && (o.part === 'body' || o.part === 'dateline'))?.n;
    const i = anchor === undefined ? undefined : ownerOf.get(anchor);
    if (i !== undefined && !named.has(i)) {
      named.set(i, b.id);
      used.add(k);
    }
  });
  // Then the most lines shared.
  articles.forEach((_, i) => {
    if (named.has(i)) return;
    const set = new Set(mine[i]);
    let best = -1;
    let most = 0;
    theirs.forEach((ls, k) => {
      if (used.has(k)) return;
      const shared = ls.filter((n) => set.has(n)).length;
      if (shared > most) [best, most] = [k, shared];
    });
    if (best >= 0) {
      named.set(i, base[best]!.id);
      used.add(best);
    }
  });
  const taken = new Set([...named.values(), ...base.map((b) => b.id)]);
  let next = base.length;
  articles.forEach((a, i) => {
    let id = named.get(i);
    while (id === undefined || (taken.has(id) && named.get(i) !== id)) id = `${prefix}-${++next}`;
    taken.add(id);
    a.id = id;
  });
}
