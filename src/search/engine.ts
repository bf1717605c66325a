/**
 * The search engine: one code path for the browser and the `baoku search` CLI, over the same files.
 * A query's runs must each occur as a contiguous phrase; ranking is BM25F with field weights, a bonus for
 * hits that line up with word boundaries and for runs close together, then newer first. Browser-safe.
 */
import { decodeCounts, decodePostings, type DocInfo, type DocTable, type Hit, type Manifest, type Shard } from './format.js';
import { FIELD_WEIGHTS, queryRuns, runTerms, shardOf } from './tokenize.js';

/** Loads a data file of the index by name (`manifest`, `docs`, `shard-3`, `doc-0`). */
export type Loader = (name: string) => Promise<unknown>;

/** A search request. */
export interface Query {
  q: string;
  office?: string | undefined;
  reporter?: string | undefined;
  month?: string | undefined;
  sort?: 'relevance' | 'date' | undefined;
}

/** One matching article. */
export interface Match {
  doc: number;
  id: string;
  score: number;
  date: number;
}

/** The answer to a query. */
export interface Answer {
  runs: string[];
  matches: Match[];
  facets: { office: [string, number][]; reporter: [string, number][]; month: [string, number][] };
}

/** A piece of a snippet: text, and whether it is a hit. */
export interface Piece {
  text: string;
  hit: boolean;
}

const K1 = 1.2;
const B = 0.75;

/** Opens an index through a loader. */
export async function openIndex(load: Loader) {
  const manifest = (await load('manifest')) as Manifest;
  let docsPromise: Promise<DocTable> | null = null;
  const docs = (): Promise<DocTable> => (docsPromise ??= load('docs') as Promise<DocTable>);
  const shards = new Map<number, Promise<Shard>>();
  const shard = (n: number): Promise<Shard> => {
    let s = shards.get(n);
    if (!s) shards.set(n, (s = load(`shard-${n}`) as Promise<Shard>));
    return s;
  };
  const chunks = new Map<number, Promise<DocInfo[]>>();
  const postings = async (term: string): Promise<Map<number, Hit[]>> => {
    const text = (await shard(shardOf(term, manifest.shards)))[term] ?? '';
    return [...term].length === 1 ? decodeCounts(text) : decodePostings(text);
  };

  /** Documents where the run occurs as a phrase, with the hits (start of each occurrence). */
  async function phrase(run: string): Promise<Map<number, Hit[]>> {
    const terms = runTerms(run);
    const lists = await Promise.all(terms.map(postings));
    const out = new Map<number, Hit[]>();
    const first = lists[0]!;
    for (const [doc, hits] of first) {
      if (!lists.every((l) => l.has(doc))) continue;
      const sets = lists.map((l) => new Set(l.get(doc)!.map((h) => h.pos)));
      const found = hits.filter((h) => sets.every((s, i) => s.has(h.pos + i)));
      if (found.length) out.set(doc, found);
    }
    return out;
  }

  async function search(query: Query): Promise<Answer> {
    const table = await docs();
    const runs = queryRuns(query.q);
    const office = query.office ? manifest.offices.indexOf(query.office) : null;
    const reporter = query.reporter ? manifest.reporters.indexOf(query.reporter) : null;
    const month = query.month ? manifest.months.indexOf(query.month) : null;
    const passes = (d: number): boolean =>
      (office === null || table.offices[d] === office) && (reporter === null || table.reporters[d]!.includes(reporter)) && (month === null || table.months[d] === month);

    let matches: Match[];
    if (!runs.length) {
      matches = table.ids.map((id, doc) => ({ doc, id, score: 0, date: table.dates[doc]! })).filter((m) => passes(m.doc));
    } else {
      const found = await Promise.all(runs.map(phrase));
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
        return { doc, id: table.ids[doc]!, score: Math.round(score * 1e4) / 1e4, date: table.dates[doc]! };
      });
    }
    const byDate = (a: Match, b: Match): number => b.date - a.date || a.doc - b.doc;
    matches.sort(query.sort === 'date' ? byDate : (a, b) => b.score - a.score || byDate(a, b));
    return { runs, matches, facets: facets(matches, table, manifest) };
  }

  /** The stored facts of a document (loaded in chunks, for the results on screen). */
  async function info(doc: number): Promise<DocInfo> {
    const k = Math.floor(doc / manifest.docsPerChunk);
    let c = chunks.get(k);
    if (!c) chunks.set(k, (c = load(`doc-${k}`) as Promise<DocInfo[]>));
    return (await c)[doc % manifest.docsPerChunk]!;
  }

  return { manifest, search, info };
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

function facets(matches: readonly Match[], table: DocTable, manifest: Manifest): Answer['facets'] {
  const count = (names: string[], values: (d: number) => number[]): [string, number][] => {
    const c = new Map<number, number>();
    for (const m of matches) for (const v of values(m.doc)) if (v >= 0) c.set(v, (c.get(v) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v, n]) => [names[v]!, n]);
  };
  return {
    office: count(manifest.offices, (d) => [table.offices[d]!]),
    reporter: count(manifest.reporters, (d) => table.reporters[d]!),
    month: count(manifest.months, (d) => [table.months[d]!]),
  };
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
