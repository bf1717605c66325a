import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { BuildError, formatDiagnostic } from '../../src/errors.js';
import { memorySink } from '../../src/write/sink.js';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23, item 3: a refused build says why (the first problem's place and reason) and how many others there are.
const bin = join(projectRoot, 'bin/baoku.js');
const good = '---\ndate: 2024-03-01\npageNumber: 1\n---\n本报讯 （记者 王一） 青石区召开会议，部署下一阶段工作。\n';
const badYaml = '---\ndate: 2024-03-01\npageNumber: [2\n---\n本报讯 正文。\n';

describe('a refused build', () => {
  it('names the first bad page, its line and its reason, and counts the others', () => {
    const content = tempContent({ 'a-good.txt': good, 'b-front.txt': badYaml, 'c-empty.txt': '' });
    const out = join(tempDir('baoku-refused-'), 'dist');
    const r = spawnSync(process.execPath, [bin, 'build', '--content', content, '--out', out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(1);
    const line = r.stderr.trim().split('\n').at(-1)!;
    expect(line).toMatch(
      /pages\/b-front\.txt:\d+:\d+ front matter is not valid YAML.*\[front-matter\]; 1 other page file\(s\) could not be read either .*nothing was published \[build-refused\]$/,
    );
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('gives the dev server the same reason (it prints the build error it gets)', async () => {
    const content = tempContent({ 'a-good.txt': good, 'c-empty.txt': '' });
    const error = await build(resolveConfig({ content }), memorySink()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect(formatDiagnostic((error as BuildError).toDiagnostic())).toMatch(
      /pages\/c-empty\.txt:1:1 the file is empty \[empty-file\]; nothing was published \[build-refused\]/,
    );
  }, 120_000);
});
