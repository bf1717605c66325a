/**
 * The search engine: one code path for the browser and the `baoku search` CLI, over the same files.
 * A query's runs must each occur as a contiguous phrase; ranking is BM25F with field weights, a bonus for
 * hits that line up with word boundaries and for runs close together, then newer first. Browser-safe.
 */
import {
  codeLength,
  countHits,
  INDEX_VERSION,
  IndexFileError,
  longListFile,
  pairHits,
  readCode,
  readPostings,
  type DocInfo,
  type Facts,
  type Hit,
  type Manifest,
  type Postings,
  type ReporterTable,
  type Shard,
  type Suggestions,
} from './format.js';
import { FIELD_WEIGHTS, queryRuns, runCover, shardOf } from './tokenize.js';

/** Loads a data file of the index by name (`manifest`, `facts`, `shard-3`, `t-1z_5k-0`, `doc-0`). */
export type Loader = (name: string) => Promise<unknown>;

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

/** A piece of a snippet: text, and whether it is a hit. */
export interface Piece {
  text: string;
  hit: boolean;
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
  // A damaged or foreign index says so here, before any query reads a field that is not there.
  if (typeof manifest !== 'object' || manifest === null || manifest.version !== INDEX_VERSION) {
    throw new IndexFileError('manifest', 'was made by another version of baoku or is damaged');
  }
  const once = <T>(fn: () => Promise<T>): (() => Promise<T>) => {
    let p: Promise<T> | null = null;
    return () => (p ??= fn());
  };
  const facts = once(async () => {
    const f = (await load('facts')) as Facts;
    if (typeof f?.offices !== 'string' || typeof f.lengths !== 'string' || f.lengths.length < manifest.docCount)
      throw new IndexFileError('facts', 'is damaged');
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
    if (typeof t?.reporters !== 'string' || !(t.width > 0)) throw new IndexFileError('reporters', 'is damaged');
    return t.reporters
      .split(',')
      .map((codes) => Array.from({ length: codes.length / t.width }, (_, k) => readCode(codes, k * t.width, t.width)));
  });
  const cache = new Map<string, Promise<Postings>>();
  const postings = (term: string): Promise<Postings> => {
    let p = cache.get(term);
    if (!p) {
      p = (async () => {
        const name = `shard-${shardOf(term, manifest.shards)}`;
        const shard = (await load(name)) as Shard;
        if (typeof shard !== 'object' || shard === null) throw new IndexFileError(name, 'is damaged');
        let text = shard[term] ?? '';
        if (text.startsWith('@'))
          text = (
            (await Promise.all(
              Array.from({ length: Number(text.slice(1)) }, (_, k) => load(longListFile(term, k))),
            )) as string[]
          ).join('');
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
    const { q, cut } = limitQuery(query.q);
    const runs = queryRuns(q);
    const office = query.office ? manifest.offices.indexOf(query.office) : null;
    const reporter = query.reporter ? manifest.reporters.indexOf(query.reporter) : null;
    const month = query.month ? manifest.months.indexOf(query.month) : null;
    const [table, byReporter, found] = await Promise.all([
      facts(),
      reporter === null ? null : reporters(),
      Promise.all(runs.map(phrase)),
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
        score += proximity(
          found.map((f) => f.get(doc)!),
          runs,
        );
        return { doc, score: Math.round(score * 1e4) / 1e4 };
      });
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

  /** How many of the matches each reporter wrote (loads the reporter table). */
  async function reporterFacet(matches: readonly Match[]): Promise<[string, number][]> {
    const table = await reporters();
    return tally(
      matches.map((m) => table[m.doc]!),
      manifest.reporters,
    );
  }

  /**
   * The suggestions file with an index of the character pairs in its words, made on first use: a piece of
   * the query is then compared with the few words that share its first pair, not with every word.
   */
  const suggestions = once(async () => {
    const list = (await load('suggest')) as Suggestions;
    if (!Array.isArray(list)) throw new IndexFileError('suggest', 'is damaged');
    const words = list.map((w) => String(w[0]));
    const byPair = new Map<string, number[]>();
    let longest = 0;
    words.forEach((word, i) => {
      const chars = [...word];
      longest = Math.max(longest, chars.length);
      const pairs = new Set<string>();
      for (let k = 0; k + 1 < chars.length; k++) pairs.add(chars[k]! + chars[k + 1]!);
      for (const p of pairs) {
        const holders = byPair.get(p);
        if (holders) holders.push(i);
        else byPair.set(p, [i]);
      }
    });
    return { words, byPair, longest };
  });

  /**
   * Keywords of the archive to offer for a query (loaded only when asked): those containing the whole
   * query first, then those containing the longest pieces of it, most used first. Only pieces no longer
   * than the longest keyword can be in one, so the work grows with the query's length times that, not
   * with its square times the number of keywords.
   */
  async function suggest(q: string, limit = 8): Promise<string[]> {
    const { words, byPair, longest } = await suggestions();
    const chars = [...queryRuns(limitQuery(q).q).join('')];
    const out: string[] = [];
    const tried = new Set<string>();
    for (let len = Math.min(chars.length, longest); len >= 2 && out.length < limit; len--) {
      for (let at = 0; at + len <= chars.length && out.length < limit; at++) {
        const piece = chars.slice(at, at + len).join('');
        if (tried.has(piece)) continue;
        tried.add(piece);
        // Holders are in the file's order (most used first), as the words were compared before.
        for (const i of byPair.get(chars[at]! + chars[at + 1]!) ?? []) {
          if (out.length >= limit) break;
          const word = words[i]!;
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
    const chunk = await c;
    const found = Array.isArray(chunk) ? (chunk[doc % manifest.docsPerChunk] as DocInfo | undefined) : undefined;
    if (typeof found?.title !== 'string' || !Array.isArray(found.fields))
      throw new IndexFileError(`doc-${k}`, 'is damaged');
    return found;
  }

  /** The article id of every match (from the display data: only callers that want ids need it). */
  async function idsOf(matches: readonly Match[]): Promise<string[]> {
    return Promise.all(matches.map(async (m) => (await info(m.doc)).id));
  }

  return { manifest, search, info, reporterFacet, idsOf, suggest };
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

/** A snippet of the document around its first hit, with every hit in it marked. */
export function snippet(info: DocInfo, runs: readonly string[], width = 80): Piece[] {
  const fields = info.fields;
  // Prefer the body (last field), then any other field, for the window.
  const order = [fields.length - 1, ...fields.map((_, i) => i).slice(0, -1)];
  for (const f of order) {
    // The kicker line repeats what the kicker and the office both say (东湖办 东湖办): each name once.
    const text = f === 1 ? [...new Set((fields[f] ?? '').split(/\s+/).filter(Boolean))].join(' · ') : (fields[f] ?? '');
    const spans = findSpans(text, runs);
    if (!spans.length && runs.length) continue;
    // The window opens and closes at a clause's edge where one is near, so that no name is cut in two.
    const start = spans.length ? clauseStart(text, Math.max(0, spans[0]![0] - Math.floor(width / 3)), spans[0]![0]) : 0;
    const end = clauseEnd(text, Math.min(text.length, start + width));
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
  const body = fields.at(-1) ?? '';
  return [{ text: body.slice(0, clauseEnd(body, Math.min(body.length, width))), hit: false }];
}

/** Where a clause ends or a new one starts: punctuation, a space, a line break. */
const CLAUSE_EDGE = /[\s，。、；：！？,.;:!?“”‘’《》（）()【】·…—]/u;
/** How far a window's edge moves to meet a clause's edge. */
const SNAP = 12;

/** A window's start moved forward to just after a clause's edge, if one comes before the first hit. */
function clauseStart(text: string, start: number, firstHit: number): number {
  if (start === 0) return 0;
  for (let i = start; i < Math.min(firstHit, start + SNAP); i++) if (CLAUSE_EDGE.test(text[i]!)) return i + 1;
  return start;
}

/** A window's end moved back to just after a clause's edge, if one is near. */
function clauseEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  for (let i = end - 1; i > end - SNAP && i > 0; i--) if (CLAUSE_EDGE.test(text[i]!)) return i + 1;
  return end;
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
