import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempContent } from '../support/site.js';

// Issue 23, item 7: page files where the build does not look are pointed out, not silently ignored.
const bin = join(projectRoot, 'bin/baoku.js');
const page = '---\ndate: 2024-03-01\npageNumber: 1\n---\n本报讯 （记者 王一） 青石区召开会议，部署下一阶段工作。\n';

describe('baoku check and page files outside content/pages', () => {
  it('warns about each .txt file under content/ outside pages/, and about none inside it', () => {
    const content = tempContent({ 'ok.txt': page });
    mkdirSync(join(content, '2024'), { recursive: true });
    writeFileSync(join(content, '2024', 'p2.txt'), page);
    writeFileSync(join(content, 'loose.TXT'), page);
    // Not pages: a correction, a hidden folder's files (the cache lives in one).
    mkdirSync(join(content, '.hidden'), { recursive: true });
    writeFileSync(join(content, '.hidden', 'x.txt'), page);
    const r = spawnSync(process.execPath, [bin, 'check', '--content', content], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const stray = r.stdout.split('\n').filter((l) => l.includes('[outside-pages]'));
    expect(stray).toHaveLength(2);
    expect(stray[0]).toMatch(/2024\/p2\.txt:1:1 warning: a page file outside .*pages\/: the build does not read it/);
    expect(stray[1]).toMatch(/loose\.TXT:1:1 warning:/);
    expect(r.stdout).toMatch(/^0 error\(s\), \d+ warning\(s\)$/m);
    expect(
      spawnSync(process.execPath, [bin, 'check', '--content', content, '--strict'], {
        encoding: 'utf8',
        timeout: 120_000,
      }).status,
    ).toBe(1);
  }, 120_000);
});
