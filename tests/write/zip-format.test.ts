/**
 * The zip format the site's zip is written in (write/zip-format.ts), read back by an unzip library (yauzl).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendOps } from '../../src/write/append.js';
import { runBatch } from '../../src/write/file-thread.js';
import { deflated, dosDate, zipDirectory, zipEntries, zipOf, zipPieces } from '../../src/write/zip-format.js';
import { tempDir } from '../support/temp.js';
import { readZip } from '../support/unzip.js';

const write = (zip: Buffer): string => {
  const file = join(tempDir('baoku-zipformat-'), 'a.zip');
  writeFileSync(file, zip);
  return file;
};

describe('the zip format', () => {
  it('is read by an unzip program: UTF-8 names, content, mode 0644, the date given', async () => {
    const files = { 'offices/西岭镇.html': '<h1>西岭镇</h1>', 'a/b/empty.txt': '', 'style.css': 'body{}'.repeat(500) };
    const zip = zipOf(
      Object.entries(files).map(([name, text]) => ({ name, ...deflated(Buffer.from(text)) })),
      dosDate('2024-03-12'),
    );
    const entries = await readZip(write(zip));
    expect(entries.map((e) => [e.name, e.content.toString()])).toEqual(Object.entries(files));
    for (const e of entries) {
      expect(e.mode).toBe(0o100644);
      expect([e.date.getFullYear(), e.date.getMonth() + 1, e.date.getDate(), e.date.getHours()]).toEqual([
        2024, 3, 12, 12,
      ]);
    }
  });

  it('writes ZIP64 records past 65,534 entries, and every entry is there', async () => {
    const one = deflated(Buffer.from('x'));
    const names = Array.from({ length: 70_000 }, (_, k) => `articles/${String(k).padStart(5, '0')}.html`);
    const zip = zipOf(
      names.map((name) => ({ name, ...one })),
      dosDate(null),
    );
    const entries = await readZip(write(zip));
    expect(entries.length).toBe(70_000);
    expect(entries[69_999]!.name).toBe(names[69_999]);
    expect(zipEntries(zip).size).toBe(70_000);
    // (An unzip program lists 70 000 entries: on a loaded machine that alone may take most of a minute.)
  }, 180_000);

  it('gives back the entries it wrote, and nothing of a zip it did not write', () => {
    const entry = { name: 'index.html', ...deflated(Buffer.from('<p>你好</p>')) };
    const zip = zipOf([entry], dosDate('2020-01-01'));
    const back = zipEntries(zip).get('index.html')!;
    expect([back.crc, back.size, back.data.equals(entry.data)]).toEqual([entry.crc, entry.size, true]);
    expect(zipEntries(Buffer.from('not a zip at all, but long enough to look for an end record')).size).toBe(0);
    const cut = zip.subarray(0, zip.length - 1);
    expect(zipEntries(cut).size).toBe(0);
  });

  it('made again from the published zip (its entries copied as ranges), is byte for byte a fresh one', async () => {
    const dir = tempDir('baoku-zipranges-');
    const text = (k: number): string => `<p>第${k}篇：${'新闻'.repeat(k * 40)}</p>`;
    const names = Array.from({ length: 40 }, (_, k) => `articles/${String(k).padStart(2, '0')}-文章.html`);
    const entry = (name: string, content: string) => ({ name, ...deflated(Buffer.from(content)) });
    const published = zipOf(
      names.map((n, k) => entry(n, text(k))),
      dosDate('2024-03-12'),
    );
    writeFileSync(join(dir, 'site.zip'), published);
    // The next site: one page changed, one added, one gone; the rest as published.
    const next = new Map(names.map((n, k) => [n, text(k)]));
    next.set(names[7]!, '<p>改过的一篇</p>');
    next.set('articles/07b-新的.html', '<p>新的一篇</p>');
    next.delete(names[30]!);
    const sorted = [...next.keys()].sort();
    for (const day of ['2024-03-12', '2024-03-13']) {
      const fresh = zipOf(
        sorted.map((n) => entry(n, next.get(n)!)),
        dosDate(day),
      );
      const start = published.length - 3000;
      const taken = zipDirectory(published.subarray(start), start, 'site.zip');
      expect(taken.size).toBe(names.length);
      const { pieces, size } = zipPieces(
        sorted.map((n) => (n === names[7] || !taken.has(n) ? entry(n, next.get(n)!) : taken.get(n)!)),
        dosDate(day),
      );
      const out = join(dir, `${day}.zip`);
      writeFileSync(out, '');
      const result = runBatch([...appendOps(out, pieces, (p) => join(dir, p))]);
      expect(result.failed).toBeNull();
      expect(readFileSync(out).equals(fresh), day).toBe(true);
      expect(size.bytes).toBe(fresh.length);
      expect((await readZip(out)).map((e) => e.name)).toEqual(sorted);
    }
  });
});
