/**
 * The capped build thread (see heap.ts): runs `baoku build` with the arguments it was given and posts the
 * exit code back.
 */
import { setFlagsFromString } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { main } from './cli/index.js';

// This thread's heap is made: the threads it starts (writing files, growing the index) start small, as
// V8 would (see heap.ts).
setFlagsFromString('--initial-old-space-size=0');

parentPort!.postMessage(await main(['build', ...process.argv.slice(2)]));
