/**
 * The finish of an index build, list by list: each term's postings as they now stand (the published list,
 * cut back where pages were taken out, then what this build added), where each lives (its shard, or files
 * of its own), and the files they make.
 */
import { cutPostings, dataScript, longListFile, writeNumber, type Shard } from '../search/format.js';
import { shardOf } from '../search/tokenize.js';
import type { IndexFile } from './indexer.js';
import type { PostingsView } from './postings.js';
import type { IndexState, PublishedIndex } from './published-index.js';

/** A term whose postings are longer than this gets a file of its own. */
const OWN_FILE_BYTES = 2_000;
/** No data file is larger than this (a long list comes in parts). */
const FILE_BYTES = 30_000;

/** A term's list as it now stands (from part `from` on, for a long list), and whether it lives in a shard. */
export interface GrownList {
  term: string;
  text: string;
  from: number;
  parts: number;
  small: boolean;
}

/** The lists that changed, and what the index state says of lists after them. */
export interface MergedLists {
  grown: GrownList[];
  /** Terms with files of their own: [parts, last document]. */
  long: Record<string, [number, number]>;
  /** Bytes of the lists kept in shards. */
  small: number;
  /** Published files of long lists that now have fewer parts. */
  gone: Set<string>;
}

/** Where the published index is added to: it, and the pages taken out at its end (their first document and terms). */
export interface Base {
  state: IndexState;
  published: PublishedIndex;
  cut: { doc: number; terms: Set<string> } | null;
}

/** Part files `from` to `to - 1` of a term's own postings. */
export function partFiles(term: string, from: number, to: number): string[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => `search/${longListFile(term, from + k)}.js`);
}

/** Every term with new entries or cut back, merged with what the published index holds of it (`base`). */
export function mergeLists(lists: PostingsView, base: Base | null): MergedLists {
  const cut = base?.cut ?? null;
  const long: Record<string, [number, number]> = { ...base?.state.long };
  const gone = new Set<string>();
  const grown: GrownList[] = [];
  let small = base?.state.small ?? 0;
  const size = (term: string, text: string): number => term.length + text.length + 6;
  for (const term of [...new Set([...lists.terms(), ...(cut?.terms ?? [])])].sort()) {
    const list = lists.has(term);
    let before = '';
    let last = 0;
    let from = 0;
    const wasLong = base ? long[term] : undefined;
    const cutting = cut?.terms.has(term) ?? false;
    if (wasLong && !cutting) {
      // Only the last part of a long list changes (and parts are added after it).
      from = wasLong[0] - 1;
      before = base!.published.file<string>(`search/${longListFile(term, from)}.js`);
      last = wasLong[1];
    } else if (wasLong) {
      const whole = partFiles(term, 0, wasLong[0])
        .map((f) => base!.published.file<string>(f))
        .join('');
      ({ text: before, last } = cutPostings(whole, cut!.doc));
    } else if (base) {
      const was = base.published.shardEntry(term, base.state.shards);
      if (was) small -= size(term, was);
      ({ text: before, last } = cutPostings(was, cutting ? cut!.doc : Infinity));
    }
    const text = list ? before + writeNumber(lists.first(term) - last) + lists.text(term) : before;
    // A long list that was only added to is still long; any other is as long as its whole text.
    const isSmall = !(wasLong && !cutting) && text.length <= OWN_FILE_BYTES;
    const parts = isSmall ? 0 : from + Math.ceil(text.length / FILE_BYTES);
    if (wasLong) for (const f of partFiles(term, parts, wasLong[0])) gone.add(f);
    delete long[term];
    if (!text) {
      grown.push({ term, text, from, parts: 0, small: true });
      continue;
    }
    if (isSmall) small += size(term, text);
    else long[term] = [parts, list ? lists.last(term) : last];
    grown.push({ term, text, from, parts, small: isSmall });
  }
  return { grown, long, small, gone };
}

/**
 * The files the grown lists make: the parts of long lists, then the shards that change (all of them for
 * a whole index, else those of the grown terms, taken from the published index and changed).
 */
export function listFiles(
  grown: readonly GrownList[],
  shardCount: number,
  published: PublishedIndex | null,
): IndexFile[] {
  const files: IndexFile[] = [];
  const changed = new Map<number, Shard>();
  if (!published) for (let n = 0; n < shardCount; n++) changed.set(n, {});
  for (const g of grown) {
    const n = shardOf(g.term, shardCount);
    const shard = changed.get(n) ?? published!.shard(n);
    const value = !g.text ? undefined : g.small ? g.text : `@${g.parts}`;
    if (shard[g.term] !== value) {
      if (value === undefined) delete shard[g.term];
      else shard[g.term] = value;
      changed.set(n, shard);
    }
    if (!g.small)
      for (let k = g.from; k < g.parts; k++)
        files.push({
          path: `search/${longListFile(g.term, k)}.js`,
          content: dataScript(
            longListFile(g.term, k),
            g.text.slice((k - g.from) * FILE_BYTES, (k - g.from + 1) * FILE_BYTES),
          ),
        });
  }
  for (const [n, shard] of changed) {
    // Terms in sorted order, whichever way the shard was made.
    const sorted = Object.fromEntries(
      Object.keys(shard)
        .sort()
        .map((t) => [t, shard[t]!]),
    );
    files.push({ path: `search/shard-${n}.js`, content: dataScript(`shard-${n}`, sorted) });
  }
  return files;
}
