import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archive, build, readOnly, tree } from '../support/archive.js';
import { projectRoot } from '../support/site.js';

// Every wait has an end (issue 22, item 4): a build that fails while pages are being parsed exits.
// (A build that hangs is stopped by the time-out: its status is then null, which these tests refuse.)
const LIMIT = 60_000;

/** Touches every page, so that the next build parses them all again. */
function touchPages(dir: string): void {
  for (const f of readdirSync(join(dir, 'content/pages')))
    writeFileSync(
      join(dir, 'content/pages', f),
      `${readFileSync(join(dir, 'content/pages', f), 'utf8')}\n本报讯 补记一段文字，说明版面有了变化。\n`,
    );
}

describe('a build that fails while pages are being parsed', () => {
  it('exits, naming the refused page, when one page of a dozen cannot be read', () => {
    const dir = archive(14, { small: true });
    writeFileSync(join(dir, 'content/pages/2024-12-31-p9.txt'), '');
    const r = build(dir, 'dist', {}, LIMIT);
    expect(r.signal).toBe(null);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2024-12-31-p9\.txt:1:1 .*nothing was published \[build-refused\]/);
  }, 120_000);

  it('exits, naming the cache folder and what to do, when the index cache cannot be written', () => {
    const dir = archive(12, { small: true });
    expect(build(dir).status).toBe(0);
    const site = tree(join(dir, 'dist'));
    touchPages(dir);
    const index = join(dir, 'content/.cache/index');
    // Read-only (or immutable) folders of entries, and their folder.
    const undo = [...readdirSync(index).map((sub) => readOnly(join(index, sub))), readOnly(index)];
    try {
      const r = build(dir, 'dist', {}, LIMIT);
      expect(r.signal).toBe(null);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr, r.stderr).toMatch(
        /\.cache\/index\/.*:1:1 cannot write the build cache: .*(permission denied|not permitted).*\[file-system\]/,
      );
      expect(r.stderr).not.toContain('internal error');
    } finally {
      for (const u of undo.reverse()) u();
    }
    expect(tree(join(dir, 'dist'))).toEqual(site);
    expect(build(dir).status).toBe(0);
  }, 120_000);

  it('exits, saying the disk is full, when the disk fills up', () => {
    const dir = archive(12, { small: true });
    // A disk with room for little (see tests/support/faults.cjs).
    const full = {
      NODE_OPTIONS: `--require ${join(projectRoot, 'tests/support/faults.cjs')}`,
      BAOKU_TEST_DISK_BYTES: '30000',
    };
    const r = build(dir, 'dist', full, LIMIT);
    expect(r.signal).toBe(null);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /:1:1 cannot .*: the disk is full: free some space and build again \(ENOSPC\) \[file-system\]/,
    );
    expect(readdirSync(dir)).toEqual(['content']);
    expect(build(dir).status).toBe(0);
  }, 120_000);
});
