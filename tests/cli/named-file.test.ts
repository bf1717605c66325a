import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23: a file named on the command line that is not there is named, with where it was looked for.
const bin = join(projectRoot, 'bin/baoku.js');

describe('a page file that does not exist', () => {
  for (const command of ['new', 'parse']) {
    it(`baoku ${command} missing.txt names the file and the folder, exit 1`, () => {
      const cwd = tempDir('baoku-missing-');
      const r = spawnSync(process.execPath, [bin, command, 'missing.txt', '--content', tempContent({})], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr.trim()).toBe(`baoku ${command}: there is no file missing.txt (looked in ${cwd}) [no-file]`);
    });
  }
});
