/**
 * The index the last build published, as the next build reads it to add pages to it: what that build
 * remembered of it (IndexState), and its data files, read back through the sink.
 */
import { INDEX_VERSION, readDataScript, type Shard } from '../search/format.js';
import { shardOf } from '../search/tokenize.js';

/** What a build remembers of the index it published, so that the next build can add pages to it. */
export interface IndexState {
  version: number;
  shards: number;
  /** A digest per page, in document order: the published index holds exactly these pages. */
  pages: string[];
  docs: number;
  /** Bytes of the lists kept in shards (they decide the shard count). */
  small: number;
  /** Terms with files of their own: [parts, last document]. */
  long: Record<string, [number, number]>;
  /** Length codes of the documents (as in facts.js), and each page's total length. */
  lengths: string;
  sizes: number[];
}

/** Whether what the sink kept (data from disk) is an IndexState of this version; anything else: make it whole. */
export function isIndexState(base: IndexState | null): base is IndexState {
  return (
    !!base &&
    base.version === INDEX_VERSION &&
    Array.isArray(base.pages) &&
    Array.isArray(base.sizes) &&
    typeof base.lengths === 'string' &&
    typeof base.long === 'object' &&
    base.long !== null
  );
}

/** Reads a file of the published site (path relative to its root), or null. */
export type PublishedReader = (path: string) => string | null;

/** A file of the published index has gone or does not read: the index is made whole instead. */
export class PublishedFileGone extends Error {
  constructor(path: string) {
    super(`the published index file ${path} has gone or does not read`);
    this.name = 'PublishedFileGone';
  }
}

/** The published index's data files; its shards are read once and then changed in place by the finish. */
export class PublishedIndex {
  readonly #read: PublishedReader;
  readonly #shards = new Map<number, Shard>();

  constructor(read: PublishedReader) {
    this.#read = read;
  }

  /** A data file's payload (path like `search/doc-3.js`); throws PublishedFileGone when it cannot be had. */
  file<T>(path: string): T {
    const text = this.#read(path);
    if (text === null) throw new PublishedFileGone(path);
    try {
      return readDataScript(text, path.replace(/^search\//, '').replace(/\.js$/, '')) as T;
    } catch {
      throw new PublishedFileGone(path);
    }
  }

  /** Shard `n`, read once (the same object every time). */
  shard(n: number): Shard {
    let s = this.#shards.get(n);
    if (!s) this.#shards.set(n, (s = this.file<Shard>(`search/shard-${n}.js`)));
    return s;
  }

  /** A term's list as its shard holds it (`@K` for a long list), or ''. */
  shardEntry(term: string, shards: number): string {
    return this.shard(shardOf(term, shards))[term] ?? '';
  }
}
