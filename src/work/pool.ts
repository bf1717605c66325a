/**
 * Worker processes for a build, one per core at most, each started when work arrives and none is free,
 * and kept for every later stage of the same build, so jieba's dictionary is loaded once per worker and
 * only by workers that are needed (one new page starts one). The build never loads it, and goes on
 * reading while the workers load it.
 *
 * Processes, not threads: nodejs-jieba never frees its dictionaries (hundreds of MB a load; its addon
 * has no destructor), so a thread that loaded it left that memory behind in the build's process after it
 * ended. A process gives it back when it exits. Runs in process when the code is not compiled (tests run
 * TypeScript directly).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { tasks, type TaskName, type Tasks } from './tasks.js';

/** Runs tasks, in parallel when worthwhile. */
export interface Pool {
  /** The result of one task (queued until a thread is free). */
  submit<K extends TaskName>(name: K, input: Input<K>): Promise<Output<K>>;
  /**
   * Hands each result to `use` in the inputs' order as soon as it and those before it are done, keeping
   * at most a window of results waiting, so a caller can stream them without holding them all.
   */
  each<K extends TaskName>(
    name: K,
    inputs: readonly Input<K>[],
    use: (out: Output<K>, n: number) => void,
  ): Promise<void>;
  close(): Promise<void>;
  /**
   * Starts a worker ahead of the work, reading what a few pages' parse needs, when none is running: after
   * a first build, the pages to parse are found only once the record is read, and starting then cost a
   * one-page rebuild a third of a second.
   */
  warm(): void;
  /** The largest resident memory any worker reached, in bytes (0 before any ended). */
  peakMemory(): number;
}

type Input<K extends TaskName> = Parameters<Tasks[K]>[0];
type Output<K extends TaskName> = ReturnType<Tasks[K]>;

/** A worker's heap cap: about ten times what parsing a large page holds. */
const WORKER_HEAP_MB = 192;
/**
 * A worker's young generation (each semi-space), in MB. V8 sizes it from the heap cap, and under a small
 * cap it is small: parsing makes much short-lived garbage, and collecting it took a large share of a
 * worker's time. At 32 MB that share halves, for a little more resident memory (docs/performance.md).
 */
const WORKER_SEMI_SPACE_MB = 32;
/**
 * How a worker's C library should hand out memory: in transparent huge pages, and taking 256 MB more from
 * the kernel each time its heap grows (and keeping as much when it shrinks). Loading jieba's whole
 * dictionary makes and frees hundreds of MB in small pieces; by default glibc handed them back and
 * faulted them in again 4 KB at a time, and a load took several times as long as with these (numbers in
 * docs/performance.md). An editor's own settings win
 * (a later tunable overrides an earlier one); other C libraries ignore them.
 */
function workerEnv(): NodeJS.ProcessEnv {
  const tunables = ['glibc.malloc.hugetlb=1', process.env['GLIBC_TUNABLES']].filter(Boolean).join(':');
  return { MALLOC_TOP_PAD_: String(256 << 20), ...process.env, GLIBC_TUNABLES: tunables };
}
/**
 * Tasks sent to a worker before its current one is answered: the next is waiting in its channel when it
 * finishes, instead of it idling while the build (busy reading or writing) gets round to sending one.
 */
const DEPTH = 3;
/** How far workers may run ahead of the result `each` hands on next. */
const WINDOW = 64;

interface Job {
  n: number;
  name: TaskName;
  input: unknown;
  resolve: (out: unknown) => void;
  reject: (error: Error) => void;
}

/** What a worker answers: a task's result or its error, or its peak memory as it is closed. */
type Answer =
  | { n: number; out: unknown }
  | { n: number; error: string; code?: string; path?: string; syscall?: string }
  | { peak: number };

/** Opens a pool of at most `threads` worker processes (tasks run in this process when not compiled, or on one core). */
export function openPool(threads = availableParallelism()): Pool {
  return new WorkerPool(threads, !import.meta.url.endsWith('.js') || threads < 2);
}

/** A worker process with the tasks it was sent, in order: the first is the one it is running. */
interface Worker {
  worker: ChildProcess;
  jobs: Job[];
}

class WorkerPool implements Pool {
  readonly #threads: number;
  readonly #inProcess: boolean;
  readonly #workers: Worker[] = [];
  /** Tasks not yet sent to a worker. */
  readonly #queue: Job[] = [];
  #jobs = 0;
  #peak = 0;
  #closing = false;

  constructor(threads: number, inProcess: boolean) {
    this.#threads = threads;
    this.#inProcess = inProcess;
  }

  submit<K extends TaskName>(name: K, input: Input<K>): Promise<Output<K>> {
    if (this.#inProcess) {
      try {
        return Promise.resolve((tasks[name] as (i: Input<K>) => Output<K>)(input));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({ n: this.#jobs++, name, input, resolve: resolve as (out: unknown) => void, reject });
      this.#pump();
    });
  }

  each<K extends TaskName>(
    name: K,
    inputs: readonly Input<K>[],
    use: (out: Output<K>, n: number) => void,
  ): Promise<void> {
    return inOrder(inputs.length, (n) => this.submit(name, inputs[n]!), use);
  }

  async close(): Promise<void> {
    this.#closing = true;
    // Every wait on this pool ends: tasks not yet sent fail now (a build that stopped no longer wants them).
    for (const job of this.#queue.splice(0)) job.reject(new Error('the build stopped before this task ran'));
    await Promise.all(this.#workers.splice(0).map(stop));
    this.#closing = false;
  }

  warm(): void {
    if (this.#inProcess || this.#workers.length || this.#queue.length) return;
    // Nothing waits for it: a failure shows again in the task that meets it.
    this.submit('warm', null).catch(() => undefined);
  }

  peakMemory(): number {
    return this.#peak;
  }

  /** Sends queued tasks to workers. */
  #pump(): void {
    // A closing pool starts nothing: a worker started now would outlive the build and keep it from exiting.
    while (this.#queue.length && !this.#closing) {
      // An idle worker first (or one warming up: it will be ready first), else a new one while there are
      // cores, else the least busy with room.
      let w = this.#workers.find((x) => x.jobs.every((j) => j.name === 'warm'));
      if (!w && this.#workers.length < this.#threads) w = this.#spawn();
      w ??= this.#workers.filter((x) => x.jobs.length < DEPTH).sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (!w) return;
      const job = this.#queue.shift()!;
      w.jobs.push(job);
      w.worker.send({ n: job.n, name: job.name, input: job.input });
    }
  }

  /** Starts a worker process, and hears its answers and its end. */
  #spawn(): Worker {
    // Structured clone over the channel, as between threads; its output goes where the build's does. A
    // worker holds nothing from one page to the next: a capped heap collects sooner (jieba's dictionary
    // is outside it).
    const child = fork(fileURLToPath(new URL('./worker.js', import.meta.url)), [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: workerEnv(),
      execArgv: [
        ...process.execArgv.filter((a) => !/^--(inspect|max-old-space-size|max-semi-space-size)/.test(a)),
        `--max-old-space-size=${WORKER_HEAP_MB}`,
        `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`,
      ],
    });
    const w: Worker = { worker: child, jobs: [] };
    child.on('message', (m: Answer) => {
      if ('peak' in m) {
        this.#peak = Math.max(this.#peak, m.peak);
        return;
      }
      const job = w.jobs.shift()!;
      if ('error' in m)
        job.reject(Object.assign(new Error(m.error), { code: m.code, path: m.path, syscall: m.syscall }));
      else job.resolve(m.out);
      this.#pump();
    });
    child.on('error', (error: Error) => this.#lose(w, error));
    child.on('exit', (code, signal) => {
      const error = new Error(`a worker process stopped (${signal ?? `exit code ${code}`}; out of memory?)`);
      // Closing, its unanswered tasks end here (nobody else will run them); otherwise they go to another.
      if (this.#closing) for (const job of w.jobs.splice(0)) job.reject(error);
      else this.#lose(w, error);
    });
    this.#workers.push(w);
    return w;
  }

  /**
   * A worker that dies fails the task it was running; the ones waiting for it go to another, and the
   * other workers go on (a kept pool outlives one bad build).
   */
  #lose(w: Worker, error: Error): void {
    const i = this.#workers.indexOf(w);
    if (i < 0) return;
    this.#workers.splice(i, 1);
    const [running, ...waiting] = w.jobs.splice(0);
    running?.reject(error);
    this.#queue.unshift(...waiting);
    w.worker.kill();
    this.#pump();
  }
}

/** Asked to stop, a worker says how much memory it reached and exits; resolves when it has. */
function stop(w: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    if (w.worker.exitCode !== null || w.worker.signalCode !== null) return resolve();
    // Its last answer (its peak memory) may still be on the way when the exit is seen: waited for a moment
    // then, unless it came first (as a rule: it exits once the answer is sent).
    let answered = false;
    w.worker.on('message', (m: Answer) => void ('peak' in m && (answered = true)));
    w.worker.once('exit', () => (answered ? resolve() : setTimeout(resolve, 20)));
    w.worker.send('stop', (error) => error && w.worker.kill());
  });
}

/**
 * Runs `count` tasks (`run(n)`), at most a window ahead of the result handed on next, and hands each
 * result to `use` in order as soon as it and those before it are done.
 */
function inOrder<T>(count: number, run: (n: number) => Promise<T>, use: (out: T, n: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new Map<number, T>();
    let next = 0;
    let handed = 0;
    let failed = false;
    const fail = (error: unknown): void => {
      failed = true;
      reject(error as Error);
    };
    const launch = (): void => {
      while (!failed && next < count && next - handed < WINDOW) {
        const n = next++;
        run(n).then((out) => {
          if (failed) return;
          done.set(n, out);
          try {
            while (done.has(handed)) {
              const o = done.get(handed)!;
              done.delete(handed);
              use(o, handed++);
            }
          } catch (error) {
            return fail(error);
          }
          if (handed === count) resolve();
          else launch();
        }, fail);
      }
    };
    if (!count) return resolve();
    launch();
  });
}
