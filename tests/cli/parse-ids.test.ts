import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23, item 1 (part): parse gives a page in a subfolder the id the build gives, from any folder.
const bin = join(projectRoot, 'bin/baoku.js');

describe('baoku parse of a page in a subfolder of pages/', () => {
  it("gives the build's id (folder and name) when run from another folder", () => {
    const content = tempContent({});
    mkdirSync(join(content, 'pages', '2023'), { recursive: true });
    const file = join(content, 'pages', '2023', 'xyz.txt');
    writeFileSync(file, '---\ndate: 2024-03-01\n---\n本报讯 （记者 王一） 青石区召开会议，部署下一阶段工作。\n');
    const r = spawnSync(process.execPath, [bin, 'parse', file, '--json'], {
      cwd: tempDir('baoku-elsewhere-'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const page = JSON.parse(r.stdout) as { articles: { id: string }[] };
    expect(page.articles.map((a) => a.id)).toEqual(['2023-xyz-1']);
  });
});
