import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { mulberry32 } from '../support/layout.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { hasBrowser, launch } from '../support/browser.js';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

function content(): string {
  const fixtures = join(projectRoot, 'tests/fixtures/pages');
  const pages: Record<string, string> = {
    'seed.txt': readFileSync(join(projectRoot, 'content/pages/jingkaiqu-xinwen-page.txt'), 'utf8'),
  };
  readdirSync(fixtures).forEach(
    (name, i) =>
      (pages[`${name}.txt`] =
        `---\ndate: 2024-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}\n---\n${readFileSync(join(fixtures, name, 'input.txt'), 'utf8')}`),
  );
  pages['evil.txt'] =
    '---\ndate: 2024-12-01\n---\n本报讯 （记者 王一） 有人在稿件里写了<script>alert(1)</script>这样的字，也写了"><svg onload=alert(1)>这样的字。\n';
  const offices = ['濮上办', '昆吾办', '幸福办', '王助镇', '经开区', '东湖办', '北关办', '西岭镇', '南苑乡', '青石区'];
  return tempContent(
    pages,
    `title: 测试报库\npaper: 测试报\noffices:\n${offices.map((o) => `  - name: ${o}\n    aliases: []`).join('\n')}\n`,
  );
}

/** Dismisses and counts every dialog (alert, confirm) a page opens: a script that ran would open one. */
function countDialogs(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('dialog', (d) => {
    seen.count++;
    void d.dismiss();
  });
  return seen;
}

describe.runIf(hasBrowser())('search in Chromium over file://', () => {
  let browser: Browser;
  let out: string;
  beforeAll(async () => {
    out = tempDir('baoku-search-');
    await build(resolveConfig({ root: projectRoot, content: content(), out }), diskSink(out));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('types a query on the home page, filters by an office, opens a result and sees the hits highlighted', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on(
      'requestfailed',
      (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed ${r.url()}`),
    );
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    await page.getByLabel('搜索文章', { exact: true }).fill('社区');
    await page.getByLabel('搜索文章', { exact: true }).press('Enter');
    await page.locator('#results li').first().waitFor();
    expect(page.url()).toContain('search.html?q=');
    const all = await page.locator('#results li').count();
    expect(all).toBeGreaterThan(1);
    expect(await page.locator('#results mark').first().textContent()).toBe('社区');
    // Reporter counts arrive after the first results.
    await page.getByRole('region', { name: '按作者筛选' }).getByRole('link').first().waitFor();

    await page
      .getByRole('region', { name: '按单位筛选' })
      .getByRole('link', { name: /^幸福办/ })
      .click();
    await page.locator('#results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('office')).toBe('幸福办');
    expect(await page.locator('#search-status').textContent()).toContain('幸福办');
    const filtered = await page.locator('#results li').count();
    expect(filtered).toBeLessThan(all);

    await page.locator('#results li a').first().click();
    await page.locator('article mark').first().waitFor();
    expect(page.url()).toMatch(/articles\/.*\?hl=/);
    const marks = await page.locator('article .body mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['社区']));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches, and suggests a shorter query', async () => {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(join(out, 'search.html')).href}?q=${encodeURIComponent('社区火星基地')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到');
    // The shorter query offered is one that finds something (社区火星基, 社区火星 and 社区火 find nothing).
    expect(await page.locator('.suggestions a').first().textContent()).toBe('社区');
    // Keywords of the archive that share the longest piece of the query, each a search that finds something.
    const word = await page.locator('.suggestions a.suggestion').first().textContent();
    expect(word).toContain('社区');
    await page.locator('.suggestions a.suggestion').first().click();
    await page.locator('#results li').first().waitFor();
    expect(await page.locator('#results mark').first().textContent()).toBe(word);
    // As the reader types, the box offers keywords containing what is typed.
    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially('社区');
    await expect.poll(() => page.locator('#search-suggestions option').count()).toBeGreaterThan(0);
    for (const value of await page
      .locator('#search-suggestions option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      expect(value).toContain('社区');
    await page.close();
  });

  it('shows a query from the URL as text only', async () => {
    const page = await browser.newPage();
    const dialogs = countDialogs(page);
    const q = '<img src=x onerror=alert(1)>';
    await page.goto(`${pathToFileURL(join(out, 'search.html')).href}?q=${encodeURIComponent(q)}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(q);
    expect(await page.locator('#search img').count()).toBe(0);
    expect(dialogs.count).toBe(0);
    await page.close();
  });

  it('answers the same queries as the CLI, result for result', async () => {
    const rand = mulberry32(7);
    const text = readFileSync(join(out, 'search/doc-0.js'), 'utf8').replace(/[^\p{sc=Han}]/gu, '');
    const queries = Array.from({ length: 1000 }, () => {
      const len = 1 + Math.floor(rand() * 6);
      const at = Math.floor(rand() * (text.length - len));
      return text.slice(at, at + len);
    });
    const file = join(out, 'queries.txt');
    writeFileSync(file, `${queries.join('\n')}\n`);
    const cli = execFileSync(
      process.execPath,
      [join(projectRoot, 'bin/baoku.js'), 'search', '--queries', file, '--json', '--limit', '0', '--dist', out],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    )
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string; score: number }[]).map((r) => [r.id, r.score]));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, 'search.html')).href);
    const browserAnswers = await page.evaluate(async (qs) => {
      const out: [string, number][][] = [];
      for (const q of qs) out.push((await window.baokuSearch.search({ q })).map((r) => [r.id, r.score]));
      return out;
    }, queries);
    expect(browserAnswers).toEqual(cli);
    await page.close();
  });

  it('shows OCR text with HTML in it literally, and runs none of it', async () => {
    const page = await browser.newPage();
    const dialogs = countDialogs(page);
    await page.goto(pathToFileURL(join(out, 'articles/evil-1.html')).href);
    const body = await page.locator('article .body').textContent();
    expect(body).toContain('<script>alert(1)</script>');
    expect(body).toContain('"><svg onload=alert(1)>');
    expect(await page.locator('article svg, article .body script').count()).toBe(0);
    await page.goto(`${pathToFileURL(join(out, 'articles/evil-1.html')).href}?hl=${encodeURIComponent('<script>')}`);
    expect(await page.locator('article .body mark').allTextContents()).toContain('script');
    await page.goto(`${pathToFileURL(join(out, 'search.html')).href}?q=${encodeURIComponent('alert')}`);
    await page.locator('#results li').first().waitFor();
    expect(await page.locator('#results svg').count()).toBe(0);
    expect(dialogs.count).toBe(0);
    await page.close();
  });

  /** A query of `length` characters made of pieces of the archive's text (so no article has it, and every piece is a keyword's neighbour). */
  function longQuery(length: number): string {
    const rand = mulberry32(length);
    const text = readFileSync(join(out, 'search/doc-0.js'), 'utf8').replace(/[^\p{sc=Han}]/gu, '');
    let q = '';
    while (q.length < length) {
      const at = Math.floor(rand() * (text.length - 4));
      q += text.slice(at, at + 4);
    }
    return q.slice(0, length);
  }

  for (const length of [2_000, 10_000]) {
    it(`answers a ${length.toLocaleString('en')}-character query, says it was cut, and the page stays responsive`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const q = longQuery(length);
      await page.goto(`${pathToFileURL(join(out, 'search.html')).href}?q=${encodeURIComponent(q)}`);
      // A trivial script runs while the page searches and suggests (a frozen main thread would hold it until the test's time-out).
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      await expect
        .poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 })
        .toContain('查询太长，只搜索了前 100 个字');
      expect(await page.locator('#search-status').textContent()).not.toContain(q.slice(0, 101));
      // Typing it into the box asks for suggestions on every keystroke's value: bounded too.
      await page.locator('#search-q').fill(q);
      expect(await page.evaluate(() => document.title.length > 0)).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('says which index file is damaged when one is cut short or empty, instead of searching forever', async () => {
    const broken = tempDir('baoku-broken-');
    cpSync(out, broken, { recursive: true });
    const page = await browser.newPage();
    const manifest = join(broken, 'search/manifest.js');
    truncateSync(manifest, Math.floor(readFileSync(manifest).length / 2));
    await page.goto(`${pathToFileURL(join(broken, 'search.html')).href}?q=${encodeURIComponent('社区')}`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 }).toContain('搜索出错');
    expect(await page.locator('#search-status').textContent()).toContain('search/manifest.js');

    const again = tempDir('baoku-broken-');
    cpSync(out, again, { recursive: true });
    for (const f of readdirSync(join(again, 'search')).filter((f) => f.startsWith('shard-')))
      truncateSync(join(again, 'search', f), 0);
    await page.goto(`${pathToFileURL(join(again, 'search.html')).href}?q=${encodeURIComponent('社区')}`);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 }).toContain('搜索出错');
    expect(await page.locator('#search-status').textContent()).toMatch(/search\/shard-\d+\.js/);
    await page.close();
  });

  it('gives up on an index file that never arrives, and says so', async () => {
    // The site from a host where one file hangs: every request is answered from the built folder by the
    // test (no network), except the index's data files after the manifest, which never answer. The page's
    // clock is driven by the test.
    const context = await browser.newContext();
    await context.route('http://baoku.test/**', async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      if (/\/search\//.test(path) && !path.endsWith('/manifest.js')) return;
      await route.fulfill({ path: join(out, path) });
    });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`http://baoku.test/search.html?q=${encodeURIComponent('社区')}`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 }).toContain('正在搜索');
    await page.clock.runFor(25_000);
    await expect
      .poll(() => page.locator('#search-status').textContent(), { timeout: 30_000 })
      .toMatch(/搜索出错：搜索索引文件 search\/[\w-]+\.js 在 20 秒内没有载入/);
    await context.close();
  });

  it('ships client code with no fetch, XMLHttpRequest, dynamic import or Worker', () => {
    for (const f of ['baoku-search.js', 'baoku.js']) {
      const code = readFileSync(join(out, f), 'utf8');
      expect(code, f).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|\bimport\s*\(|new\s+Worker|type="module"/);
    }
  });
});
