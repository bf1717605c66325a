import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { hasBrowser, launch, seriousAxeViolations, watchedPage } from '../support/browser.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const shots = join(projectRoot, 'test-output', 'screenshots');

describe.runIf(hasBrowser())('the archive in Chromium, opened from disk', () => {
  let browser: Browser;
  let out: string;
  const url = (path: string): string => pathToFileURL(join(out, path)).href;

  beforeAll(async () => {
    out = tempDir('baoku-browser-');
    await build(resolveConfig({ root: projectRoot, out }), diskSink(out));
    mkdirSync(shots, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records console errors, page errors and failed requests. */
  function open(width = 1280): Promise<{ page: Page; problems: string[] }> {
    return watchedPage(browser, width);
  }

  it('clicks through home → issue → article → office → reporter → back without errors', async () => {
    const { page, problems } = await open();
    await page.goto(url('index.html'));
    await page.getByRole('link', { name: /第1版/ }).first().click();
    await expect.poll(() => page.url()).toMatch(/pages\/jingkaiqu-xinwen-page\.html$/);
    expect(await page.getByRole('navigation', { name: '版面导航' }).isVisible()).toBe(true);

    await page.getByRole('navigation', { name: '标题导航' }).getByRole('link').nth(1).click();
    await expect.poll(() => page.url()).toMatch(/articles\/jingkaiqu-xinwen-page-2\.html$/);
    const headline = await page.locator('h1').textContent();
    expect(headline?.trim().length).toBeGreaterThan(4);

    await page.locator('dd.office a').click();
    // An office's page is at its name.
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/offices\/\p{sc=Han}+\.html$/u);
    expect(decodeURIComponent(page.url())).toContain(`offices/${await page.locator('h1').textContent()}.html`);
    expect(await page.locator('.article-list a').allTextContents()).toContain(headline?.trim());

    await page.locator('.article-list a').first().click();
    await page.locator('dd.byline a').first().click();
    await expect.poll(() => decodeURIComponent(page.url())).toMatch(/reporters\/\p{sc=Han}+\.html$/u);
    expect(await page.locator('.article-list li').count()).toBeGreaterThan(0);

    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/articles\//);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the chosen font size across pages', async () => {
    const { page, problems } = await open();
    await page.goto(url('index.html'));
    await page.getByRole('button', { name: '大' }).click();
    await page.goto(url('about.html'));
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-font'))).toBe('large');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saves screenshots of the article and issue pages at 1280 and 375 px, and fits 320 px', async () => {
    for (const width of [1280, 375, 320]) {
      const { page, problems } = await open(width);
      for (const [name, path] of [
        ['article', 'articles/jingkaiqu-xinwen-page-5.html'],
        ['issue', 'pages/jingkaiqu-xinwen-page.html'],
      ] as const) {
        await page.goto(url(path));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        if (width !== 320) await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
      }
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('has no serious or critical axe-core violations on home, issue, article and index pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of [
      'index.html',
      'pages/jingkaiqu-xinwen-page.html',
      'articles/jingkaiqu-xinwen-page-5.html',
      'offices/index.html',
      'reporters/index.html',
      'archive/index.html',
    ]) {
      await page.goto(url(path));
      for (const v of await seriousAxeViolations(page)) found.push(`${path}: ${v}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
