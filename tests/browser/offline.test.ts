/**
 * The archive taken away (issue 25): the whole site as one zip offered on the about page, and read where it
 * is unzipped; 404.html's links from disk and from a host. Real Chromium over file:// at 1280 and 375 px.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { hasBrowser, launch, watchedPage } from '../support/browser.js';
import { readersArchive } from '../support/readers-archive.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';
import { unzipTo } from '../support/unzip.js';

const WIDTHS = [1280, 375] as const;
const SITE = 'https://news.example.org/qingshi/';

describe.runIf(hasBrowser())('the archive taken away, in Chromium', () => {
  let browser: Browser;
  let out: string;
  let unzipped: string;

  beforeAll(async () => {
    out = tempDir('baoku-offline-');
    await build(resolveConfig({ root: projectRoot, content: readersArchive(SITE), out }), diskSink(out));
    // Somewhere else entirely, as a reader would unzip it.
    unzipped = join(tempDir('baoku-unzipped-'), '下载', '报库');
    await unzipTo(join(out, 'baoku-archive.zip'), unzipped);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page at `width` that records console errors, page errors and failed requests. */
  function open(width: number): Promise<{ page: Page; problems: string[] }> {
    return watchedPage(browser, width);
  }
  const fileUrl = (dir: string, path: string): string => pathToFileURL(join(dir, path)).href;

  for (const width of WIDTHS) {
    it(`offers the whole archive as one zip on the about page, with its size (${width} px)`, async () => {
      const { page, problems } = await open(width);
      await page.goto(fileUrl(out, 'about.html'));
      const offer = page.getByRole('region', { name: '下载整个报库' });
      await expect.poll(() => offer.isVisible()).toBe(true);
      const link = offer.getByRole('link', { name: /baoku-archive\.zip/ });
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      const bytes = statSync(new URL(href)).size;
      const shown = (await offer.locator('[data-download-size]').textContent()) ?? '';
      const [, value, unit] = /^([\d.]+) (KB|MB)$/.exec(shown) ?? [];
      expect(unit, `size shown: ${shown}`).toBeDefined();
      const told = Number(value) * (unit === 'MB' ? 1048576 : 1024);
      expect(Math.abs(told - bytes) / bytes).toBeLessThan(0.06);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`works unzipped anywhere: pages, links and search over file://, and offers no zip it lacks (${width} px)`, async () => {
      const { page, problems } = await open(width);
      await page.goto(fileUrl(unzipped, 'index.html'));
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '按单位' }).click();
      await page.getByRole('main').getByRole('link', { name: '西岭镇' }).click();
      expect(await page.locator('h1').textContent()).toBe('西岭镇');
      await page.locator('.article-list a').first().click();
      expect(await page.locator('h1').count()).toBe(1);
      await page.goto(fileUrl(unzipped, 'search.html'));
      await page.locator('#search-q').fill('居民');
      await page.locator('#search-q').press('Enter');
      await page.locator('#results li').first().waitFor();
      expect(await page.locator('#results li').count()).toBeGreaterThan(0);
      await page.goto(fileUrl(unzipped, 'about.html'));
      await page.waitForLoadState('load');
      expect(await page.locator('#download').isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await page.close();
    });

    it(`leads home from 404.html opened from disk (${width} px)`, async () => {
      const { page, problems } = await open(width);
      await page.goto(fileUrl(out, '404.html'));
      await page.getByRole('main').getByRole('link', { name: '首页' }).click();
      await page.waitForLoadState('load');
      expect(page.url()).toBe(fileUrl(out, 'index.html'));
      await page.goBack();
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '往期' }).click();
      expect(page.url()).toBe(fileUrl(out, 'archive/index.html'));
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('leads home from 404.html shown by a host at any depth', async () => {
    // A host as GitHub Pages or Netlify: 404.html for what it does not have, at whatever depth was asked.
    const server: Server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(out, path));
      let body: Buffer;
      try {
        if (!file.startsWith(out)) throw new Error('outside');
        body = readFileSync(file);
        response.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : '' });
      } catch {
        body = readFileSync(join(out, '404.html'));
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      }
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const { page } = await open(375);
      const response = await page.goto(`http://127.0.0.1:${port}/no/such/page.html`);
      expect(response?.status()).toBe(404);
      await page.getByRole('main').getByRole('link', { name: '首页' }).click();
      await page.waitForLoadState('load');
      expect(page.url()).toBe(`http://127.0.0.1:${port}/index.html`);
      expect(await page.title()).toContain('青石报库');
      await page.close();
    } finally {
      server.close();
    }
  });
});
