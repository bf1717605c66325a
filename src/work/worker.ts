/**
 * A worker thread: runs the tasks it is sent (see tasks.ts) and posts the results back.
 */
import { parentPort } from 'node:worker_threads';
import { tasks, type TaskName } from './tasks.js';

parentPort?.on('message', (job: { n: number; name: TaskName; input: never }) => {
  parentPort!.postMessage({ n: job.n, out: tasks[job.name](job.input) });
});
