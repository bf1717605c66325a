/**
 * The builder's lists on a thread of their own: appending tens of millions of entries is most of the
 * index's time (memory access, mostly), and while the build renders pages the second core has little
 * else to do. Articles go over in batches; at the finish every list comes back packed, its buffers moved
 * rather than copied (see PackedPostings). Runs in process when the code is not compiled.
 */
import { Worker } from 'node:worker_threads';
import { inFlight } from '../shared/in-flight.js';
import type { Contribution } from './indexer.js';
import {
  PackedView,
  PostingsStore,
  type MissingEntry,
  type PackedPostings,
  type Postings,
  type PostingsView,
} from './postings.js';

/** Articles sent together; cache entries (pages) sent together. */
const BATCH = 64;
const ENTRIES = 16;

/**
 * A message to the thread: articles to add ([doc, terms, bodies, length] flattened), cache entries to
 * read ([first doc, count, key] flattened, all in `dir` of `version`), the articles of an entry it could
 * not read, or "pack and answer".
 */
export type PostingsMessage =
  | { articles: (number | string)[] }
  | { entries: (number | string)[]; dir: string; version: string }
  | { replacement: (number | string)[] }
  | 'pack';

/** Batches that may wait for the thread before `ready` waits too (what waits is held in memory). */
const MAX_WAITING = 4;

/**
 * Opens the lists: on a thread of their own when the code is compiled. `missing` stands in for a cache
 * entry that cannot be read when its turn comes (gone or damaged since the build saw it).
 */
export function openPostings(missing: MissingEntry): Postings {
  if (!import.meta.url.endsWith('.js')) return new PostingsStore(missing);
  const worker = new Worker(new URL('./postings-worker.js', import.meta.url));
  let batch: (number | string)[] = [];
  let entries: { entries: (number | string)[]; dir: string; version: string } | null = null;
  const batches = inFlight();
  let failed: Error | null = null;
  const fail = (error: Error): void => {
    failed = error;
    batches.broke(error);
  };
  worker.on('error', fail);
  // A thread that ended answers nothing more: every wait on it ends (a normal end comes after its answer).
  worker.on('exit', (code) => fail(new Error(`the search index thread stopped (exit code ${code})`)));
  // The thread says "added" after each batch, and asks for what it could not read.
  worker.on('message', (m: unknown) => {
    if (m === 'added') return batches.answered();
    const ask = m as { missing?: number; count: number };
    if (typeof ask.missing !== 'number') return;
    try {
      worker.postMessage({
        replacement: flatten(ask.missing, missing(ask.missing, ask.count)),
      } satisfies PostingsMessage);
    } catch (error) {
      fail(error as Error);
    }
  });
  const send = (message: PostingsMessage): void => {
    worker.postMessage(message);
    batches.sent();
  };
  // Articles and entries go in the order they came: a batch of one kind goes before one of the other starts.
  const flush = (): void => {
    if (batch.length) send({ articles: batch });
    if (entries) send(entries);
    batch = [];
    entries = null;
  };
  return {
    addArticle(doc, terms, bodies, length) {
      if (entries) flush();
      batch.push(doc, terms, bodies, length);
      if (batch.length >= 4 * BATCH) flush();
    },
    addEntry(first, count, entry) {
      if (batch.length || (entries && (entries.dir !== entry.dir || entries.version !== entry.version))) flush();
      entries ??= { entries: [], dir: entry.dir, version: entry.version };
      entries.entries.push(first, count, entry.key);
      if (entries.entries.length >= 3 * ENTRIES) flush();
    },
    ready: () => batches.settle(MAX_WAITING),
    view(): Promise<PostingsView> {
      flush();
      return new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        worker.on('message', (packed: PackedPostings | 'added' | { missing: number }) => {
          if (packed === 'added' || 'missing' in packed) return;
          void worker.terminate();
          resolve(new PackedView(packed));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the search index thread stopped (exit code ${code})`)));
        worker.postMessage('pack' satisfies PostingsMessage);
      });
    },
    close() {
      void worker.terminate();
    },
  };
}

function flatten(first: number, contributions: readonly Contribution[]): (number | string)[] {
  return contributions.flatMap((c, k) => [first + k, c.terms, c.bodies, c.length]);
}
