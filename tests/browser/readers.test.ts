/**
 * What a reader of a newspaper archive expects (issue 25), tried in Chromium over file:// at a desktop
 * and a phone width, on an archive of baoku's own test articles (tests/support/readers-archive.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/config.js';
import { diskSink } from '../../src/write/sink.js';
import { hasBrowser, launch } from '../support/browser.js';
import { clashingOffices, readersArchive } from '../support/readers-archive.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const WIDTHS = [1280, 375] as const;

describe.runIf(hasBrowser())('a reader of the archive, in Chromium over file://', () => {
  let browser: Browser;
  let out: string;
  let again: string;
  const url = (path: string): string => pathToFileURL(join(out, path)).href;
  /** The page's address as a reader reads it: the file's path in the site, percent-encoding undone. */
  const at = (page: Page): string => decodeURIComponent(page.url().slice(pathToFileURL(out).href.length + 1)).replace(/[?#].*$/, '');

  beforeAll(async () => {
    const content = readersArchive('https://news.example.org/qingshi/');
    out = tempDir('baoku-readers-');
    again = tempDir('baoku-readers-again-');
    await build(resolveConfig({ root: projectRoot, content, out }), diskSink(out));
    await build(resolveConfig({ root: projectRoot, content, out: again }), diskSink(again));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page at `width` that records console errors, page errors and failed requests. */
  async function open(width: number): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // (A request cut short by the next navigation is no failure.)
    page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    return { page, problems };
  }

  describe('readable addresses', () => {
    for (const width of WIDTHS) {
      it(`puts an office and a reporter at their names, reached by a click and by typing the address (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(url('offices/index.html'));
        await page.getByRole('main').getByRole('link', { name: '西岭镇' }).click();
        await expect.poll(() => at(page)).toBe('offices/西岭镇.html');
        expect(await page.locator('h1').textContent()).toBe('西岭镇');
        await page.locator('.article-list a').first().click();
        await page.goto(url('reporters/周明远.html'));
        expect(await page.locator('h1').textContent()).toBe('周明远');
        await page.getByRole('main').getByRole('link', { name: '老菜市场变身便民“生活驿站”' }).click();
        await page.locator('dd.byline').getByRole('link', { name: '周明远' }).click();
        await expect.poll(() => at(page)).toBe('reporters/周明远.html');
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it('gives two names that make the same file name a page each, the same in two builds', async () => {
      const { page, problems } = await open(1280);
      const seen: string[] = [];
      for (const name of clashingOffices) {
        await page.goto(url('offices/index.html'));
        await page.getByRole('main').getByRole('link', { name }).click();
        expect(await page.locator('h1').textContent()).toBe(name);
        seen.push(at(page));
      }
      expect(new Set(seen).size).toBe(2);
      expect(readdirSync(join(out, 'offices')).sort()).toEqual(readdirSync(join(again, 'offices')).sort());
      expect(readdirSync(join(out, 'reporters')).sort()).toEqual(readdirSync(join(again, 'reporters')).sort());
      expect(problems).toEqual([]);
      await page.close();
    });

    it('serves the name-based pages from a plain static host (python3 -m http.server on 127.0.0.1)', async (context) => {
      const server = await staticHost(out);
      if (!server) return context.skip();
      try {
        const { page, problems } = await open(375);
        await page.goto(`${server.url}offices/index.html`);
        await page.getByRole('main').getByRole('link', { name: '东湖办' }).click();
        expect(await page.locator('h1').textContent()).toBe('东湖办');
        expect(problems).toEqual([]);
        await page.close();
      } finally {
        server.process.kill();
      }
    });
  });
});

/** A static file server that knows nothing of baoku (Python's), on 127.0.0.1; null when python3 is missing. */
function staticHost(dir: string): Promise<{ url: string; process: ChildProcess } | null> {
  return new Promise((resolve) => {
    const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => (child.kill(), resolve(null)), 10_000);
    child.on('error', () => (clearTimeout(timer), resolve(null)));
    let said = '';
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const port = /port (\d+)/.exec(said)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}/`, process: child });
      }
    });
  });
}
