import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archive as laidOutArchive } from '../support/archive.js';
import { projectRoot } from '../support/site.js';

const bin = join(projectRoot, 'bin/baoku.js');

/** Every file under a folder, path → bytes. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const full = join(d, n);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** A content folder with the seed and `pages` laid-out test pages. */
const archive = (pages: number): string => laidOutArchive(pages, { prefix: 'baoku-inc-' });

const build = (dir: string, out = 'dist', env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, 'build', '--content', join(dir, 'content'), '--out', join(dir, out)], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

/** Gives the site a new title (which every file shows: all are made again). */
/** Starts a build of the archive in `dir` and kills it (SIGKILL) after `delay` ms, or sees it end before. */
async function killBuildAfter(dir: string, delay: number): Promise<void> {
  const child = spawn(process.execPath, [bin, 'build', '--content', join(dir, 'content'), '--out', join(dir, 'dist')], {
    stdio: 'ignore',
  });
  // Listened for at once: a build quicker than the delay has ended before the kill.
  const exited = new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, delay));
  child.kill('SIGKILL');
  await exited;
}

function retitle(dir: string, title: string): void {
  const settings = join(dir, 'content/site.yml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
}

/** The published site is byte for byte what a clean build (no cache) makes of the same content. */
function expectSameAsClean(dir: string): void {
  rmSync(join(dir, 'content/.cache'), { recursive: true, force: true });
  expect(build(dir, 'dist-clean').status).toBe(0);
  expectSameSite(join(dir, 'dist'), join(dir, 'dist-clean'));
}

/** Two built sites hold the same files, byte for byte. */
function expectSameSite(a: string, b: string): void {
  const x = tree(a);
  const y = tree(b);
  expect([...x.keys()]).toEqual([...y.keys()]);
  for (const [path, bytes] of x) expect(bytes === y.get(path), path).toBe(true);
}

describe('incremental builds', () => {
  it('produce byte-identical output to a clean build of the same content', () => {
    const dir = archive(30);
    // With an address, so that the sitemap lists the pages taken unchanged too.
    writeFileSync(
      join(dir, 'content/site.yml'),
      readFileSync(join(dir, 'content/site.yml'), 'utf8').replace(
        /^siteUrl: .*$/m,
        'siteUrl: https://example.org/news',
      ),
    );
    expect(build(dir).status).toBe(0);
    writeFileSync(
      join(dir, 'content/pages/2025-01-01-p1.txt'),
      `---\ndate: 2025-01-01\n---\n本报讯 （记者 周明远） 青石区召开新年工作会议，部署全年重点任务。\n`,
    );
    // And a second page for an issue already published: its other page lists it.
    writeFileSync(
      join(dir, 'content/pages/2024-01-01-p2.txt'),
      `---\ndate: 2024-01-01\npageNumber: 2\n---\n本报讯 （记者 周明远） 西岭镇修好了进村路。\n`,
    );
    const warm = build(dir);
    expect(warm.status).toBe(0);
    // The old pages' files were taken from the published site, not made again.
    expect(Number(/(\d+) unchanged files reused/.exec(warm.stdout)?.[1])).toBeGreaterThan(60);
    expectSameAsClean(dir);
  }, 240_000);

  it('show the printed text of pages taken from the last build without reading them, when every page is made again', () => {
    const dir = archive(4);
    expect(build(dir).status).toBe(0);
    expect(readdirSync(join(dir, 'content/.cache/pages')).length).toBeGreaterThan(0);
    // A new title makes every file again, from pages the build takes from its record: their 原文 views
    // read the page files then.
    retitle(dir, '新的站名');
    const again = build(dir);
    expect(again.status, again.stderr).toBe(0);
    // The 原文 view of an article shows its lines of the page file as printed.
    const articles = readdirSync(join(dir, 'dist/articles')).map((n) =>
      readFileSync(join(dir, 'dist/articles', n), 'utf8'),
    );
    expect(articles.filter((html) => !html.includes('新的站名'))).toEqual([]);
    const line = readFileSync(
      join(
        dir,
        'content/pages',
        readdirSync(join(dir, 'content/pages')).find((n) => n.startsWith('2024'))!,
      ),
      'utf8',
    )
      .split('\n')
      .filter((l) => /^[\u4e00-\u9fff，。、]{12,}$/.test(l))[2]!;
    expect(
      articles.filter((html) => html.includes(`</span>${line}`)),
      line,
    ).toHaveLength(1);
    expectSameAsClean(dir);
  }, 120_000);

  it('show the articles of pages taken from the record in full when their parses have gone from the cache', () => {
    const dir = archive(3);
    expect(build(dir).status).toBe(0);
    // The record holds each page's parse without its articles' text; the text comes from the parse cache
    // when an article is shown again. With the cache gone, the page is parsed again for it.
    rmSync(join(dir, 'content/.cache/parse'), { recursive: true, force: true });
    retitle(dir, '又一个站名');
    const again = build(dir);
    expect(again.status, again.stderr).toBe(0);
    const article = readdirSync(join(dir, 'dist/articles'))
      .map((n) => readFileSync(join(dir, 'dist/articles', n), 'utf8'))
      .find((html) => html.includes('又一个站名'))!;
    expect(article).toMatch(/<p>[^<]{20,}<\/p>/);
    expectSameAsClean(dir);
  }, 120_000);

  it("take a page from the last build's record while its file is untouched, and read it again once written", () => {
    const dir = archive(1);
    expect(build(dir).status).toBe(0);
    // What the record says of a page is believed while the file's stamp is the recorded one: a notice
    // slipped into the record shows that the file was not read again.
    // (Kept in UTF-16, in shards by path: see src/kept/page-record.ts.)
    const shards = readdirSync(join(dir, 'content/.cache/pages')).map((n) => join(dir, 'content/.cache/pages', n));
    const read = (f: string) =>
      JSON.parse(readFileSync(f, 'utf16le')) as { pages: Record<string, { diagnostics: unknown[] }> };
    const recordFile = shards.find((f) => Object.keys(read(f).pages).some((p) => p.includes('2024')))!;
    const record = read(recordFile);
    const [path, entry] = Object.entries(record.pages).find(([p]) => p.includes('2024'))!;
    entry.diagnostics.push({
      file: path,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'from-the-record',
      message: 'taken from the record',
    });
    writeFileSync(recordFile, JSON.stringify(record), 'utf16le');
    const untouched = build(dir);
    expect(untouched.status, untouched.stderr).toBe(0);
    // Counted with the warnings (an unchanged page's are not shown again: see the next test).
    expect(untouched.stdout).toMatch(/warnings: .*from-the-record 1/);
    const file = join(
      dir,
      'content/pages',
      readdirSync(join(dir, 'content/pages')).find((n) => n.startsWith('2024'))!,
    );
    writeFileSync(file, readFileSync(file));
    const written = build(dir);
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).not.toContain('from-the-record');
  }, 120_000);

  it('show the warnings of the pages parsed, and count those of pages unchanged since they were shown', () => {
    const dir = archive(2);
    const first = build(dir);
    expect(first.status).toBe(0);
    const warned = (r: { stderr: string }): Set<string> =>
      new Set([...r.stderr.matchAll(/^(\S+\.txt):\d+:\d+ warning/gm)].map((m) => m[1]!));
    const pages = warned(first);
    expect(pages.size).toBeGreaterThan(0);
    // A new page with a warning of its own (no headline): only its warnings are shown.
    writeFileSync(
      join(dir, 'content/pages/2025-02-01-p1.txt'),
      `---\ndate: 2025-02-01\n---\n本报讯 （记者 周明远） 青石区召开春季工作会议，部署全年重点任务。\n`,
    );
    const next = build(dir);
    expect(next.status, next.stderr).toBe(0);
    expect([...warned(next)]).toEqual([expect.stringContaining('2025-02-01-p1.txt')]);
    const hidden = Number(/^(\d+) warning\(s\) on (\d+) page\(s\) unchanged/m.exec(next.stderr)?.[1]);
    expect(hidden).toBe(first.stderr.match(/^\S+:\d+:\d+ warning/gm)!.length);
    // Every warning is still counted, and `baoku check` lists them all.
    const check = spawnSync(process.execPath, [bin, 'check', '--content', join(dir, 'content')], { encoding: 'utf8' });
    expect(new Set([...check.stdout.matchAll(/^(\S+\.txt):\d+:\d+ warning/gm)].map((m) => m[1]!))).toEqual(
      new Set([...pages, ...warned(next)]),
    );
  }, 120_000);

  it('keep the cache the size of the archive: entries of changed pages go', () => {
    const dir = archive(2);
    // Parses and search-index contributions, one of each per page.
    const entries = (kind: string): number =>
      readdirSync(join(dir, 'content/.cache', kind)).reduce(
        (n, sub) => n + readdirSync(join(dir, 'content/.cache', kind, sub)).length,
        0,
      );
    expect(build(dir).status).toBe(0);
    expect([entries('parse'), entries('index')]).toEqual([3, 3]);
    const page = join(
      dir,
      'content/pages',
      readdirSync(join(dir, 'content/pages')).find((n) => n.startsWith('2024'))!,
    );
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n本报讯 （记者 周明远） 补记一则。\n`);
    expect(build(dir).status).toBe(0);
    expect([entries('parse'), entries('index')]).toEqual([3, 3]);
  }, 120_000);

  it('throw away a corrupt cache with a notice instead of trusting it', () => {
    const dir = archive(0);
    expect(build(dir).status).toBe(0);
    const cache = join(dir, 'content/.cache/parse');
    for (const sub of readdirSync(cache))
      for (const f of readdirSync(join(cache, sub))) writeFileSync(join(cache, sub, f), '{"version": "x", "pag');
    const r = build(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/discarded an entry of the \w+ cache.*\[cache-discarded\]/);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('经开区召开2023年第九次党工委会议');
  }, 120_000);

  it('throw away a damaged page record with a notice, and read the pages again', () => {
    const dir = archive(6);
    expect(build(dir).status).toBe(0);
    const shards = join(dir, 'content/.cache/pages');
    const read = (n: string) =>
      JSON.parse(readFileSync(join(shards, n), 'utf16le')) as { pages: Record<string, unknown> };
    // Seven pages in shards by path: one shard with pages cut short, the others' entries of the wrong shape.
    const [first, ...rest] = readdirSync(shards).filter((n) => Object.keys(read(n).pages).length);
    expect(rest.length).toBeGreaterThan(0);
    writeFileSync(join(shards, first!), '{"token": "', 'utf16le');
    for (const n of rest) {
      const file = read(n);
      for (const path of Object.keys(file.pages)) file.pages[path] = { stamp: 1 };
      writeFileSync(join(shards, n), JSON.stringify(file), 'utf16le');
    }
    const r = build(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/discarded a shard of the page record .*\[cache-discarded\]/);
    expect(r.stderr).toMatch(/discarded \d+ entr(y|ies) of the page record .*\[cache-discarded\]/);
    expectSameAsClean(dir);
  }, 120_000);

  it('make the search index from the text again when its cache entries are damaged, with a notice', () => {
    const dir = archive(3);
    expect(build(dir, 'dist-first').status).toBe(0);
    // The lists' thread reads these; the build stands in for the damaged ones.
    const cache = join(dir, 'content/.cache/index');
    for (const sub of readdirSync(cache))
      for (const f of readdirSync(join(cache, sub))) writeFileSync(join(cache, sub, f), '{"version": "x", "val');
    const r = build(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/discarded an entry of the index cache.*\[cache-discarded\]/);
    expectSameSite(join(dir, 'dist-first'), join(dir, 'dist'));
  }, 120_000);
});

describe('the build heap cap', () => {
  it('builds again without a cap, with a notice and nothing half-written, when the cap is too small', () => {
    const dir = archive(2);
    const capped = build(dir, 'dist', { BAOKU_HEAP_MB: '6' });
    expect(capped.status).toBe(0);
    expect(capped.stderr).toContain('needed more memory than its heap limit; building again without one');
    expect(capped.stderr).not.toMatch(/FATAL|heap out of memory|    at /);
    expect(readdirSync(dir).filter((n) => n.startsWith('dist.'))).toEqual([]);
    const plain = build(dir, 'dist-plain');
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toContain('heap limit');
    expectSameSite(join(dir, 'dist'), join(dir, 'dist-plain'));
  }, 120_000);
});

describe('where a build runs', () => {
  it('reads many pages on the capped thread, from the published site as a rebuild does, and a few in its own', () => {
    // More pages than a build reads in its own thread (64). The first build (no record yet) goes to the
    // capped thread at once.
    const dir = archive(70);
    const first = build(dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/71 page\(s\)/);
    // A rebuild of one page more, in its own thread, keeps the replaced site as the next one's base.
    writeFileSync(
      join(dir, 'content/pages/2025-03-01-p1.txt'),
      `---\ndate: 2025-03-01\n---\n本报讯 （记者 周明远） 青石区春耕备耕有序推进。\n`,
    );
    expect(build(dir).status).toBe(0);
    expect(existsSync(join(dir, 'dist.base'))).toBe(true);
    // Every file touched: all 72 to read again. The build gives up before reading any (handing the base
    // it took back untouched), and the capped thread's build starts from that base.
    const later = new Date(Date.now() + 60_000);
    for (const f of readdirSync(join(dir, 'content/pages'))) utimesSync(join(dir, 'content/pages', f), later, later);
    const again = build(dir);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/72 page\(s\)/);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
    expectSameAsClean(dir);
  }, 240_000);
});

describe('a build killed midway', () => {
  it('leaves the previous dist/ complete, and the next build succeeds', async () => {
    const dir = archive(40);
    expect(build(dir).status).toBe(0);
    const before = tree(join(dir, 'dist'));
    // Change every page so the next build has real work to do, then kill it partway.
    for (const f of readdirSync(join(dir, 'content/pages')))
      writeFileSync(
        join(dir, 'content/pages', f),
        `${readFileSync(join(dir, 'content/pages', f), 'utf8')}\n本报讯 补记一段文字，说明版面有了变化。\n`,
      );
    rmSync(join(dir, 'content/.cache'), { recursive: true, force: true });
    for (const delay of [300, 1500, 3000]) {
      await killBuildAfter(dir, delay);
      const now = existsSync(join(dir, 'dist')) ? tree(join(dir, 'dist')) : new Map();
      // Either the old site or (if the kill came after the swap) a complete new one; never a half site.
      const complete =
        now.size > 0 && now.has('index.html') && now.has('baoku-search.js') && now.has('search/manifest.js');
      expect(complete, `after a kill at ${delay} ms`).toBe(true);
      if (now.get('index.html') === before.get('index.html')) expect([...now.keys()]).toEqual([...before.keys()]);
    }
    const next = build(dir);
    expect(next.status, next.stderr).toBe(0);
    expect(readdirSync(dir).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('青石');
  }, 240_000);

  it('a build that reuses the published site, killed at any point, leaves a site the next build completes exactly', async () => {
    const dir = archive(30);
    expect(build(dir).status).toBe(0);
    let n = 0;
    for (const delay of [200, 800, 1600, 2400, 3200, 4000]) {
      // A new page each time, so each killed build has files to reuse, an index to add to and keys to keep.
      writeFileSync(
        join(dir, 'content/pages', `2025-02-0${++n}-p1.txt`),
        `---\ndate: 2025-02-0${n}\n---\n本报讯 （记者 周明远） 青石区第${n}次新春走访，慰问困难群众。\n`,
      );
      await killBuildAfter(dir, delay);
      expect(existsSync(join(dir, 'dist/search/manifest.js')), `after a kill at ${delay} ms`).toBe(true);
    }
    expect(build(dir).status).toBe(0);
    expectSameAsClean(dir);
  }, 240_000);
});
