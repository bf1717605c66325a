/**
 * Parses many pages over worker threads, one per core. Used when the build runs from compiled code and
 * there is enough work to pay for each worker loading jieba's dictionary (a few seconds).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parsePage, type ParseOptions } from './page.js';
import type { ParsedPage } from './types.js';

/** A page to parse. */
export interface ParseJob {
  path: string;
  body: string;
  options: ParseOptions;
}

const MIN_PAGES_FOR_WORKERS = 24;

/** Parses the jobs, in parallel when worthwhile; results are in the jobs' order. */
export async function parseMany(jobs: readonly ParseJob[]): Promise<ParsedPage[]> {
  const workerFile = new URL('./worker.js', import.meta.url);
  const compiled = import.meta.url.endsWith('.js');
  const threads = Math.min(availableParallelism(), Math.ceil(jobs.length / 8));
  if (!compiled || jobs.length < MIN_PAGES_FOR_WORKERS || threads < 2) return jobs.map((j) => parsePage(j.path, j.body, j.options));
  const results: ParsedPage[] = new Array<ParsedPage>(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              if (next >= jobs.length) return resolve();
              const n = next++;
              worker.postMessage({ n, ...jobs[n]! });
            };
            worker.on('message', (m: { n: number; page: ParsedPage }) => {
              results[m.n] = m.page;
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
