import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23 item 4: a server that cannot listen, for whatever reason, says why in one line and exits.
const bin = join(projectRoot, 'bin/baoku.js');
const fault = join(projectRoot, 'tests/support/listen-fault.cjs');

describe('baoku dev when the system refuses to let it listen', () => {
  const cases: [code: string, port: string, why: RegExp][] = [
    ['EACCES', '80', /^baoku dev: port 80 needs privileges: choose one above 1023 with --port N \[port\]$/m],
    ['EADDRNOTAVAIL', '4321', /^baoku dev: this machine has no address 127\.0\.0\.1 to serve on .*\[port\]$/m],
    ['EMFILE', '4321', /^baoku dev: cannot listen on 127\.0\.0\.1 port 4321: EMFILE \[port\]$/m],
  ];
  for (const [code, port, why] of cases) {
    it(`${code}: one line why, exit 1, no hang`, () => {
      const content = tempContent({
        'a.txt': '---\ndate: 2024-03-01\n---\n本报讯 （记者 王一） 青石区召开会议，部署下一阶段工作。\n',
      });
      const out = join(tempDir('baoku-dev-listen-'), 'dist');
      const r = spawnSync(process.execPath, [bin, 'dev', '--port', port, '--content', content, '--out', out], {
        cwd: projectRoot,
        encoding: 'utf8',
        // A process that hangs is killed here, and fails the test with status null.
        timeout: 90_000,
        env: { ...process.env, NODE_OPTIONS: `--require ${fault}`, BAOKU_TEST_LISTEN_ERROR: code },
      });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      expect(r.stdout).not.toMatch(/serving/);
    }, 120_000);
  }
});
