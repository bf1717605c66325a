/**
 * Runs `baoku build` on a worker thread whose heap is capped near what a build of this size really holds.
 * Left alone, V8 lets garbage pile up to several times the live data on a large archive (at 5,000 pages a
 * 2.2 GB peak against well under 0.8 GB live); with a cap it collects sooner, at no cost in time. Should the
 * cap ever be too small, the thread runs out of memory before publishing anything (the output swap is
 * atomic), and the build runs again without a cap: slower, never wrong.
 */
import { walkFiles } from './shared/files.js';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** Set inside the capped thread (and its retry), so the build runs there instead of starting another. */
export const IN_BUILD_THREAD = 'BAOKU_BUILD_THREAD';

/** Whether an editor (or a test) set the cap: BAOKU_HEAP_MB. */
export function capGiven(): boolean {
  return Number(process.env['BAOKU_HEAP_MB']) > 0;
}

/** A heap cap for building `pagesDir`: a base for the code and jieba's JS side, plus room per byte of pages. */
export function heapLimitMb(pagesDir: string): number {
  if (capGiven()) return Number(process.env['BAOKU_HEAP_MB']);
  return Math.round(256 + (7 * folderBytes(pagesDir)) / 1048576);
}

/** Runs the build command with `args` on a capped thread; the exit code, or null when it ran out of memory. */
export async function buildOnCappedThread(args: string[], limitMb: number): Promise<number | null> {
  // V8 starts a heap small and grows it by full collections: a rebuild of 5,000 pages, which reads
  // 150 MB of record and model that all stay, went through three of them (with their marking, 75 ms)
  // to get there. The thread's old generation starts at a third of the cap instead (the cap still
  // bounds it). V8 reads the setting when it makes a thread's heap, and it holds for the whole process:
  // the build thread sets it back (build-thread.ts) before it starts threads of its own.
  setFlagsFromString(`--initial-old-space-size=${Math.round(limitMb / 3)}`);
  const worker = new Worker(new URL('./build-thread.js', import.meta.url), {
    argv: args,
    env: { ...process.env, [IN_BUILD_THREAD]: '1', BAOKU_STDERR_TTY: process.stderr.isTTY ? '1' : '' },
    resourceLimits: { maxOldGenerationSizeMb: limitMb },
  });
  return new Promise((resolve, reject) => {
    let code = 1;
    worker.on('message', (m: number) => (code = m));
    worker.on('error', (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(null) : reject(error),
    );
    worker.on('exit', () => resolve(code));
  });
}

function folderBytes(dir: string): number {
  // Links are not followed: a loop of them, or one to /dev/zero, is refused by the build (content.ts), not sized here.
  return walkFiles(dir, { follow: false }).reduce((total, f) => total + f.stats.size, 0);
}
