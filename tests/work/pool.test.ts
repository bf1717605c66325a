import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Worker processes run compiled code only: these tests use lib/ (compiled before the tests: tests/support/compile.ts).
type PoolModule = typeof import('../../src/work/pool.js');
let openPool: PoolModule['openPool'];

beforeAll(async () => {
  ({ openPool } = (await import(join(projectRoot, 'lib/work/pool.js'))) as PoolModule);
});

// A page to parse; its index contributions go to a throwaway cache folder.
const cacheDir = tempDir('baoku-pool-');
let pages = 0;
const page = (text: string) => ({
  path: 'p.txt',
  body: text,
  options: {},
  index: { dir: cacheDir, version: 'test', key: `k${pages++}` },
});

/** The pids of this process's worker processes. */
function workerPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return (
          Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid &&
          readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('work/worker.js')
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('the worker pool', () => {
  it('hands results back in order, from the worker processes', async () => {
    const pool = openPool(2);
    try {
      const out: number[] = [];
      await pool.each(
        'parse',
        [page('本报讯 青石区召开会议，部署工作。\n'), page('本报讯 西岭镇苹果丰收。\n\n本报讯 东湖街道开展义诊。\n')],
        (parsed, n) => out.push(n * 10 + parsed.articles.length),
      );
      expect(out).toEqual([1, 12]);
      // Each page's index contributions went to the cache, one per article.
      expect(JSON.parse(readFileSync(join(cacheDir, 'k1'.slice(0, 2), 'k1.json'), 'utf8')).value).toHaveLength(2);
    } finally {
      await pool.close();
    }
    // Closed, the workers have said how much memory they reached (the build reports it): more than
    // jieba's dictionaries, less than their heap cap and those.
    expect(pool.peakMemory()).toBeGreaterThan(20 * 1048576);
    expect(pool.peakMemory()).toBeLessThan(1024 * 1048576);
    expect(workerPids()).toEqual([]);
  }, 60_000);

  it('fails only the task that failed, and goes on with the next (a kept pool outlives a bad build)', async () => {
    const pool = openPool(2);
    try {
      // The bad task fails at once; the good one, still loading jieba in the other worker, must not.
      const [bad, good] = await Promise.allSettled([
        pool.submit('parse', { ...page(''), body: null as unknown as string }),
        pool.submit('parse', page('本报讯 青石区召开会议，部署工作。\n')),
      ]);
      expect(bad.status).toBe('rejected');
      expect(good.status).toBe('fulfilled');
      const parsed = await pool.submit('parse', page('本报讯 西岭镇苹果丰收，果农喜笑颜开。\n'));
      expect(parsed.articles).toHaveLength(1);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('fails the task of a worker that dies, starts another for the next, and leaves no worker behind on close', async () => {
    const pool = openPool(2);
    try {
      const long = page(`本报讯 ${'西岭镇苹果丰收，果农喜笑颜开。'.repeat(4000)}\n`);
      const dying = pool.submit('parse', long);
      // Wait for the worker to start, then kill it mid-task (as the system would, out of memory).
      let pids: number[] = [];
      while (!(pids = workerPids()).length) await new Promise((r) => setTimeout(r, 50));
      process.kill(pids[0]!, 'SIGKILL');
      await expect(dying).rejects.toThrow(/worker process stopped/);
      const parsed = await pool.submit('parse', page('本报讯 东湖街道开展义诊。\n'));
      expect(parsed.articles).toHaveLength(1);
    } finally {
      await pool.close();
    }
    expect(workerPids()).toEqual([]);
  }, 60_000);
});
