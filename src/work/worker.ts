/**
 * A worker process (see pool.ts): runs the tasks it is sent (see tasks.ts) and answers with each result,
 * or with the error of a task that failed (the worker goes on). Asked to stop, it answers with its peak
 * memory and exits; it also exits when the build that started it has gone.
 */
import { tasks, type TaskName } from './tasks.js';

process.on('message', (job: { n: number; name: TaskName; input: never } | 'stop') => {
  if (job === 'stop') {
    process.send!({ peak: process.resourceUsage().maxRSS * 1024 }, () => process.exit(0));
    return;
  }
  let answer: unknown;
  try {
    answer = { n: job.n, out: tasks[job.name](job.input) };
  } catch (error) {
    // An operating system's refusal keeps its code and path, for the build to say what to do.
    const e = error as NodeJS.ErrnoException;
    answer = {
      n: job.n,
      error: error instanceof Error ? error.message : String(error),
      code: e?.code,
      path: e?.path,
      syscall: e?.syscall,
    };
  }
  process.send!(answer);
});
process.on('disconnect', () => process.exit(0));
