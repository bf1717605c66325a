/**
 * The linker's helper thread (see linker.ts): links each batch it is sent and answers with the failures.
 */
import { parentPort } from 'node:worker_threads';
import { linkAll } from './linker.js';

parentPort!.on('message', (pairs: [string, string][]) => parentPort!.postMessage(linkAll(pairs)));
