import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const bin = join(projectRoot, 'bin/baoku.js');
const search = (dist: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, 'search', ...args, '--dist', dist], { cwd: projectRoot, encoding: 'utf8' });

describe('baoku search on a damaged index', () => {
  let out: string;
  beforeAll(async () => {
    out = tempDir('baoku-index-');
    await build(resolveConfig({ root: projectRoot, out }), diskSink(out));
  });

  /** A copy of the built site with `damage` done to its search folder. */
  function damaged(damage: (search: string) => void): string {
    const copy = tempDir('baoku-damaged-');
    cpSync(out, copy, { recursive: true });
    damage(join(copy, 'search'));
    return copy;
  }

  const cases: [string, (search: string) => void, RegExp][] = [
    [
      'a manifest cut short',
      (s) => truncateSync(join(s, 'manifest.js'), Math.floor(readFileSync(join(s, 'manifest.js')).length / 2)),
      /search\/manifest\.js:1:1 the search index file is cut short or damaged/,
    ],
    [
      'an empty manifest',
      (s) => truncateSync(join(s, 'manifest.js'), 0),
      /search\/manifest\.js:1:1 the search index file is empty/,
    ],
    [
      'a manifest of another version',
      (s) => writeFileSync(join(s, 'manifest.js'), 'baokuSearch.add("manifest",{"version":1});\n'),
      /search\/manifest\.js:1:1 the search index file was made by another version of baoku or is damaged/,
    ],
    [
      'every shard empty',
      (s) =>
        readdirSync(s)
          .filter((f) => f.startsWith('shard-'))
          .forEach((f) => truncateSync(join(s, f), 0)),
      /search\/shard-\d+\.js:1:1 the search index file is empty/,
    ],
    [
      'every article chunk cut short',
      (s) =>
        readdirSync(s)
          .filter((f) => f.startsWith('doc-'))
          .forEach((f) => truncateSync(join(s, f), 40)),
      /search\/doc-\d+\.js:1:1 the search index file is cut short or damaged/,
    ],
    [
      'article chunks of the wrong shape',
      (s) =>
        readdirSync(s)
          .filter((f) => f.startsWith('doc-'))
          .forEach((f) => writeFileSync(join(s, f), `baokuSearch.add(${JSON.stringify(f.slice(0, -3))},{});\n`)),
      /search\/doc-\d+\.js:1:1 the search index file is damaged/,
    ],
  ];
  for (const [what, damage, message] of cases) {
    it(`${what}: one line naming the file and what to do, exit 1, no internal error`, () => {
      const r = search(damaged(damage), '社区');
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('build the site again');
      expect(r.stderr).not.toMatch(/internal error|\s+at\s|JSON/);
    });
  }

  it('cuts a query longer than 100 characters and says so', () => {
    const r = search(out, `社区${'啊'.repeat(5_000)}`);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/longer than 100 characters: only the first 100 were searched/);
  });
});
