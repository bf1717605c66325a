/**
 * The disk sink's file operations, done on a helper thread in batches: writing the built files and hard
 * linking the ones a build takes from the published site. A build at thousands of pages writes or links
 * tens of thousands of files; on the build thread that was seconds of waiting on the file system while
 * the other core sat idle. Operations run in the order they were asked for. A file system without hard
 * links gets copies. Runs in process when the code is not compiled (tests run TypeScript directly).
 */
import { copyFileSync, linkSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { inFlight } from '../work/in-flight.js';

/** A file to write (`to`, its folder already made) with its content, or one to link (or copy) from `from`. */
export type FileOp = { to: string; content: string | Uint8Array } | { to: string; from: string };

/** What a batch came to: the link sources that had gone, and the first write that failed. */
export interface BatchResult {
  gone: string[];
  failed: { file: string; message: string } | null;
}

export interface FileThread {
  add(op: FileOp): void;
  /** Resolves when few enough batches wait, so that the content waiting to be written stays small. */
  ready(): Promise<void>;
  /** Waits for every operation; throws a write's failure, returns the link sources that had gone. */
  done(): Promise<string[]>;
  close(): void;
}

/** A batch goes when it has this many operations or this many bytes of content. */
const BATCH_OPS = 2_000;
const BATCH_BYTES = 4 << 20;
/** Batches that may wait for the thread before `ready` waits too. */
const MAX_WAITING = 4;

/** Runs a batch of operations. */
export function runBatch(ops: readonly FileOp[]): BatchResult {
  const out: BatchResult = { gone: [], failed: null };
  for (const op of ops) {
    if ('content' in op) {
      try {
        writeFileSync(op.to, op.content);
      } catch (error) {
        out.failed ??= { file: op.to, message: (error as Error).message };
      }
      continue;
    }
    try {
      linkSync(op.from, op.to);
    } catch {
      try {
        copyFileSync(op.from, op.to);
      } catch {
        out.gone.push(op.from);
      }
    }
  }
  return out;
}

export function openFileThread(): FileThread {
  const compiled = import.meta.url.endsWith('.js');
  let worker: Worker | null = null;
  let batch: FileOp[] = [];
  let bytes = 0;
  // Content made here as text goes to the thread as UTF-8 bytes, moved rather than copied: a string
  // would be copied into the thread's heap, and both heaps' young-generation collectors copied every
  // string that waited in a batch (at 5,000 pages, seconds of collecting on each thread).
  const encoder = new TextEncoder();
  let moved: ArrayBuffer[] = [];
  const batches = inFlight();
  const gone: string[] = [];
  let failed: BatchResult['failed'] = null;
  const take = (r: BatchResult): void => {
    gone.push(...r.gone);
    failed ??= r.failed;
  };
  const flush = (): void => {
    if (!batch.length) return;
    if (!compiled) {
      take(runBatch(batch));
    } else {
      if (!worker) {
        // A small heap: the thread holds only the batch at hand, and a small heap collects the written
        // content soon instead of letting it pile up.
        worker = new Worker(new URL('./file-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 } });
        worker.on('message', (r: BatchResult) => {
          take(r);
          batches.answered();
        });
        worker.on('error', (error: Error) => batches.broke(error));
      }
      worker.postMessage(batch, moved);
      batches.sent();
    }
    batch = [];
    bytes = 0;
    moved = [];
  };
  return {
    add(op) {
      if (compiled && 'content' in op && typeof op.content === 'string') {
        const content = encoder.encode(op.content);
        moved.push(content.buffer as ArrayBuffer);
        op = { to: op.to, content };
      }
      batch.push(op);
      if ('content' in op) bytes += op.content.length;
      if (batch.length >= BATCH_OPS || bytes >= BATCH_BYTES) flush();
    },
    ready: () => batches.settle(MAX_WAITING),
    async done() {
      flush();
      await batches.settle(0);
      if (failed) throw Object.assign(new Error(`could not write ${failed.file}: ${failed.message}`), { file: failed.file });
      return gone;
    },
    close() {
      void worker?.terminate();
      worker = null;
    },
  };
}
