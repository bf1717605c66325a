import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23, item 5: the command line behaves as a Node user expects.
const bin = join(projectRoot, 'bin/baoku.js');
const cwd = tempDir('baoku-conventions-');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
const COMMANDS = ['parse', 'build', 'search', 'new', 'correct', 'review', 'check', 'dev'];

describe('baoku --help, -h and --version', () => {
  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      it(`baoku ${command} ${flag} prints that command's usage and exits 0`, () => {
        const r = run(command, flag);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^usage: baoku ${command}\\b`));
        // Its own usage, not the list of every command.
        expect(r.stdout).not.toMatch(/commands:/);
        expect(r.stderr).toBe('');
      });
    }
  }

  it('--help after other options still asks for help', () => {
    const r = run('search', '社区', '--sort', 'date', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: baoku search/);
  });

  for (const args of [['--help'], ['-h'], ['help']]) {
    it(`baoku ${args.join(' ')} prints the general usage on stdout and exits 0`, () => {
      const r = run(...args);
      expect(r.status).toBe(0);
      for (const command of COMMANDS) expect(r.stdout).toContain(`  ${command} `);
    });
  }

  it('baoku --version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const r = run('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('bare baoku prints the usage on stderr and exits 2', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usage: baoku COMMAND/);
  });
});

describe('usage errors', () => {
  const cases: [string[], RegExp][] = [
    [['build', '--frobnicate'], /^baoku build: .*--frobnicate/],
    [['parse'], /^baoku parse: no file given/],
    [['correct'], /^baoku correct: give the id/],
    [['review'], /^baoku review: give the page/],
    [['new'], /^baoku new: give the page file/],
    [['search'], /^baoku search: give the words to search for, a filter/],
    [['search', '社区', '--sort', 'dat'], /^baoku search: --sort must be relevance, newest or oldest, not dat/],
    [
      ['search', '社区', '--sort', 'constructor'],
      /^baoku search: --sort must be relevance, newest or oldest, not constructor/,
    ],
    [['search', '社区', '--limit', 'x'], /^baoku search: --limit must be a whole number/],
    [['dev', '--port', 'abc'], /^baoku dev: --port must be a port number/],
    [['new', 'x.txt', '--issue', '0'], /^baoku new: --issue must be a whole number/],
    [['frobnicate'], /^baoku: unknown command "frobnicate"/],
  ];
  for (const [args, message] of cases) {
    it(`baoku ${args.join(' ')}: exit 2, one line saying why, then the command's usage`, () => {
      const r = run(...args);
      expect(r.status, r.stderr).toBe(2);
      const [first, second] = r.stderr.split('\n');
      expect(first).toMatch(message);
      // Not formatted as a problem in a file.
      expect(r.stderr).not.toMatch(/^-:\d+:\d+/m);
      expect(r.stderr).not.toContain('[usage]');
      expect(second).toMatch(
        args[0] === 'frobnicate' ? /^usage: baoku COMMAND/ : new RegExp(`^usage: baoku ${args[0]}\\b`),
      );
    });
  }
});

describe('a server that cannot listen', () => {
  it('baoku dev on a port in use says so and exits 1, not as a problem in a file', async () => {
    const { createServer } = await import('node:net');
    const { spawn } = await import('node:child_process');
    const { tempContent } = await import('../support/site.js');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const content = tempContent({
      'a.txt': '---\ndate: 2024-03-01\n---\n本报讯 （记者 王一） 青石区召开会议，部署下一阶段工作。\n',
    });
    const out = join(tempDir('baoku-dev-port-'), 'dist');
    // Run asynchronously: the port is held by this process, whose event loop must keep running.
    const child = spawn(process.execPath, [bin, 'dev', '--port', String(port), '--content', content, '--out', out], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(killer);
    server.close();
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(new RegExp(`^baoku dev: port ${port} on 127\\.0\\.0\\.1 is in use.*\\[port\\]$`, 'm'));
    expect(stderr).not.toMatch(/^-:1:1/m);
  }, 120_000);
});
