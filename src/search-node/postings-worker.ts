/**
 * The lists' thread (see postings-thread.ts): adds the articles it is sent and the cache entries it is
 * pointed at, in the order they come, and packs every list when asked, handing the buffers over. An entry
 * it cannot read is asked for ("missing"); what comes after waits until the build sends it, since every
 * list must grow in document order.
 */
import { parentPort } from 'node:worker_threads';
import { PostingsStore } from './postings.js';
import type { PostingsMessage } from './postings-thread.js';

const store = new PostingsStore();
const queue: Exclude<PostingsMessage, { replacement: unknown }>[] = [];
/** Entries of the message at the head of the queue already read. */
let done = 0;
let waiting = false;

parentPort!.on('message', (m: PostingsMessage) => {
  if (typeof m === 'object' && 'replacement' in m) {
    addArticles(m.replacement);
    waiting = false;
  } else {
    queue.push(m);
  }
  drain();
});

function drain(): void {
  while (queue.length && !waiting) {
    const m = queue[0]!;
    if (m === 'pack') {
      const packed = store.packed();
      parentPort!.postMessage(packed, [
        packed.firsts.buffer,
        packed.lasts.buffer,
        packed.ends.buffer,
        packed.bytes.buffer,
        packed.lengths.buffer,
      ] as ArrayBuffer[]);
    } else if ('articles' in m) {
      addArticles(m.articles);
    } else {
      const e = m.entries;
      while (done < e.length) {
        const [first, count, key] = [e[done] as number, e[done + 1] as number, e[done + 2] as string];
        done += 3;
        if (!store.addStored(first, count, { dir: m.dir, version: m.version, key })) {
          parentPort!.postMessage({ missing: first, count });
          waiting = true;
          return;
        }
      }
      done = 0;
    }
    queue.shift();
    if (m !== 'pack') parentPort!.postMessage('added');
  }
}

function addArticles(a: readonly (number | string)[]): void {
  for (let i = 0; i < a.length; i += 4)
    store.addArticle(a[i] as number, a[i + 1] as string, a[i + 2] as string, a[i + 3] as number);
}
