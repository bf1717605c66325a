import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPage, archive, build, readOnly, tree } from '../support/archive.js';

// Ordinary conditions of a disk are diagnostics naming the path and what to do, never "internal error"
// (issue 22, item 10).
const noInternalError = (r: { stderr: string }): void => {
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/\n\s+at /);
};

/** Whether this machine lets the tests mount a small RAM disk (root with the right, as in a VM). */
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = join(process.env['BAOKU_TEST_TMP'] ?? '/tmp', `mount-probe-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an output folder the build may not replace as usual', () => {
  it('a read-only output folder: refused, naming it and what to do; the site stays', () => {
    const dir = archive(1, { small: true });
    expect(build(dir).status).toBe(0);
    const site = tree(join(dir, 'dist'));
    addPage(dir, '2025-01-02', '青石区召开新年工作会议，部署全年重点任务。');
    const undo = readOnly(join(dir, 'dist'));
    try {
      const r = build(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/dist:1:1 the output folder is read-only: make it writable.*\[out-dir\]/);
      noInternalError(r);
    } finally {
      undo();
    }
    expect(tree(join(dir, 'dist'))).toEqual(site);
  }, 120_000);

  it('a read-only parent folder: the site is published inside the output folder, whole', () => {
    const dir = archive(1, { small: true });
    const parent = join(dir, 'public_html');
    mkdirSync(parent);
    expect(build(dir, 'public_html/site').status).toBe(0);
    addPage(dir, '2025-01-02', '青石区召开新年工作会议，部署全年重点任务。');
    const undo = readOnly(parent);
    try {
      const r = build(dir, 'public_html/site');
      expect(r.status, r.stderr).toBe(0);
      noInternalError(r);
      expect(readFileSync(join(parent, 'site/index.html'), 'utf8')).toContain('青石区');
      expect(
        readdirSync(join(parent, 'site')).filter(
          (n) => n.startsWith('.baoku-') && n !== '.baoku-site' && !n.startsWith('.baoku-trash-'),
        ),
      ).toEqual([]);
      expect(readdirSync(parent)).toEqual(['site']);
      // Without an output folder there, it cannot be made: said so.
      const none = build(dir, 'public_html/other');
      expect(none.status).toBe(1);
      expect(none.stderr).toMatch(
        /other:1:1 cannot make the output folder here: its parent folder is read-only.*\[out-dir\]/,
      );
    } finally {
      undo();
    }
    // The same site as a clean build of the same content.
    rmSync(join(dir, 'content/.cache'), { recursive: true, force: true });
    expect(build(dir, 'clean').status).toBe(0);
    const strip = (m: Map<string, string>): Map<string, string> =>
      new Map([...m].filter(([p]) => !p.startsWith('.baoku-trash-')));
    expect(strip(tree(join(parent, 'site')))).toEqual(tree(join(dir, 'clean')));
  }, 120_000);

  it.skipIf(!canMount())(
    'an output folder that is a mount point: the site is published inside it, whole',
    () => {
      const dir = archive(1, { small: true });
      const out = join(dir, 'stick');
      mkdirSync(out);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', out]);
      try {
        expect(build(dir, 'stick').status).toBe(0);
        addPage(dir, '2025-01-02', '青石区召开新年工作会议，部署全年重点任务。');
        const r = build(dir, 'stick');
        expect(r.status, r.stderr).toBe(0);
        noInternalError(r);
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('青石区');
        expect(readdirSync(dir).sort()).toEqual(['content', 'stick']);
      } finally {
        execFileSync('umount', ['-l', out]);
      }
    },
    120_000,
  );
});

describe('a build cache the build cannot use as it is', () => {
  it('a read-only cache: refused, naming it and what to do', () => {
    const dir = archive(1, { small: true });
    expect(build(dir).status).toBe(0);
    addPage(dir, '2025-01-02', '青石区召开新年工作会议，部署全年重点任务。');
    const undo = readOnly(join(dir, 'content/.cache'));
    try {
      const r = build(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /\.cache:1:1 the build cache folder is read-only: make it writable, or delete it.*\[cache-dir\]/,
      );
      noInternalError(r);
    } finally {
      undo();
    }
  }, 120_000);

  it('.cache that is a file: refused, naming it; the file stays', () => {
    const dir = archive(1, { small: true });
    writeFileSync(join(dir, 'content/.cache'), 'my notes');
    const r = build(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /\.cache:1:1 a file stands where baoku keeps its build cache: move it away.*\[cache-dir\]/,
    );
    noInternalError(r);
    expect(readFileSync(join(dir, 'content/.cache'), 'utf8')).toBe('my notes');
  }, 120_000);

  it('a cache entry of the right version but the wrong shape is discarded with a notice, and the page parsed again', () => {
    const dir = archive(2, { small: true });
    expect(build(dir, 'dist-first').status).toBe(0);
    // The record of the pages goes too, so that the build asks the parse cache for each page.
    rmSync(join(dir, 'content/.cache/pages'), { recursive: true, force: true });
    const cache = join(dir, 'content/.cache/parse');
    for (const sub of readdirSync(cache)) {
      for (const f of readdirSync(join(cache, sub))) {
        const entry = JSON.parse(readFileSync(join(cache, sub, f), 'utf8')) as {
          version: string;
          value: { articles: unknown[] };
        };
        entry.value.articles = entry.value.articles.map(() => ({ id: 1 }));
        writeFileSync(join(cache, sub, f), JSON.stringify(entry));
      }
    }
    const r = build(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/discarded an entry of the parse cache.*\[cache-discarded\]/);
    expect(tree(join(dir, 'dist'))).toEqual(tree(join(dir, 'dist-first')));
    // ...and the next build finds good entries.
    const again = build(dir);
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain('cache-discarded');
  }, 120_000);
});
