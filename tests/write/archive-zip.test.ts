/**
 * The site's zip (write/archive-zip.ts): built reproducibly, holding the site, changing exactly when the site does.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readersArchive } from '../support/readers-archive.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';
import { readZip } from '../support/unzip.js';

const bin = join(projectRoot, 'bin/baoku.js');
const ZIP = 'baoku-archive.zip';

/** Builds `content` into a new folder (or `out`) with the CLI, in time zone `tz`; returns the output folder. */
function build(content: string, tz = 'UTC', out = join(tempDir('baoku-zip-'), 'dist')): string {
  const r = spawnSync(process.execPath, [bin, 'build', '--content', content, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

/** Every file of a built site, path → bytes (the build's own marker left out). */
function siteFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const full = join(d, n);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  out.delete('.baoku-site');
  return out;
}

describe('the site as one zip', () => {
  let a: string;
  let b: string;
  beforeAll(() => {
    const content = readersArchive();
    a = build(content, 'UTC');
    b = build(content, 'Pacific/Auckland');
  });

  it('is byte for byte the same from two builds of the same content, in any time zone, and so is the site', () => {
    expect(readFileSync(join(a, ZIP)).equals(readFileSync(join(b, ZIP)))).toBe(true);
    const [one, two] = [siteFiles(a), siteFiles(b)];
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [path, bytes] of one) expect(bytes.equals(two.get(path)!), path).toBe(true);
  });

  it('holds every file of the site but itself, in path order, each a 0644 file dated the newest issue', async () => {
    const out = a;
    const entries = await readZip(join(out, ZIP));
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    const files = siteFiles(out);
    files.delete(ZIP);
    expect(names).toEqual([...files.keys()].sort());
    for (const e of entries) {
      expect(e.mode, e.name).toBe(0o100644);
      // The newest issue of the test archive is of 2024-03-12; an unzip program shows the date as it is.
      expect([e.date.getFullYear(), e.date.getMonth() + 1, e.date.getDate(), e.date.getHours()]).toEqual([
        2024, 3, 12, 12,
      ]);
      // The download note is the one file that differs: the copy has no zip to offer.
      if (e.name === 'baoku-download.js') expect(e.content.toString()).toBe('window.baokuDownload=null;\n');
      else expect(e.content.equals(files.get(e.name)!), e.name).toBe(true);
    }
    // The site's own note gives the zip's true size.
    const note = readFileSync(join(out, 'baoku-download.js'), 'utf8');
    expect(note).toContain(`"bytes":${statSync(join(out, ZIP)).size}`);
  });

  it('stays as it is when nothing changed, and when a page changes becomes what a fresh build makes', async () => {
    const content = readersArchive();
    const out = build(content);
    const first = readFileSync(join(out, ZIP));
    build(content, 'UTC', out);
    expect(readFileSync(join(out, ZIP)).equals(first)).toBe(true);
    // One page's text changes: one article, its page, the index... and the zip.
    const page = join(content, 'pages', 'qingshi-2024-0305-2.txt');
    const text = readFileSync(page, 'utf8');
    const word = text.match(/[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff]*。\n?$)/m)?.[0] ?? '果园';
    writeFileSync(page, text.replace(word, '梨树'));
    build(content, 'UTC', out);
    const changed = readFileSync(join(out, ZIP));
    expect(changed.equals(first)).toBe(false);
    const fresh = build(content);
    expect(changed.equals(readFileSync(join(fresh, ZIP)))).toBe(true);
    const entries = await readZip(join(out, ZIP));
    const files = siteFiles(out);
    for (const e of entries)
      if (e.name !== 'baoku-download.js') expect(e.content.equals(files.get(e.name)!), e.name).toBe(true);
    expect(entries.some((e) => e.content.toString().includes('梨树'))).toBe(true);
  });
});
