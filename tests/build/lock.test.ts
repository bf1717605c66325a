import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addPage, archive, bin, build, startBuild, tree } from '../support/archive.js';

// One build at a time per output folder and per cache, `baoku dev` included (issue 22, item 3).
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** A process that does nothing for a minute (stands in for another build that is running). */
function bystander(): ChildProcess {
  const c = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(c);
  return c;
}

const exited = (c: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => (c.exitCode !== null ? resolve(c.exitCode) : c.once('exit', (code) => resolve(code))));
const output = (c: ChildProcess): { text: string } => {
  const out = { text: '' };
  c.stdout?.on('data', (d: Buffer) => (out.text += d));
  c.stderr?.on('data', (d: Buffer) => (out.text += d));
  return out;
};

async function until(what: () => boolean, ms = 60_000): Promise<void> {
  for (const start = Date.now(); !what();) {
    if (Date.now() - start > ms) throw new Error('waited too long');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('two builds of one output folder', () => {
  it('a build started while another runs is refused, naming it, and the first publishes its whole site', async () => {
    const dir = archive(6, { small: true });
    expect(build(dir, 'dist-clean').status).toBe(0);
    const clean = tree(join(dir, 'dist-clean'));
    const first = startBuild(dir);
    children.push(first);
    const log = output(first);
    // Once the first holds the output folder, the second is started.
    await until(() => existsSync(join(dir, 'dist.lock')) || first.exitCode !== null);
    expect(first.exitCode, log.text).toBe(null);
    const second = build(dir);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `dist\\.lock:1:1 the output folder .*dist is in use by another baoku build \\(pid ${first.pid} .*\\[locked\\]`,
      ),
    );
    expect(await exited(first), log.text).toBe(0);
    expect(tree(join(dir, 'dist'))).toEqual(clean);
    expect(readdirSync(dir).filter((n) => n.startsWith('dist.'))).toEqual([]);
  }, 120_000);

  it('a lock left by a build that was killed is taken over', () => {
    const dir = archive(1, { small: true });
    // A pid no process has (beyond the kernel's limit): its holder is gone.
    writeFileSync(
      join(dir, 'dist.lock'),
      JSON.stringify({
        pid: 99999999,
        host: hostname(),
        started: '2024-01-01T00:00:00Z',
        since: '1',
        command: 'build',
      }),
    );
    const r = build(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'dist.lock'))).toBe(false);
  }, 120_000);

  it('never deletes the temporary folder of another build that is running', () => {
    const dir = archive(1, { small: true });
    const other = bystander();
    // What another build (of this output folder, with no lock: as builds before locks) is making.
    const theirs = join(dir, `dist.tmp-${other.pid}`);
    mkdirSync(join(theirs, 'articles'), { recursive: true });
    writeFileSync(join(theirs, '.baoku-site'), 'made by baoku');
    writeFileSync(join(theirs, 'articles/a.html'), 'half made');
    expect(build(dir).status).toBe(0);
    expect(readFileSync(join(theirs, 'articles/a.html'), 'utf8')).toBe('half made');
  }, 120_000);
});

describe('one build at a time per cache', () => {
  it('a build into another folder with the same content (and cache) is refused while one runs', async () => {
    const dir = archive(6, { small: true });
    const first = startBuild(dir);
    children.push(first);
    await until(() => existsSync(join(dir, 'content/.cache/lock')) || first.exitCode !== null);
    expect(first.exitCode).toBe(null);
    const second = build(dir, 'elsewhere');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `\\.cache/lock:1:1 the build cache .* is in use by another baoku build \\(pid ${first.pid} .*\\[locked\\]`,
      ),
    );
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
    expect(await exited(first)).toBe(0);
  }, 120_000);
});

describe('baoku dev', () => {
  it('holds the output folder: a build meanwhile is refused, naming it, and the served site stays', async () => {
    const dir = archive(1, { small: true });
    const port = await freePort();
    const dev = spawn(
      process.execPath,
      [bin, 'dev', '--content', join(dir, 'content'), '--out', join(dir, 'dist'), '--port', String(port)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(dev);
    const log = output(dev);
    await until(() => log.text.includes('serving') || dev.exitCode !== null);
    expect(log.text).toContain('serving');
    const site = tree(join(dir, 'dist'));
    addPage(dir, '2025-01-02', '青石区召开新年工作会议，部署全年重点任务。');
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`is in use by another baoku dev \\(pid ${dev.pid} .*\\[locked\\]`));
    // dev's own rebuild may have run meanwhile; a build of the other process never did.
    const now = tree(join(dir, 'dist'));
    expect(
      now.get('index.html') === site.get('index.html') ||
        readFileSync(join(dir, 'dist/index.html'), 'utf8').includes('青石区'),
    ).toBe(true);
    dev.kill('SIGINT');
    expect(await exited(dev)).toBe(0);
    expect(build(dir).status).toBe(0);
  }, 120_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}
