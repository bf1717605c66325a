/**
 * A parse worker thread: parses the pages it is sent and posts the results back.
 */
import { parentPort } from 'node:worker_threads';
import { parsePage, type ParseOptions } from './page.js';

parentPort?.on('message', (job: { n: number; path: string; body: string; options: ParseOptions }) => {
  parentPort!.postMessage({ n: job.n, page: parsePage(job.path, job.body, job.options) });
});
