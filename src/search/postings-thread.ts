/**
 * The builder's lists on a thread of their own: appending tens of millions of entries is most of the
 * index's time (memory access, mostly), and while the build renders pages the second core has little
 * else to do. Articles go over in batches; at the finish every list comes back packed, its buffers moved
 * rather than copied (see PackedPostings). Runs in process when the code is not compiled.
 */
import { Worker } from 'node:worker_threads';
import { inFlight } from '../work/in-flight.js';
import { PackedView, PostingsStore, type PackedPostings, type Postings, type PostingsView } from './postings.js';

/** Articles sent together. */
const BATCH = 64;

/** A message to the thread: articles to add ([doc, terms, bodies] flattened), or "pack and answer". */
export type PostingsMessage = { articles: (number | string)[] } | 'pack';

/** Batches that may wait for the thread before `ready` waits too (what waits is held in memory). */
const MAX_WAITING = 4;

export function openPostings(): Postings {
  if (!import.meta.url.endsWith('.js')) return new PostingsStore();
  const worker = new Worker(new URL('./postings-worker.js', import.meta.url));
  let batch: (number | string)[] = [];
  const batches = inFlight();
  let failed: Error | null = null;
  worker.on('error', (error: Error) => {
    failed = error;
    batches.broke(error);
  });
  // The thread says "added" after each batch.
  worker.on('message', (m: unknown) => m === 'added' && batches.answered());
  const flush = (): void => {
    if (batch.length) {
      worker.postMessage({ articles: batch } satisfies PostingsMessage);
      batches.sent();
    }
    batch = [];
  };
  return {
    addArticle(doc, terms, bodies) {
      batch.push(doc, terms, bodies);
      if (batch.length >= 3 * BATCH) flush();
    },
    ready: () => batches.settle(MAX_WAITING),
    view(): Promise<PostingsView> {
      flush();
      return new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        worker.on('message', (packed: PackedPostings | 'added') => {
          if (packed === 'added') return;
          void worker.terminate();
          resolve(new PackedView(packed));
        });
        worker.once('error', reject);
        worker.postMessage('pack' satisfies PostingsMessage);
      });
    },
    close() {
      void worker.terminate();
    },
  };
}
