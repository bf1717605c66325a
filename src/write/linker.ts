/**
 * Hard links for the files a build takes from the published site, made on a helper thread in batches: a
 * build at thousands of pages reuses tens of thousands of files, and linking them one by one on the build
 * thread cost it over a second while the other core sat idle. A file system without hard links gets
 * copies. Runs in process when the code is not compiled (tests run TypeScript directly).
 */
import { copyFileSync, linkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Links files (`from` → `to`, the folder of `to` already made); `done` says which could not be made. */
export interface Linker {
  add(from: string, to: string): void;
  /** Waits for every link; returns the sources that could not be linked or copied (they have gone). */
  done(): Promise<string[]>;
  close(): void;
}

const BATCH = 2_000;

/** Makes each link (or copy); returns the sources that failed. */
export function linkAll(pairs: readonly (readonly [string, string])[]): string[] {
  const failed: string[] = [];
  for (const [from, to] of pairs) {
    try {
      linkSync(from, to);
    } catch {
      try {
        copyFileSync(from, to);
      } catch {
        failed.push(from);
      }
    }
  }
  return failed;
}

export function openLinker(): Linker {
  const compiled = import.meta.url.endsWith('.js');
  let worker: Worker | null = null;
  let batch: [string, string][] = [];
  let sent = 0;
  let answered = 0;
  const failed: string[] = [];
  let settle: (() => void) | null = null;
  let broken: Error | null = null;
  const flush = (): void => {
    if (!batch.length) return;
    if (!compiled) {
      failed.push(...linkAll(batch));
      batch = [];
      return;
    }
    if (!worker) {
      worker = new Worker(new URL('./link-worker.js', import.meta.url));
      worker.on('message', (f: string[]) => {
        failed.push(...f);
        answered++;
        if (answered === sent) settle?.();
      });
      worker.on('error', (error: Error) => {
        broken = error;
        settle?.();
      });
    }
    worker.postMessage(batch);
    sent++;
    batch = [];
  };
  return {
    add(from, to) {
      batch.push([from, to]);
      if (batch.length >= BATCH) flush();
    },
    async done() {
      flush();
      if (answered < sent && !broken) await new Promise<void>((resolve) => (settle = resolve));
      if (broken) throw broken;
      return failed;
    },
    close() {
      void worker?.terminate();
      worker = null;
    },
  };
}
