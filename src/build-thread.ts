/**
 * The capped build thread (see heap.ts): runs `baoku build` with the arguments it was given and posts the
 * exit code back.
 */
import { parentPort } from 'node:worker_threads';
import { main } from './cli.js';

parentPort!.postMessage(await main(['build', ...process.argv.slice(2)]));
