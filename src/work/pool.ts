/**
 * Worker threads for a build, one per core at most, each started when work arrives and no thread is free,
 * and kept for every later stage of the same build, so jieba's dictionary is loaded once per thread and
 * only by threads that are needed (one new page starts one). The main thread never loads it, and goes on
 * reading while the threads load it. Runs in process when the code is not compiled (tests run TypeScript
 * directly).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tasks, type TaskName, type Tasks } from './tasks.js';

/** Runs tasks, in parallel when worthwhile. */
export interface Pool {
  /** The result of one task (queued until a thread is free). */
  submit<K extends TaskName>(name: K, input: Input<K>): Promise<Output<K>>;
  /**
   * Hands each result to `use` in the inputs' order as soon as it and those before it are done, keeping
   * at most a window of results waiting, so a caller can stream them without holding them all.
   */
  each<K extends TaskName>(name: K, inputs: readonly Input<K>[], use: (out: Output<K>, n: number) => void): Promise<void>;
  close(): Promise<void>;
}

type Input<K extends TaskName> = Parameters<Tasks[K]>[0];
type Output<K extends TaskName> = ReturnType<Tasks[K]>;

/** How far workers may run ahead of the result `each` hands on next. */
const WINDOW = 64;

interface Job {
  n: number;
  name: TaskName;
  input: unknown;
  resolve: (out: unknown) => void;
  reject: (error: Error) => void;
}

export function openPool(threads = availableParallelism()): Pool {
  const inProcess = !import.meta.url.endsWith('.js') || threads < 2;
  const workers: { worker: Worker; job: Job | null }[] = [];
  const queue: Job[] = [];
  let jobs = 0;
  let closing = false;

  // A thread that dies fails the task it had; the others go on (a kept pool outlives one bad build).
  const lose = (w: (typeof workers)[number], error: Error): void => {
    const i = workers.indexOf(w);
    if (i < 0) return;
    workers.splice(i, 1);
    w.job?.reject(error);
    w.job = null;
    void w.worker.terminate();
    pump();
  };
  const pump = (): void => {
    while (queue.length) {
      let w = workers.find((x) => !x.job);
      if (!w && workers.length < threads) w = spawn();
      if (!w) return;
      const job = queue.shift()!;
      w.job = job;
      w.worker.postMessage({ n: job.n, name: job.name, input: job.input });
    }
  };
  const spawn = (): (typeof workers)[number] => {
    const w = { worker: new Worker(new URL('./worker.js', import.meta.url)), job: null as Job | null };
    w.worker.on('message', (m: { n: number; out: unknown }) => {
      const job = w.job!;
      w.job = null;
      job.resolve(m.out);
      pump();
    });
    w.worker.on('error', (error: Error) => lose(w, error));
    w.worker.on('exit', () => closing || lose(w, new Error('a worker thread stopped')));
    workers.push(w);
    return w;
  };

  function submit<K extends TaskName>(name: K, input: Input<K>): Promise<Output<K>> {
    if (inProcess) {
      try {
        return Promise.resolve((tasks[name] as (i: Input<K>) => Output<K>)(input));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return new Promise((resolve, reject) => {
      queue.push({ n: jobs++, name, input, resolve: resolve as (out: unknown) => void, reject });
      pump();
    });
  }

  function each<K extends TaskName>(name: K, inputs: readonly Input<K>[], use: (out: Output<K>, n: number) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = new Map<number, Output<K>>();
      let next = 0;
      let handed = 0;
      let failed = false;
      const launch = (): void => {
        while (!failed && next < inputs.length && next - handed < WINDOW) {
          const n = next++;
          submit(name, inputs[n]!).then((out) => {
            if (failed) return;
            done.set(n, out);
            try {
              while (done.has(handed)) {
                const o = done.get(handed)!;
                done.delete(handed);
                use(o, handed++);
              }
            } catch (error) {
              failed = true;
              return reject(error);
            }
            if (handed === inputs.length) resolve();
            else launch();
          }, (error: Error) => {
            failed = true;
            reject(error);
          });
        }
      };
      if (!inputs.length) return resolve();
      launch();
    });
  }

  return {
    submit,
    each,
    async close() {
      closing = true;
      await Promise.all(workers.splice(0).map((w) => w.worker.terminate()));
      closing = false;
    },
  };
}
