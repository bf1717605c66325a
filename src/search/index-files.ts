/**
 * The index's data files as queries read them: each file asked for once however many terms share it,
 * checked before use (a damaged or foreign file is an IndexFileError naming it), decoded on first use.
 * Browser-safe.
 */
import {
  codeLength,
  INDEX_VERSION,
  IndexFileError,
  longListFile,
  readCode,
  readPostings,
  type DecodedPostings,
  type DocInfo,
  type Facts,
  type Manifest,
  type ReporterTable,
  type Shard,
} from './format.js';
import { shardOf } from './tokenize.js';

/** Loads a data file of the index by name (`manifest`, `facts`, `shard-3`, `t-1z_5k-0`, `doc-0`). */
export type Loader = (name: string) => Promise<unknown>;

/** The per-document tables every query needs (from facts.js): office and month (-1: none), and length. */
export interface DocTables {
  offices: Int32Array;
  lengths: Float64Array;
  months: Int32Array;
}

/** An opened index's files. */
export interface IndexFiles {
  manifest: Manifest;
  /** A data file, loaded once. */
  load: Loader;
  facts(): Promise<DocTables>;
  /** Each document's reporters, as indexes into manifest.reporters. */
  reporters(): Promise<number[][]>;
  /** A term's postings, decoded (empty for a term the index does not hold). */
  postings(term: string): Promise<DecodedPostings>;
  /** The stored facts of a document (loaded in chunks, for the results on screen). */
  info(doc: number): Promise<DocInfo>;
}

/** A function that runs `fn` once, on its first call, and hands every call that promise. */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= fn());
}

/** Opens an index's files through a loader: reads and checks the manifest, the rest when asked. */
export async function openIndexFiles(loadFile: Loader): Promise<IndexFiles> {
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
  const postings = new Map<string, Promise<DecodedPostings>>();
  const chunks = new Map<number, Promise<DocInfo[]>>();
  return {
    manifest,
    load,
    facts: once(async () => readFacts((await load('facts')) as Facts, manifest)),
    reporters: once(async () => readReporters((await load('reporters')) as ReporterTable)),
    postings(term) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = loadPostings(load, manifest, term)));
      return p;
    },
    async info(doc) {
      const k = Math.floor(doc / manifest.docsPerChunk);
      let c = chunks.get(k);
      if (!c) chunks.set(k, (c = load(`doc-${k}`) as Promise<DocInfo[]>));
      const chunk = await c;
      const found = Array.isArray(chunk) ? (chunk[doc % manifest.docsPerChunk] as DocInfo | undefined) : undefined;
      if (typeof found?.title !== 'string' || !Array.isArray(found.fields))
        throw new IndexFileError(`doc-${k}`, 'is damaged');
      return found;
    },
  };
}

function readFacts(f: Facts, manifest: Manifest): DocTables {
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
}

function readReporters(t: ReporterTable): number[][] {
  if (typeof t?.reporters !== 'string' || !(t.width > 0)) throw new IndexFileError('reporters', 'is damaged');
  return t.reporters
    .split(',')
    .map((codes) => Array.from({ length: codes.length / t.width }, (_, k) => readCode(codes, k * t.width, t.width)));
}

/** A term's postings: from its shard, or from its own files when the shard says `@parts`. */
async function loadPostings(load: Loader, manifest: Manifest, term: string): Promise<DecodedPostings> {
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
}
