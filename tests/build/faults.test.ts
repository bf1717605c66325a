import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archive, build, startBuild, tree } from '../support/archive.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

/**
 * Fault injection (issue 22): builds killed at random points, run two at a time, and starved of disk at
 * random points, over many rounds (bounded in number and in time). After each, dist/ is either the
 * previous complete site or the new one, file by file; the next build succeeds and publishes the new
 * one; and nothing outside the output folder changed but the build's own cache and folders.
 */

/** A disk with room for `bytes` more (see tests/support/faults.cjs). */
const diskOf = (bytes: number): Record<string, string> => ({
  NODE_OPTIONS: `--require ${join(projectRoot, 'tests/support/faults.cjs')}`,
  BAOKU_TEST_DISK_BYTES: String(bytes),
});

/** The rounds: at most this many, and none started after this long (the suite stays quick). */
const ROUNDS = 12;
const TIME_MS = 45_000;

/** A small seeded random source, so that a failing round can be run again (its seed is in the message). */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const exited = (c: ChildProcess): Promise<{ code: number | null; text: string }> =>
  new Promise((resolve) => {
    let text = '';
    c.stdout?.on('data', (d: Buffer) => (text += d));
    c.stderr?.on('data', (d: Buffer) => (text += d));
    c.once('exit', (code) => resolve({ code, text }));
  });

describe('builds killed, run concurrently and starved of disk', () => {
  it('leave dist/ the previous complete site or the new one, and the next build publishes the new one', async () => {
    const seed = Number(process.env['BAOKU_FAULT_SEED']) || Date.now() % 1_000_000;
    const next = random(seed);
    const dir = archive(8, { small: true });
    // Things of the editor's around the output folder, some named as the build names its own.
    mkdirSync(join(dir, 'dist.tmp-1/sub'), { recursive: true });
    writeFileSync(join(dir, 'dist.tmp-1/sub/notes.txt'), 'mine');
    writeFileSync(join(dir, 'dist.base.txt'), 'mine too');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts/a.txt'), 'a draft');
    // Two versions of the content: without and with one more page.
    const extra = join(dir, 'content/pages/2025-03-01-p1.txt');
    const setVersion = (v: number): void => {
      if (v)
        writeFileSync(
          extra,
          '---\ndate: 2025-03-01\n---\n本报讯 （记者 周明远） 青石区春耕备耕有序推进，农机手忙着检修机具。\n',
        );
      else rmSync(extra, { force: true });
    };
    // Each version's complete site, built cleanly elsewhere.
    const refs = tempDir('baoku-fault-refs-');
    const sites = [0, 1].map((v) => {
      setVersion(v);
      const r = build(dir, join(refs, `v${v}`));
      expect(r.status, r.stderr).toBe(0);
      return tree(join(refs, `v${v}`));
    });
    setVersion(0);
    expect(build(dir).status).toBe(0);
    expect(tree(join(dir, 'dist'))).toEqual(sites[0]);
    // What the build may change: the output folder, its own folders beside it (marked), its lock, the cache.
    // (And the page the test itself adds and removes.)
    const own = (p: string): boolean =>
      p === 'dist' ||
      p === 'dist.lock' ||
      p === 'content/.cache' ||
      p === relative(dir, extra) ||
      (/^dist\.(base|(tmp|old|trash)-\d+)$/.test(p) && existsSync(join(dir, p, '.baoku-site')));
    const around = tree(dir, own);
    const start = Date.now();
    let version = 0;
    let rounds = 0;
    for (; rounds < ROUNDS && Date.now() - start < TIME_MS; rounds++) {
      const kind = (['kill', 'disk', 'concurrent'] as const)[rounds % 3];
      const to = 1 - version;
      const where = `seed ${seed}, round ${rounds} (${kind})`;
      setVersion(to);
      if (kind === 'kill') {
        const child = startBuild(dir);
        const done = exited(child);
        await new Promise((r) => setTimeout(r, 50 + next() * 2500));
        child.kill('SIGKILL');
        await done;
      } else if (kind === 'disk') {
        const r = await exited(startBuild(dir, 'dist', diskOf(Math.floor(next() * 150_000))));
        expect(r.code === 0 || (r.code === 1 && /\(ENOSPC\) \[file-system\]/.test(r.text)), `${where}: ${r.text}`).toBe(
          true,
        );
        expect(r.text, where).not.toContain('internal error');
      } else {
        const both = await Promise.all([exited(startBuild(dir)), exited(startBuild(dir))]);
        for (const r of both)
          expect(r.code === 0 || (r.code === 1 && r.text.includes('[locked]')), `${where}: ${r.text}`).toBe(true);
        expect(
          both.some((r) => r.code === 0),
          where,
        ).toBe(true);
      }
      // (Killed between moving the old site aside and the new one in, two renames apart, the old site
      // waits beside, whole, for the next build to put back.)
      const aside = readdirSync(dir).find((n) => /^dist\.old-\d+$/.test(n));
      const now = tree(join(dir, existsSync(join(dir, 'dist')) || !aside ? 'dist' : aside));
      expect(
        [sites[version], sites[to]],
        `${where}: dist/ is neither the previous site nor the new one`,
      ).toContainEqual(now);
      const after = build(dir);
      expect(after.status, `${where}: ${after.stderr}`).toBe(0);
      expect(tree(join(dir, 'dist')), where).toEqual(sites[to]);
      expect(tree(dir, own), where).toEqual(around);
      // Nothing of a killed build's is left but a replaced site being deleted in the background.
      expect(
        readdirSync(dir).filter((n) => /^dist\.(tmp|old)-\d+$/.test(n) && n !== 'dist.tmp-1'),
        where,
      ).toEqual([]);
      version = to;
    }
    // One line for the log: how many rounds ran, and the seed that makes them again (BAOKU_FAULT_SEED).
    console.log(`fault injection: ${rounds} rounds, seed ${seed}`);
    expect(rounds).toBeGreaterThanOrEqual(3);
  }, 240_000);
});
