/**
 * Worker threads for a build, one per core, started when there is enough work to pay for each loading
 * jieba's dictionary (a few seconds) and kept for every later stage of the same build, so the dictionary
 * is loaded once per thread. The main thread then never loads it. Runs in process when the code is not
 * compiled (tests run TypeScript directly) or the work is small.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tasks, type TaskName, type Tasks } from './tasks.js';

/** Runs tasks, in parallel when worthwhile; results come back in the inputs' order. */
export interface Pool {
  run<K extends TaskName>(name: K, inputs: readonly Parameters<Tasks[K]>[0][]): Promise<ReturnType<Tasks[K]>[]>;
  close(): Promise<void>;
}

const MIN_JOBS_FOR_WORKERS = 24;

export function openPool(threads = availableParallelism()): Pool {
  const compiled = import.meta.url.endsWith('.js');
  let workers: Worker[] | null = null;
  return {
    async run(name, inputs) {
      type Out = ReturnType<Tasks[typeof name]>;
      const call = tasks[name] as (input: unknown) => Out;
      if (!workers && (!compiled || threads < 2 || inputs.length < MIN_JOBS_FOR_WORKERS)) return inputs.map((i) => call(i));
      workers ??= Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url)));
      const results = new Array<Out>(inputs.length);
      let next = 0;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const feed = (): void => {
                if (next >= inputs.length) {
                  worker.off('message', onMessage).off('error', reject);
                  return resolve();
                }
                const n = next++;
                worker.postMessage({ n, name, input: inputs[n] });
              };
              const onMessage = (m: { n: number; out: Out }): void => {
                results[m.n] = m.out;
                feed();
              };
              worker.on('message', onMessage).on('error', reject);
              feed();
            }),
        ),
      );
      return results;
    },
    async close() {
      if (workers) await Promise.all(workers.map((w) => w.terminate()));
      workers = null;
    },
  };
}
