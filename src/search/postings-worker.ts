/**
 * The lists' thread (see postings-thread.ts): adds the articles it is sent, and packs every list when
 * asked, handing the buffers over.
 */
import { parentPort } from 'node:worker_threads';
import { PostingsStore } from './postings.js';
import type { PostingsMessage } from './postings-thread.js';

const store = new PostingsStore();
parentPort!.on('message', (m: PostingsMessage) => {
  if (m === 'pack') {
    const packed = store.packed();
    parentPort!.postMessage(packed, [packed.firsts.buffer, packed.lasts.buffer, packed.ends.buffer, packed.bytes.buffer] as ArrayBuffer[]);
    return;
  }
  const a = m.articles;
  for (let i = 0; i < a.length; i += 3) store.addArticle(a[i] as number, a[i + 1] as string, a[i + 2] as string);
  parentPort!.postMessage('added');
});
