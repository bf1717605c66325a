/**
 * Finding a run of a query as a contiguous phrase: the postings of the character pairs that cover it
 * (see tokenize.ts runCover), walked side by side. Browser-safe.
 */
import { countHits, pairHits, type DecodedPostings, type Hit } from './format.js';
import { runCover } from './tokenize.js';

/** Documents where the run occurs as a phrase, with the hits (start of each occurrence). */
export async function findPhrase(
  run: string,
  postings: (term: string) => Promise<DecodedPostings>,
): Promise<Map<number, Hit[]>> {
  const cover = runCover(run);
  const lists = await Promise.all(cover.map((c) => postings(c.term)));
  const out = new Map<number, Hit[]>();
  const first = lists[0]!;
  if ([...run].length === 1) {
    first.docs.forEach((doc, k) => out.set(doc, countHits(first, k)));
    return out;
  }
  // Walk the first list; the others (sorted by document too) advance alongside it.
  const at = lists.map(() => 0);
  next: for (let k = 0; k < first.docs.length; k++) {
    const doc = first.docs[k]!;
    const entries = [k];
    for (let i = 1; i < lists.length; i++) {
      const l = lists[i]!;
      let j = at[i]!;
      while (j < l.docs.length && l.docs[j]! < doc) j++;
      at[i] = j;
      if (l.docs[j] !== doc) continue next;
      entries.push(j);
    }
    const hits = pairHits(first, k);
    const others = lists.slice(1).map((l, i) => new Set(pairHits(l, entries[i + 1]!).map((h) => h.pos)));
    const found = hits.filter((h) => others.every((s, i) => s.has(h.pos + cover[i + 1]!.offset)));
    if (found.length) out.set(doc, found);
  }
  return out;
}
