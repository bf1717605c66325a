import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPage, archive, build, tree } from '../support/archive.js';

// The build owns only folders it made (issue 22, item 2): anything else given as --out is refused and
// left exactly as it was, however many times the build is run.
describe('an output folder the build did not make', () => {
  it('--out naming the content folder, run twice, keeps every page and site.yml', () => {
    const dir = archive(2, { small: true });
    const before = tree(dir);
    for (let i = 0; i < 2; i++) {
      const r = build(dir, 'content');
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/content:1:1 the output folder would hold the content folder .*\[out-dir\]/);
    }
    expect(tree(dir)).toEqual(before);
  });

  it('--out naming a folder that holds the project or the content is refused, and nothing moves', () => {
    const dir = archive(1, { small: true });
    const before = tree(dir);
    for (const out of [dir, join(dir, '..'), join(dir, 'content/pages/site'), join(dir, 'content/.cache/site')]) {
      const r = build(dir, out);
      expect(r.status, `${out}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain('[out-dir]');
    }
    expect(tree(dir)).toEqual(before);
  });

  it('an output path that is a file is refused, and the file stays', () => {
    const dir = archive(1, { small: true });
    writeFileSync(join(dir, 'site.zip'), 'not a folder');
    const r = build(dir, 'site.zip');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/site\.zip:1:1 the output path is a file.*\[out-dir\]/);
    expect(readFileSync(join(dir, 'site.zip'), 'utf8')).toBe('not a folder');
  });

  it('a folder holding files of its own is refused, twice, and keeps them; an empty one is taken', () => {
    const dir = archive(1, { small: true });
    mkdirSync(join(dir, 'photos/2024'), { recursive: true });
    writeFileSync(join(dir, 'photos/2024/a.jpg'), 'jpeg');
    writeFileSync(join(dir, 'photos/index.html'), 'my own page');
    const before = tree(join(dir, 'photos'));
    for (let i = 0; i < 2; i++) {
      const r = build(dir, 'photos');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /photos:1:1 the output folder already holds files baoku did not make.*\[out-dir-not-ours\]/,
      );
    }
    expect(tree(join(dir, 'photos'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['content', 'photos']);
    mkdirSync(join(dir, 'empty'));
    expect(build(dir, 'empty').status).toBe(0);
    expect(readFileSync(join(dir, 'empty/index.html'), 'utf8')).toContain('<html');
  }, 120_000);

  it('folders beside the output named as the build names its own, but not made by it, are never moved or deleted', () => {
    const dir = archive(1, { small: true });
    for (const name of ['dist.base', 'dist.tmp-1', 'dist.old-2', 'dist.trash-3']) {
      mkdirSync(join(dir, name, 'sub'), { recursive: true });
      writeFileSync(join(dir, name, 'sub/notes.txt'), `kept: ${name}`);
    }
    const before = tree(dir, (p) => p === 'dist' || p.startsWith('content'));
    // Two builds: the second replaces the first's site (where the first kept it as dist.base).
    expect(build(dir).status).toBe(0);
    addPage(dir, '2025-01-02', '青石区召开新年工作会议，部署全年重点任务。');
    const second = build(dir);
    expect(second.status, second.stderr).toBe(0);
    // (The replaced site, made by the build, may still be being deleted in the background.)
    const ours = (p: string): boolean =>
      p === 'dist' || p.startsWith('content') || (/^dist\.trash-\d+(\/|$)/.test(p) && !/^dist\.trash-3(\/|$)/.test(p));
    expect(tree(dir, ours)).toEqual(before);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('青石区');
  }, 120_000);
});
