import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.js';

// Worker threads run compiled code only: these tests use lib/ (compiled before the tests: tests/support/compile.ts).
type PoolModule = typeof import('../../src/work/pool.js');
let openPool: PoolModule['openPool'];

beforeAll(async () => {
  ({ openPool } = (await import(join(projectRoot, 'lib/work/pool.js'))) as PoolModule);
});

const page = (text: string) => ({ path: 'p.txt', body: text, options: {} });

describe('the worker pool', () => {
  it('hands results back in order, from the threads', async () => {
    const pool = openPool(2);
    try {
      const out: number[] = [];
      await pool.each('parse', [page('本报讯 青石区召开会议，部署工作。\n'), page('本报讯 西岭镇苹果丰收。\n\n本报讯 东湖街道开展义诊。\n')], (done, n) => out.push(n * 10 + done.parsed.articles.length));
      expect(out).toEqual([1, 12]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails only the task whose thread died, and goes on with the next (a kept pool outlives a bad build)', async () => {
    const pool = openPool(2);
    try {
      // The bad task fails at once; the good one, still loading jieba on the other thread, must not.
      const [bad, good] = await Promise.allSettled([pool.submit('parse', { path: 'x.txt', body: null as unknown as string, options: {} }), pool.submit('parse', page('本报讯 青石区召开会议，部署工作。\n'))]);
      expect(bad.status).toBe('rejected');
      expect(good.status).toBe('fulfilled');
      const { parsed } = await pool.submit('parse', page('本报讯 西岭镇苹果丰收，果农喜笑颜开。\n'));
      expect(parsed.articles).toHaveLength(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
