/**
 * Scores a parse of an OCR'd or PDF-extracted test page against its expected parse, the way the project's
 * real-page scorer does (score-real.py): headline hits (the kicker + headline + subhead block accepted),
 * byline hits (reporters and correspondents, each name nearly right), and how well the article counts
 * agree. Text is compared leniently (difflib's ratio), since OCR changes characters.
 */

/** What a scored article needs: the contract's fields, as a parse or an expected.json gives them. */
export interface ScoredArticle {
  headline?: string | null;
  kicker?: string | null;
  subhead?: string | null;
  reporters?: readonly string[];
  correspondents?: readonly string[];
}

/** One page's score and its parts, each 0..1. */
export interface PageScore {
  headlineHit: number;
  bylineHit: number;
  countAgreement: number;
  score: number;
  articles: number;
  expected: number;
  missed: string[];
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '');
const block = (a: ScoredArticle): string => norm(a.kicker) + norm(a.headline) + norm(a.subhead);

/** Scores one page: the mean of headline hits, byline hits and count agreement. */
export function scorePage(expected: readonly ScoredArticle[], parsed: readonly ScoredArticle[]): PageScore {
  const items = expected.filter((g) => g.headline);
  let hits = 0;
  let bylines = 0;
  const missed: string[] = [];
  for (const g of items) {
    const closeness = (p: ScoredArticle): number =>
      Math.max(ratio(p.headline, g.headline), ratio(block(p), g.headline), ratio(block(p), block(g)));
    let best: ScoredArticle | undefined;
    let bestScore = -1;
    for (const p of parsed) {
      const c = closeness(p);
      if (c > bestScore) [best, bestScore] = [p, c];
    }
    const ok = best !== undefined && bestScore >= 0.8;
    if (!ok) missed.push(norm(g.headline));
    hits += Number(ok);
    bylines += Number(
      ok && namesMatch(best?.reporters, g.reporters) && namesMatch(best?.correspondents, g.correspondents),
    );
  }
  const k = items.length || 1;
  const countAgreement = Math.min(parsed.length, expected.length) / Math.max(parsed.length, expected.length, 1);
  const headlineHit = hits / k;
  const bylineHit = bylines / k;
  return {
    headlineHit,
    bylineHit,
    countAgreement,
    score: (headlineHit + bylineHit + countAgreement) / 3,
    articles: parsed.length,
    expected: expected.length,
    missed,
  };
}

/** Names agree in number and order, each at ratio ≥ 0.67 (one wrong character in a three-character name passes). */
function namesMatch(got: readonly string[] | undefined, want: readonly string[] | undefined): boolean {
  const g = got ?? [];
  const w = want ?? [];
  return g.length === w.length && g.every((x, i) => ratio(x, w[i]) >= 0.67);
}

/** difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() on whitespace-free text. */
export function ratio(a: string | null | undefined, b: string | null | undefined): number {
  const x = [...norm(a)];
  const y = [...norm(b)];
  if (!x.length && !y.length) return 1;
  return (2 * matchingChars(x, y)) / (x.length + y.length);
}

/** Characters in difflib's matching blocks: the longest common run, then the same on each side of it. */
function matchingChars(a: readonly string[], b: readonly string[]): number {
  const positions = new Map<string, number[]>();
  b.forEach((ch, j) => {
    const list = positions.get(ch);
    if (list) list.push(j);
    else positions.set(ch, [j]);
  });
  let total = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, size] = longestMatch(a, positions, alo, ahi, blo, bhi);
    if (!size) continue;
    total += size;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + size < ahi && j + size < bhi) queue.push([i + size, ahi, j + size, bhi]);
  }
  return total;
}

/** difflib's find_longest_match without junk: the earliest longest common run in a[alo:ahi], b[blo:bhi]. */
function longestMatch(
  a: readonly string[],
  positions: Map<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let bestI = alo;
  let bestJ = blo;
  let bestSize = 0;
  let runs = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of positions.get(a[i]!) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (runs.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestSize) [bestI, bestJ, bestSize] = [i - k + 1, j - k + 1, k];
    }
    runs = next;
  }
  return [bestI, bestJ, bestSize];
}
