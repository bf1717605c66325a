/**
 * The disk sink's file operations, done on a helper thread in batches: writing the built files and hard
 * linking the ones a build takes from the published site. A build at thousands of pages writes or links
 * tens of thousands of files; on the build thread that was seconds of waiting on the file system while
 * the other core sat idle. Operations run in the order they were asked for. A file system without hard
 * links gets copies. Runs in process when the code is not compiled (tests run TypeScript directly).
 */
import { copyFileSync, existsSync, linkSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { BuildError, fileSystemError } from '../errors.js';
import { inFlight } from '../shared/in-flight.js';
import { Appender, type AppendOp } from './append.js';

/**
 * A file to write (`to`, its folder already made) with its content, or one to link (or copy) from `from`;
 * with `replace`, a file already at `to` (a hard link that may be the published site's file too) is
 * removed first, never written through. A file or folders (if empty, the deepest first) to remove; a
 * folder whose files to list (see FileThread.list); or what to append to a file written in pieces.
 */
export type FileOp =
  | AppendOp
  | { to: string; content: string | Uint8Array; replace?: boolean }
  | { to: string; from: string; replace?: boolean }
  | { remove: string }
  | { removeFolders: string[] }
  | { list: string };

/** What a batch came to: the link sources that had gone, the first write that failed, a folder's files. */
export interface BatchResult {
  gone: string[];
  failed: { file: string; message: string; code?: string | undefined } | null;
  listed?: string[];
}

export interface FileThread {
  add(op: FileOp): void;
  /** Resolves when few enough batches wait, so that the content waiting to be written stays small. */
  ready(): Promise<void>;
  /** The files in `dir` (paths relative to it), listed on the thread before any operation added after. */
  list(dir: string): Promise<string[]>;
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
  const appender = new Appender();
  for (const op of ops) {
    if ('append' in op) {
      append(appender, op, out);
      continue;
    }
    stopAppending(appender, out);
    if ('list' in op) {
      out.listed = [];
      listFiles(op.list, '', out.listed);
      continue;
    }
    if ('remove' in op) {
      rmSync(op.remove, { force: true });
      continue;
    }
    if ('removeFolders' in op) {
      for (const dir of op.removeFolders) {
        try {
          rmdirSync(dir);
        } catch {
          // Not empty: it keeps files of this build.
        }
      }
      continue;
    }
    if (op.replace) rmSync(op.to, { force: true });
    if ('content' in op) {
      try {
        writeFileSync(op.to, op.content);
      } catch (error) {
        out.failed ??= failure(op.to, error);
      }
      continue;
    }
    try {
      linkSync(op.from, op.to);
    } catch {
      try {
        copyFileSync(op.from, op.to);
      } catch (error) {
        // Only a source that is not there has gone; any other failure (a full disk) is the write's.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(op.from)) out.gone.push(op.from);
        else out.failed ??= failure(op.to, error);
      }
    }
  }
  stopAppending(appender, out);
  return out;
}

/** Writes what the appender holds and closes its files; a failure is the file's it was appending to. */
function stopAppending(appender: Appender, out: BatchResult): void {
  const file = appender.file;
  try {
    appender.close();
  } catch (error) {
    out.failed ??= failure(file ?? '', error);
  }
}

/** Appends to a file written in pieces; a file read from that has gone is noted as gone, as a link's source. */
function append(appender: Appender, op: AppendOp, out: BatchResult): void {
  try {
    appender.add(op);
  } catch (error) {
    const missing = (error as { missing?: string }).missing;
    if (missing && (error as NodeJS.ErrnoException).code === 'ENOENT') out.gone.push(missing);
    else out.failed ??= failure(op.append, error);
    stopAppending(appender, out);
  }
}

function failure(file: string, error: unknown): NonNullable<BatchResult['failed']> {
  return { file, message: (error as Error).message, code: (error as NodeJS.ErrnoException).code };
}

/** Adds the files under `root`/`rel` to `out`, as paths relative to `root`. */
function listFiles(root: string, rel: string, out: string[]): void {
  for (const entry of readdirSync(rel ? `${root}/${rel}` : root, { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) listFiles(root, path, out);
    else out.push(path);
  }
}

/** Starts the file thread; each batch's result goes to `take`, in order. */
function startFileWorker(take: (r: BatchResult) => void, batches: ReturnType<typeof inFlight>): Worker {
  // A small heap: the thread holds only the batch at hand, and a small heap collects the written
  // content soon instead of letting it pile up.
  const worker = new Worker(new URL('./file-worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  });
  worker.on('message', (r: BatchResult) => {
    take(r);
    batches.answered();
  });
  worker.on('error', (error: Error) => batches.broke(error));
  // A thread that ended (killed, or out of memory without an error) answers nothing more: no wait outlasts it.
  worker.on('exit', (code) => batches.broke(new Error(`the file thread stopped (exit code ${code})`)));
  return worker;
}

export function openFileThread(): FileThread {
  const compiled = import.meta.url.endsWith('.js');
  let worker: Worker | null = null;
  let batch: FileOp[] = [];
  let bytes = 0;
  // Content made here as text goes to the thread as UTF-8 bytes, moved rather than copied: a string
  // would be copied into the thread's heap, and both heaps' young-generation collectors copied every
  // string that waited in a batch (on a large archive, seconds of collecting on each thread).
  const encoder = new TextEncoder();
  let moved: ArrayBuffer[] = [];
  const batches = inFlight();
  const gone: string[] = [];
  let failed: BatchResult['failed'] = null;
  // Who waits for a listing, in the order the listings were asked for (batches are answered in order).
  const listings: ((files: string[]) => void)[] = [];
  const take = (r: BatchResult): void => {
    gone.push(...r.gone);
    failed ??= r.failed;
    if (r.listed) listings.shift()?.(r.listed);
  };
  const flush = (): void => {
    if (!batch.length) return;
    if (!compiled) {
      take(runBatch(batch));
    } else {
      worker ??= startFileWorker(take, batches);
      worker.postMessage(batch, moved);
      batches.sent();
    }
    batch = [];
    bytes = 0;
    moved = [];
  };
  return {
    add(op) {
      if (compiled && 'content' in op && typeof op.content === 'string' && 'to' in op) {
        const content = encoder.encode(op.content);
        moved.push(content.buffer as ArrayBuffer);
        op = { ...op, content };
      }
      // The pieces of a file written in pieces are packed into bytes of their own: moved too.
      if (compiled && 'append' in op) moved.push(op.bytes.buffer as ArrayBuffer);
      batch.push(op);
      if ('content' in op) bytes += op.content.length;
      if ('append' in op) bytes += op.bytes.length;
      if (batch.length >= BATCH_OPS || bytes >= BATCH_BYTES) flush();
    },
    list(dir) {
      const listed = new Promise<string[]>((resolve) => listings.push(resolve));
      batch.push({ list: dir });
      flush();
      return listed;
    },
    ready: () => batches.settle(MAX_WAITING),
    async done() {
      flush();
      await batches.settle(0);
      if (failed)
        throw Object.assign(new Error(`could not write ${failed.file}: ${failed.message}`), {
          file: failed.file,
          code: failed.code,
        });
      return gone;
    },
    close() {
      void worker?.terminate();
      worker = null;
    },
  };
}

/** Every file must be in place before the swap: waits for the file thread, and names what failed. */
export async function allWritten(files: FileThread, outDir: string): Promise<void> {
  let gone: string[];
  try {
    gone = await files.done().finally(() => files.close());
  } catch (error) {
    const { file, code } = error as { file?: string; code?: string };
    if (!file) throw error;
    if (code)
      throw fileSystemError(
        Object.assign(error as Error, { path: file }),
        file,
        'write the new site (nothing was published)',
      );
    throw new BuildError(`${(error as Error).message}; nothing was published`, {
      file,
      rule: 'write-failed',
      cause: error,
    });
  }
  if (gone.length)
    throw new BuildError(
      `${gone.length} file(s) of the published site have gone since it was built, e.g. ${gone[0]}; delete ${outDir} and build again`,
      { file: gone[0]!, rule: 'published-file-gone' },
    );
}
