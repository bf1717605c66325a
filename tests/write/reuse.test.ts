import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskSink } from '../../src/write/disk-sink.js';
import { tempDir } from '../support/temp.js';

/** A folder with a published site of one file, made with key `k1`. */
async function published(): Promise<{ out: string; keys: string }> {
  const dir = tempDir('baoku-reuse-');
  const out = join(dir, 'dist');
  const keys = join(dir, 'cache', 'outputs.json');
  const sink = diskSink(out, keys);
  sink.write('a/page.html', 'first', 'k1');
  await sink.commit();
  return { out, keys };
}

describe('reusing published files', async () => {
  it('takes the published file when its key is unchanged, without writing it again', async () => {
    const { out, keys } = await published();
    const before = statSync(join(out, 'a/page.html')).ino;
    const sink = diskSink(out, keys);
    expect(sink.reuse('a/page.html', 'k1')).toBe(true);
    await sink.commit();
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
    expect(statSync(join(out, 'a/page.html')).ino).toBe(before);
  });

  it('makes a changed file again without writing through to the published one', async () => {
    const { out, keys } = await published();
    // Taken once: the published file and the kept site's (the next build's start) are one file.
    const taken = diskSink(out, keys);
    expect(taken.reuse('a/page.html', 'k1')).toBe(true);
    await taken.commit();
    // Another name for the published file's content (as a reader's open file or a backup would hold it).
    const held = join(dirname(out), 'held.html');
    linkSync(join(out, 'a/page.html'), held);
    const sink = diskSink(out, keys);
    expect(sink.reuse('a/page.html', 'k2')).toBe(false);
    sink.write('a/page.html', 'second', 'k2');
    await sink.commit();
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('second');
    expect(readFileSync(held, 'utf8')).toBe('first');
  });

  it('leaves out of the new site the published files the build no longer makes', async () => {
    const { out, keys } = await published();
    const sink = diskSink(out, keys);
    sink.write('b.html', 'other', 'k1');
    await sink.commit();
    expect(existsSync(join(out, 'a/page.html'))).toBe(false);
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toBe('other');
    // ...and the next build does not believe it published them.
    expect(diskSink(out, keys).reuse('a/page.html', 'k1')).toBe(false);
  });

  it('makes the file again when its key changed or the path was not published', async () => {
    const { out, keys } = await published();
    expect(diskSink(out, keys).reuse('a/page.html', 'k2')).toBe(false);
    expect(diskSink(out, keys).reuse('b/other.html', 'k1')).toBe(false);
  });

  it('refuses to publish, naming the file, when a reused file was deleted from the published site by hand', async () => {
    const { out, keys } = await published();
    rmSync(join(out, 'a/page.html'));
    writeFileSync(join(out, 'b.html'), 'kept');
    const sink = diskSink(out, keys);
    expect(sink.reuse('a/page.html', 'k1')).toBe(true);
    await expect(sink.commit()).rejects.toThrow(/a\/page\.html; delete .* and build again/);
    sink.abort();
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toBe('kept');
  });

  it('does not believe the keys of a build killed before it swapped its site in', async () => {
    const { out, keys } = await published();
    const killed = diskSink(out, keys);
    killed.write('a/page.html', 'second', 'k2');
    // What commit leaves if the build dies between writing its keys and swapping: its folder is still there.
    writeFileSync(
      `${keys}.pending`,
      JSON.stringify({ folder: `dist.tmp-${process.pid}`, keys: { 'a/page.html': 'k2' } }),
    );
    const next = diskSink(out, keys);
    expect(next.reuse('a/page.html', 'k2')).toBe(false);
    expect(next.reuse('a/page.html', 'k1')).toBe(true);
  });

  it('believes them once the killed build had swapped its site in', async () => {
    const { out, keys } = await published();
    writeFileSync(join(out, 'a/page.html'), 'second');
    writeFileSync(`${keys}.pending`, JSON.stringify({ folder: 'dist.tmp-1', paths: ['a/page.html'], keys: ['k2'] }));
    const next = diskSink(out, keys);
    expect(next.reuse('a/page.html', 'k1')).toBe(false);
    expect(next.reuse('a/page.html', 'k2')).toBe(true);
  });

  it('publishes nothing, naming the file, when a file cannot be written', async () => {
    const { out, keys } = await published();
    const sink = diskSink(out, keys);
    // Writes happen behind the build: a folder where the file should go makes its write fail.
    mkdirSync(join(`${out}.tmp-${process.pid}`, 'b.html'), { recursive: true });
    sink.write('c.html', 'fine');
    sink.write('b.html', 'new');
    await expect(sink.commit()).rejects.toMatchObject({
      rule: 'file-system',
      message: expect.stringContaining('nothing was published'),
      file: expect.stringMatching(/b\.html$/),
    });
    sink.abort();
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
    expect(() => statSync(join(out, 'c.html'))).toThrow();
  });
});

describe('the replaced site', () => {
  const leftovers = (out: string): string[] => readdirSync(dirname(out)).filter((n) => n.startsWith('dist.'));

  it("is kept beside the new one as the next build's starting point, which then holds only what that build made", async () => {
    const { out, keys } = await published();
    const sink = diskSink(out, keys);
    for (let i = 0; i < 200; i++) sink.write(`old/${i}.html`, 'x');
    await sink.commit();
    // The first site is kept; the second is published.
    expect(leftovers(out)).toEqual(['dist.base']);
    expect(readFileSync(join(out, '../dist.base/a/page.html'), 'utf8')).toBe('first');
    const next = diskSink(out, keys);
    next.write('a/page.html', 'second', 'k2');
    expect(next.reuse('old/0.html', 'x')).toBe(false);
    await next.commit();
    // Made from the first site: its page replaced, nothing of the second's that this build did not make.
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('second');
    expect(existsSync(join(out, 'old'))).toBe(false);
    expect(readdirSync(join(out, '../dist.base/old'))).toHaveLength(200);
    expect(leftovers(out)).toEqual(['dist.base']);
  });

  it("takes the kept site's file when the published one is the same, and links the published one when it changed", async () => {
    const { out, keys } = await published();
    let sink = diskSink(out, keys);
    expect(sink.reuse('a/page.html', 'k1')).toBe(true);
    sink.write('b.html', 'b1', 'b1');
    await sink.commit();
    sink = diskSink(out, keys);
    expect(sink.reuse('a/page.html', 'k1')).toBe(true);
    expect(sink.reuse('b.html', 'b1')).toBe(true);
    await sink.commit();
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
    expect(readFileSync(join(out, 'b.html'), 'utf8')).toBe('b1');
  });

  it('loses what was added to the published site by hand when it becomes the base, and gets back what was deleted from it', async () => {
    const { out, keys } = await published();
    const build = async (): Promise<void> => {
      const sink = diskSink(out, keys);
      expect(sink.reuse('a/page.html', 'k1')).toBe(true);
      await sink.commit();
      expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
    };
    await build();
    writeFileSync(join(out, 'stray.html'), 'added by hand');
    rmSync(join(out, '../dist.base/a/page.html'));
    await build();
    await build();
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
    expect(existsSync(join(out, 'stray.html'))).toBe(false);
  });

  it('is not trusted when it is not the site the keys describe: the build starts empty', async () => {
    const { out, keys } = await published();
    await diskSink(out, keys).commit();
    // Someone puts another folder in its place.
    rmSync(join(out, '../dist.base'), { recursive: true });
    mkdirSync(join(out, '../dist.base/a'), { recursive: true });
    writeFileSync(join(out, '../dist.base/a/page.html'), 'forged');
    writeFileSync(join(out, '../dist.base/extra.html'), 'forged');
    const sink = diskSink(out, keys);
    sink.write('a/page.html', 'second', 'k2');
    await sink.commit();
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('second');
    expect(existsSync(join(out, 'extra.html'))).toBe(false);
  });

  it('is deleted in the background after the swap when no keys are kept: the new site is in place at once, the old one gone soon after', async () => {
    const out = join(tempDir('baoku-reuse-'), 'dist');
    for (const content of ['first', 'second']) {
      const sink = diskSink(out);
      for (let i = 0; i < 200; i++) sink.write(`old/${i}.html`, content);
      await sink.commit();
    }
    expect(readFileSync(join(out, 'old/0.html'), 'utf8')).toBe('second');
    expect(leftovers(out).every((n) => n.startsWith('dist.trash-'))).toBe(true);
    await expect.poll(() => leftovers(out), { timeout: 10_000, interval: 50 }).toEqual([]);
  });

  it('is given back by a build refused before it made anything (a page in error), ready for the next', async () => {
    const { out, keys } = await published();
    const second = diskSink(out, keys);
    second.reuse('a/page.html', 'k1');
    await second.commit();
    const kept = statSync(join(out, '../dist.base')).ino;
    // Refused (say, a page in error) after taking the kept site as its starting point.
    diskSink(out, keys).abort();
    expect(leftovers(out)).toEqual(['dist.base']);
    expect(statSync(join(out, '../dist.base')).ino).toBe(kept);
    // A build that had begun making files throws its folder away.
    const begun = diskSink(out, keys);
    begun.write('b.html', 'b', 'b');
    begun.abort();
    expect(leftovers(out)).toEqual([]);
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
  });

  it('is deleted by the next build when its deleter was killed', async () => {
    const { out, keys } = await published();
    // A pid no process has (beyond the kernel's limit): the deleter is gone.
    const orphan = join(dirname(out), 'dist.trash-99999999');
    mkdirSync(join(orphan, 'articles'), { recursive: true });
    writeFileSync(join(orphan, 'articles', 'a.html'), 'old');
    writeFileSync(join(orphan, '.baoku-site'), 'made by baoku');
    // Named as the build names its own, but not made by it: left alone.
    const stranger = join(dirname(out), 'dist.trash-99999998');
    mkdirSync(stranger);
    writeFileSync(join(stranger, 'notes.txt'), 'mine');
    diskSink(out, keys).abort();
    await expect.poll(() => existsSync(orphan), { timeout: 10_000, interval: 50 }).toBe(false);
    expect(readFileSync(join(stranger, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'a/page.html'), 'utf8')).toBe('first');
  });
});
