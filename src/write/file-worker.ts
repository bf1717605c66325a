/**
 * The file thread (see file-thread.ts): runs each batch it is sent and answers with what it came to.
 */
import { parentPort } from 'node:worker_threads';
import { runBatch, type FileOp } from './file-thread.js';

parentPort!.on('message', (ops: FileOp[]) => parentPort!.postMessage(runBatch(ops)));
