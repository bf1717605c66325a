/**
 * The search engine: one code path for the browser and the `baoku search` CLI, over the same files.
 * A query's runs must each occur as a contiguous phrase; ranking is BM25F with field weights, a bonus for
 * hits that line up with word boundaries and for runs close together, then newer first. Browser-safe.
 */
import type { DocInfo, Hit, Manifest } from './format.js';
import { once, openIndexFiles, type DocTables, type IndexFiles, type Loader } from './index-files.js';
import { findPhrase } from './phrase.js';
import { indexSuggestions, suggestFor } from './suggest.js';
import { FIELD_WEIGHTS, queryRuns } from './tokenize.js';

export type { Loader } from './index-files.js';

/** A search request. */
export interface Query {
  q: string;
  office?: string | undefined;
  reporter?: string | undefined;
  month?: string | undefined;
  /** Months (YYYY-MM) the articles must fall within, either end open; an undated article falls in none. */
  from?: string | undefined;
  to?: string | undefined;
  /** `date`: newest first; `oldest`: oldest first. */
  sort?: 'relevance' | 'date' | 'oldest' | undefined;
}

/** One matching article, by its document number (oldest first: see format.ts). */
export interface Match {
  doc: number;
  score: number;
}

/** The answer to a query. Reporter counts are asked for separately (`reporterFacet`): they need their own file. */
export interface Answer {
  runs: string[];
  /** The query was longer than MAX_QUERY_CHARS: only its start was searched. */
  cut: boolean;
  matches: Match[];
  facets: { office: [string, number][]; month: [string, number][] };
}

const K1 = 1.2;
const B = 0.75;

/**
 * Characters of a query that are searched; the rest is cut (and the reader told). A pasted paragraph is
 * still found by its first sentences, and a query of thousands of characters (each pair a term to load)
 * cannot hold up the page.
 */
export const MAX_QUERY_CHARS = 100;

/** A query's first MAX_QUERY_CHARS characters, and whether anything was cut. */
export function limitQuery(q: string): { q: string; cut: boolean } {
  // Code units bound the code points: only a long query is split into characters.
  if (q.length <= MAX_QUERY_CHARS) return { q, cut: false };
  const chars = [...q];
  return chars.length <= MAX_QUERY_CHARS
    ? { q, cut: false }
    : { q: chars.slice(0, MAX_QUERY_CHARS).join(''), cut: true };
}

/** An opened index: what the browser's search page and the CLI ask of it. */
export interface SearchIndex {
  manifest: Manifest;
  search(query: Query): Promise<Answer>;
  /** The stored facts of a document (loaded in chunks, for the results on screen). */
  info(doc: number): Promise<DocInfo>;
  /** How many of the matches each reporter wrote (loads the reporter table). */
  reporterFacet(matches: readonly Match[]): Promise<[string, number][]>;
  /** The article id of every match (from the display data: only callers that want ids need it). */
  idsOf(matches: readonly Match[]): Promise<string[]>;
  /** Keywords of the archive to offer for a query (loaded only when asked; see suggest.ts). */
  suggest(q: string, limit?: number): Promise<string[]>;
}

/** Opens an index through a loader. */
export async function openIndex(loadFile: Loader): Promise<SearchIndex> {
  const files = await openIndexFiles(loadFile);
  const { manifest } = files;
  const suggestions = once(async () => indexSuggestions(await files.load('suggest')));
  return {
    manifest,
    search: (query) => search(files, query),
    info: files.info,
    async reporterFacet(matches) {
      const table = await files.reporters();
      return tally(
        matches.map((m) => table[m.doc]!),
        manifest.reporters,
      );
    },
    idsOf: (matches) => Promise.all(matches.map(async (m) => (await files.info(m.doc)).id)),
    async suggest(q, limit = 8) {
      const index = await suggestions();
      return suggestFor(index, [...queryRuns(limitQuery(q).q).join('')], limit);
    },
  };
}

/** The matches of a query, in the order it asks for, with the office and month facets. */
async function search(files: IndexFiles, query: Query): Promise<Answer> {
  const { manifest } = files;
  const { q, cut } = limitQuery(query.q);
  const runs = queryRuns(q);
  const office = query.office ? manifest.offices.indexOf(query.office) : null;
  const reporter = query.reporter ? manifest.reporters.indexOf(query.reporter) : null;
  const month = query.month ? manifest.months.indexOf(query.month) : null;
  const [table, byReporter, found] = await Promise.all([
    files.facts(),
    reporter === null ? null : files.reporters(),
    Promise.all(runs.map((run) => findPhrase(run, files.postings))),
  ]);
  const { from, to } = query;
  const inRange = (m: number): boolean =>
    (!from && !to) || (m >= 0 && (!from || manifest.months[m]! >= from) && (!to || manifest.months[m]! <= to));
  const passes = (d: number): boolean =>
    (office === null || table.offices[d] === office) &&
    (byReporter === null || byReporter[d]!.includes(reporter!)) &&
    (month === null || table.months[d] === month) &&
    inRange(table.months[d]!);

  let matches: Match[];
  if (!runs.length) {
    matches = [];
    for (let doc = 0; doc < manifest.docCount; doc++) if (passes(doc)) matches.push({ doc, score: 0 });
  } else {
    const candidates = [...found[0]!.keys()].filter((d) => found.every((f) => f.has(d)) && passes(d));
    matches = candidates.map((doc) => ({ doc, score: scoreOf(doc, found, runs, table, manifest) }));
  }
  // Higher document numbers are newer: that is the date order, and the tie-break for relevance.
  matches.sort(
    query.sort === 'date'
      ? (a, b) => b.doc - a.doc
      : query.sort === 'oldest'
        ? (a, b) => a.doc - b.doc
        : (a, b) => b.score - a.score || b.doc - a.doc,
  );
  const count = (names: string[], of: Int32Array): [string, number][] =>
    tally(
      matches.map((m) => [of[m.doc]!]),
      names,
    );
  return {
    runs,
    cut,
    matches,
    facets: { office: count(manifest.offices, table.offices), month: count(manifest.months, table.months) },
  };
}

/** A matching document's score: BM25F over the runs' hits, plus the proximity bonus (rounded). */
function scoreOf(
  doc: number,
  found: readonly Map<number, Hit[]>[],
  runs: string[],
  table: DocTables,
  manifest: Manifest,
): number {
  const n = manifest.docCount;
  let score = 0;
  found.forEach((f) => {
    const df = f.size;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    let tf = 0;
    for (const h of f.get(doc)!) tf += FIELD_WEIGHTS[h.field]! * (h.wordStart ? 1.25 : 1) * (h.count ?? 1);
    score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * table.lengths[doc]!) / manifest.avgLength));
  });
  score += proximity(
    found.map((f) => f.get(doc)!),
    runs,
  );
  return Math.round(score * 1e4) / 1e4;
}

/** Counts values over documents, most frequent first (ties by name order), skipping -1 (none). */
function tally(values: readonly ArrayLike<number>[], names: readonly string[]): [string, number][] {
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
    for (const a of hits[i - 1]!)
      for (const b of hits[i]!) best = Math.min(best, Math.abs(b.pos - a.pos - [...runs[i - 1]!].length));
    bonus += 1 / (1 + best / 8);
  }
  return bonus;
}
