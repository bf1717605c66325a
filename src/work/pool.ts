/**
 * Worker threads for a build, one per core, started when there is enough work to pay for each loading
 * jieba's dictionary (a few seconds) and kept for every later stage of the same build, so the dictionary
 * is loaded once per thread. The main thread then never loads it. Runs in process when the code is not
 * compiled (tests run TypeScript directly) or the work is small.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tasks, type TaskName, type Tasks } from './tasks.js';

/** Runs tasks, in parallel when worthwhile. */
export interface Pool {
  /** Every result, in the inputs' order. */
  run<K extends TaskName>(name: K, inputs: readonly Input<K>[]): Promise<Output<K>[]>;
  /**
   * Hands each result to `use` in the inputs' order as soon as it and those before it are done, keeping
   * at most a window of results waiting, so a caller can stream them without holding them all.
   */
  each<K extends TaskName>(name: K, inputs: readonly Input<K>[], use: (out: Output<K>, n: number) => void): Promise<void>;
  close(): Promise<void>;
}

type Input<K extends TaskName> = Parameters<Tasks[K]>[0];
type Output<K extends TaskName> = ReturnType<Tasks[K]>;

const MIN_JOBS_FOR_WORKERS = 24;
/** How far workers may run ahead of the result `each` hands on next. */
const WINDOW = 64;

export function openPool(threads = availableParallelism()): Pool {
  const compiled = import.meta.url.endsWith('.js');
  let workers: Worker[] | null = null;

  async function each<K extends TaskName>(name: K, inputs: readonly Input<K>[], use: (out: Output<K>, n: number) => void): Promise<void> {
    const call = tasks[name] as (input: Input<K>) => Output<K>;
    if (!workers && (!compiled || threads < 2 || inputs.length < MIN_JOBS_FOR_WORKERS)) {
      inputs.forEach((input, n) => use(call(input), n));
      return;
    }
    const pool = (workers ??= Array.from({ length: threads }, () => new Worker(new URL('./worker.js', import.meta.url))));
    const waiting = new Map<number, Output<K>>();
    const idle: Worker[] = [];
    let next = 0;
    let handed = 0;
    const listeners: [Worker, (m: { n: number; out: Output<K> }) => void, (e: Error) => void, () => void][] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const feed = (worker: Worker): void => {
          if (next < inputs.length && next - handed < WINDOW) {
            const n = next++;
            worker.postMessage({ n, name, input: inputs[n] });
          } else idle.push(worker);
        };
        for (const worker of pool) {
          const onMessage = (m: { n: number; out: Output<K> }): void => {
            waiting.set(m.n, m.out);
            try {
              while (waiting.has(handed)) {
                const out = waiting.get(handed)!;
                waiting.delete(handed);
                use(out, handed++);
              }
            } catch (error) {
              return reject(error);
            }
            if (handed === inputs.length) return resolve();
            feed(worker);
            while (idle.length && next < inputs.length && next - handed < WINDOW) feed(idle.pop()!);
          };
          const onExit = (): void => reject(new Error('a worker thread stopped'));
          worker.on('message', onMessage).on('error', reject).on('exit', onExit);
          listeners.push([worker, onMessage, reject, onExit]);
        }
        if (!inputs.length) return resolve();
        for (const worker of pool) feed(worker);
      });
    } finally {
      for (const [worker, onMessage, onError, onExit] of listeners) worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    }
  }

  return {
    each,
    async run(name, inputs) {
      const out = new Array<Output<typeof name>>(inputs.length);
      await each(name, inputs, (o, n) => (out[n] = o));
      return out;
    },
    async close() {
      if (workers) await Promise.all(workers.map((w) => w.terminate()));
      workers = null;
    },
  };
}
