/**
 * The search engine: one code path for the browser and the `baoku search` CLI, over the same files.
 * A query's runs must each occur as a contiguous phrase; ranking is BM25F with field weights, a bonus for
 * hits that line up with word boundaries and for runs close together, then newer first. Browser-safe.
 */
import { codeLength, countHits, longListFile, pairHits, readCode, readPostings, type DocInfo, type Facts, type Hit, type Manifest, type Postings, type ReporterTable, type Shard, type Suggestions } from './format.js';
import { FIELD_WEIGHTS, queryRuns, runCover, shardOf } from './tokenize.js';

/** Loads a data file of the index by name (`manifest`, `facts`, `shard-3`, `t-1z_5k-0`, `doc-0`). */
export type Loader = (name: string) => Promise<unknown>;

/** A search request. */
export interface Query {
  q: string;
  office?: string | undefined;
  reporter?: string | undefined;
  month?: string | undefined;
  sort?: 'relevance' | 'date' | undefined;
}

/** One matching article, by its document number (oldest first: see format.ts). */
export interface Match {
  doc: number;
  score: number;
}

/** The answer to a query. Reporter counts are asked for separately (`reporterFacet`): they need their own file. */
export interface Answer {
  runs: string[];
  matches: Match[];
  facets: { office: [string, number][]; month: [string, number][] };
}

/** A piece of a snippet: text, and whether it is a hit. */
export interface Piece {
  text: string;
  hit: boolean;
}

const K1 = 1.2;
const B = 0.75;

/** Opens an index through a loader. */
export async function openIndex(loadFile: Loader) {
  // Each file is asked for once, however many terms share it.
  const files = new Map<string, Promise<unknown>>();
  const load: Loader = (name) => {
    let p = files.get(name);
    if (!p) files.set(name, (p = loadFile(name)));
    return p;
  };
  const manifest = (await load('manifest')) as Manifest;
  const once = <T>(fn: () => Promise<T>): (() => Promise<T>) => {
    let p: Promise<T> | null = null;
    return () => (p ??= fn());
  };
  const facts = once(async () => {
    const f = (await load('facts')) as Facts;
    const n = manifest.docCount;
    const offices = new Int32Array(n);
    const lengths = new Float64Array(n);
    const months = new Int32Array(n).fill(-1);
    for (let d = 0; d < n; d++) {
      offices[d] = readCode(f.offices, d * f.officeWidth, f.officeWidth) - 1;
      lengths[d] = codeLength(readCode(f.lengths, d, 1));
    }
    manifest.monthStarts.forEach((start, m) => months.fill(m, start, m ? manifest.monthStarts[m - 1] : n));
    return { offices, lengths, months };
  });
  const reporters = once(async () => {
    const t = (await load('reporters')) as ReporterTable;
    return t.reporters.split(',').map((codes) => Array.from({ length: codes.length / t.width }, (_, k) => readCode(codes, k * t.width, t.width)));
  });
  const cache = new Map<string, Promise<Postings>>();
  const postings = (term: string): Promise<Postings> => {
    let p = cache.get(term);
    if (!p) {
      p = (async () => {
        let text = ((await load(`shard-${shardOf(term, manifest.shards)}`)) as Shard)[term] ?? '';
        if (text.startsWith('@')) text = ((await Promise.all(Array.from({ length: Number(text.slice(1)) }, (_, k) => load(longListFile(term, k))))) as string[]).join('');
        return readPostings(text);
      })();
      cache.set(term, p);
    }
    return p;
  };
  const chunks = new Map<number, Promise<DocInfo[]>>();

  /** Documents where the run occurs as a phrase, with the hits (start of each occurrence). */
  async function phrase(run: string): Promise<Map<number, Hit[]>> {
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

  async function search(query: Query): Promise<Answer> {
    const runs = queryRuns(query.q);
    const office = query.office ? manifest.offices.indexOf(query.office) : null;
    const reporter = query.reporter ? manifest.reporters.indexOf(query.reporter) : null;
    const month = query.month ? manifest.months.indexOf(query.month) : null;
    const [table, byReporter, found] = await Promise.all([facts(), reporter === null ? null : reporters(), Promise.all(runs.map(phrase))]);
    const passes = (d: number): boolean =>
      (office === null || table.offices[d] === office) && (byReporter === null || byReporter[d]!.includes(reporter!)) && (month === null || table.months[d] === month);

    let matches: Match[];
    if (!runs.length) {
      matches = [];
      for (let doc = 0; doc < manifest.docCount; doc++) if (passes(doc)) matches.push({ doc, score: 0 });
    } else {
      const candidates = [...found[0]!.keys()].filter((d) => found.every((f) => f.has(d)) && passes(d));
      const n = manifest.docCount;
      matches = candidates.map((doc) => {
        let score = 0;
        found.forEach((f) => {
          const df = f.size;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          let tf = 0;
          for (const h of f.get(doc)!) tf += FIELD_WEIGHTS[h.field]! * (h.wordStart ? 1.25 : 1) * (h.count ?? 1);
          score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * table.lengths[doc]!) / manifest.avgLength));
        });
        score += proximity(found.map((f) => f.get(doc)!), runs);
        return { doc, score: Math.round(score * 1e4) / 1e4 };
      });
    }
    // Higher document numbers are newer: that is the date order, and the tie-break for relevance.
    matches.sort(query.sort === 'date' ? (a, b) => b.doc - a.doc : (a, b) => b.score - a.score || b.doc - a.doc);
    const count = (names: string[], of: Int32Array): [string, number][] => tally(matches.map((m) => [of[m.doc]!]), names);
    return { runs, matches, facets: { office: count(manifest.offices, table.offices), month: count(manifest.months, table.months) } };
  }

  /** How many of the matches each reporter wrote (loads the reporter table). */
  async function reporterFacet(matches: readonly Match[]): Promise<[string, number][]> {
    const table = await reporters();
    return tally(matches.map((m) => table[m.doc]!), manifest.reporters);
  }

  /**
   * Keywords of the archive to offer for a query (loaded only when asked): those containing the whole
   * query first, then those containing the longest pieces of it, most used first.
   */
  async function suggest(q: string, limit = 8): Promise<string[]> {
    const words = (await load('suggest')) as Suggestions;
    const query = queryRuns(q).join('');
    const chars = [...query];
    const out: string[] = [];
    for (let len = chars.length; len >= 2 && out.length < limit; len--) {
      for (let at = 0; at + len <= chars.length && out.length < limit; at++) {
        const piece = chars.slice(at, at + len).join('');
        for (const [word] of words) {
          if (out.length >= limit) break;
          if (word.includes(piece) && !out.includes(word)) out.push(word);
        }
      }
    }
    return out;
  }

  /** The stored facts of a document (loaded in chunks, for the results on screen). */
  async function info(doc: number): Promise<DocInfo> {
    const k = Math.floor(doc / manifest.docsPerChunk);
    let c = chunks.get(k);
    if (!c) chunks.set(k, (c = load(`doc-${k}`) as Promise<DocInfo[]>));
    return (await c)[doc % manifest.docsPerChunk]!;
  }

  /** The article id of every match (from the display data: only callers that want ids need it). */
  async function idsOf(matches: readonly Match[]): Promise<string[]> {
    return Promise.all(matches.map(async (m) => (await info(m.doc)).id));
  }

  return { manifest, search, info, reporterFacet, idsOf, suggest };
}

/** Counts values over documents, most frequent first (ties by name order), skipping -1 (none). */
function tally(values: readonly (ArrayLike<number>)[], names: readonly string[]): [string, number][] {
  const c = new Map<number, number>();
  for (const vs of values) for (let i = 0; i < vs.length; i++) if (vs[i]! >= 0) c.set(vs[i]!, (c.get(vs[i]!) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v, n]) => [names[v]!, n]);
}

/** Runs that occur close together in the text add a little to the score. */
function proximity(hits: Hit[][], runs: string[]): number {
  // Single characters are stored without positions: no proximity for them.
  if (hits.length < 2 || hits.some((h) => h.some((x) => x.pos < 0))) return 0;
  let bonus = 0;
  for (let i = 1; i < hits.length; i++) {
    let best = Infinity;
    for (const a of hits[i - 1]!) for (const b of hits[i]!) best = Math.min(best, Math.abs(b.pos - a.pos - [...runs[i - 1]!].length));
    bonus += 1 / (1 + best / 8);
  }
  return bonus;
}

/** A snippet of the document around its first hit, with every hit in it marked. */
export function snippet(info: DocInfo, runs: readonly string[], width = 80): Piece[] {
  const fields = info.fields;
  // Prefer the body (last field), then any other field, for the window.
  const order = [fields.length - 1, ...fields.map((_, i) => i).slice(0, -1)];
  for (const f of order) {
    const text = fields[f] ?? '';
    const spans = findSpans(text, runs);
    if (!spans.length && runs.length) continue;
    const start = spans.length ? Math.max(0, spans[0]![0] - Math.floor(width / 3)) : 0;
    const end = Math.min(text.length, start + width);
    const pieces: Piece[] = [];
    let at = start;
    for (const [s, e] of spans) {
      if (e <= start || s >= end) continue;
      if (s > at) pieces.push({ text: text.slice(at, s), hit: false });
      pieces.push({ text: text.slice(Math.max(s, at), e), hit: true });
      at = e;
    }
    if (at < end) pieces.push({ text: text.slice(at, end), hit: false });
    if (start > 0) pieces.unshift({ text: '…', hit: false });
    if (end < text.length) pieces.push({ text: '…', hit: false });
    return pieces;
  }
  return [{ text: (fields.at(-1) ?? '').slice(0, width), hit: false }];
}

/** Where the runs occur in a displayed text, as [start, end) in its own indexes, sorted and merged. */
export function findSpans(text: string, runs: readonly string[]): [number, number][] {
  const chars: string[] = [];
  const source: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const n of ch.normalize('NFKC').toLowerCase()) {
      chars.push(n);
      source.push(i);
    }
    i += ch.length;
  }
  const hay = chars.join('');
  const spans: [number, number][] = [];
  for (const run of runs) {
    if (!run) continue;
    let from = 0;
    for (;;) {
      const at = hay.indexOf(run, from);
      if (at < 0) break;
      // `hay` indexes UTF-16 units of the normalised characters; map them back through the char list.
      const startChar = charIndex(chars, at);
      const endChar = charIndex(chars, at + run.length) - 1;
      const s = source[startChar]!;
      const e = source[endChar]! + (text.codePointAt(source[endChar]!)! > 0xffff ? 2 : 1);
      spans.push([s, e]);
      from = at + run.length;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

function charIndex(chars: readonly string[], unit: number): number {
  let u = 0;
  for (let c = 0; c < chars.length; c++) {
    if (u >= unit) return c;
    u += chars[c]!.length;
  }
  return chars.length;
}
