/**
 * What a reader of a newspaper archive expects (issue 25), tried in Chromium over file:// at a desktop
 * and a phone width, on an archive of baoku's own test articles (tests/support/readers-archive.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { hasBrowser, launch, seriousAxeViolations, watchedPage } from '../support/browser.js';
import { clashingOffices, readersArchive } from '../support/readers-archive.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const WIDTHS = [1280, 375] as const;
const SITE = 'https://news.example.org/qingshi/';
/** One page of every kind, by the path a reader opens. */
const KINDS = {
  home: 'index.html',
  issue: 'pages/qingshi-2024-0305-1.html',
  article: 'articles/qingshi-2024-0305-2-1.html',
  offices: 'offices/index.html',
  office: 'offices/西岭镇.html',
  reporters: 'reporters/index.html',
  reporter: 'reporters/周明远.html',
  archive: 'archive/index.html',
  about: 'about.html',
  search: 'search.html',
} as const;
const shots = join(projectRoot, 'test-output', 'screenshots');
const pdfText = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
const hasPdfText = ((): boolean => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasBrowser())('a reader of the archive, in Chromium over file://', () => {
  let browser: Browser;
  let out: string;
  let again: string;
  const url = (path: string): string => pathToFileURL(join(out, path)).href;
  /** The page's address as a reader reads it: the file's path in the site, percent-encoding undone. */
  const at = (page: Page): string =>
    decodeURIComponent(page.url().slice(pathToFileURL(out).href.length + 1)).replace(/[?#].*$/, '');

  beforeAll(async () => {
    out = tempDir('baoku-readers-');
    again = tempDir('baoku-readers-again-');
    await build(resolveConfig({ root: projectRoot, content: readersArchive(SITE), out }), diskSink(out));
    // The same pages, built again without the site's address.
    await build(resolveConfig({ root: projectRoot, content: readersArchive(), out: again }), diskSink(again));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page at `width` that records console errors, page errors and failed requests. */
  async function open(width: number): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await watchedPage(browser, width);
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

  describe('citation', () => {
    const article = 'articles/qingshi-2024-0305-2-1.html';
    const permalink = `${SITE}${article}`;
    const forms = {
      出处: '《青石新闻》2024年3月5日 第2版',
      'GB/T 7714': `田野. 万亩果园迎来丰收季[N]. 青石新闻, 2024-03-05(2). ${permalink}`,
      APA: `田野. (2024, 3月5日). 万亩果园迎来丰收季. 青石新闻, 第2版. ${permalink}`,
      MLA: `田野. “万亩果园迎来丰收季.” 《青石新闻》, 2024年3月5日, 第2版, ${permalink}.`,
      永久链接: permalink,
    };
    for (const width of WIDTHS) {
      it(`shows every form with the signed author, and copies each to the clipboard (${width} px)`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        const page = await context.newPage();
        await page.goto(url(article));
        const cite = page.getByRole('region', { name: '引用本文' });
        for (const [label, text] of Object.entries(forms)) {
          await cite.getByRole('button', { name: `复制${label}` }).click();
          await expect.poll(() => page.locator('.copy-status').textContent()).toBe(`已复制：${text}`);
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
        }
        await context.close();
      });
    }

    it('copies with the older command where the clipboard API refuses, and fills the address a site without one is read at', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
        });
        document.addEventListener(
          'copy',
          () => ((window as unknown as { copied: string }).copied = String(document.getSelection())),
        );
      });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(again, article)).href);
      const here = pathToFileURL(join(again, article)).href;
      expect(await page.locator('#cite-link').textContent()).toBe(here);
      // A file on this computer is no address to cite: the forms carry none.
      expect(await page.locator('#cite-gbt').textContent()).toBe(
        '田野. 万亩果园迎来丰收季[N]. 青石新闻, 2024-03-05(2).',
      );
      await page.getByRole('button', { name: '复制GB/T 7714' }).click();
      await expect
        .poll(() => page.locator('.copy-status').textContent())
        .toBe('已复制：田野. 万亩果园迎来丰收季[N]. 青石新闻, 2024-03-05(2).');
      expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(
        '田野. 万亩果园迎来丰收季[N]. 青石新闻, 2024-03-05(2).',
      );
      await context.close();
    });
  });

  describe('metadata', () => {
    for (const width of WIDTHS) {
      it(`gives every kind of page a description, Open Graph tags and a canonical address when the site has one (${width} px)`, async () => {
        const { page, problems } = await open(width);
        for (const [kind, path] of Object.entries(KINDS)) {
          await page.goto(url(path));
          const meta = (selector: string, attr = 'content'): Promise<string | null> =>
            page.locator(selector).getAttribute(attr);
          const canonical = SITE + path.split('/').map(encodeURIComponent).join('/');
          expect((await meta('meta[name="description"]'))?.length, kind).toBeGreaterThan(8);
          expect(await meta('meta[property="og:description"]'), kind).toBe(await meta('meta[name="description"]'));
          expect(await meta('meta[property="og:title"]'), kind).toBeTruthy();
          expect(await meta('meta[property="og:type"]'), kind).toBe(kind === 'article' ? 'article' : 'website');
          expect(await meta('link[rel="canonical"]', 'href'), kind).toBe(canonical);
          expect(await meta('meta[property="og:url"]'), kind).toBe(canonical);
          await page.goto(pathToFileURL(join(again, path)).href);
          expect(
            await page.locator('link[rel="canonical"], meta[property="og:url"]').count(),
            `${kind} without siteUrl`,
          ).toBe(0);
          expect((await meta('meta[name="description"]'))?.length, kind).toBeGreaterThan(8);
        }
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });

  describe.runIf(hasPdfText)('print', () => {
    for (const width of WIDTHS) {
      it(`prints an article with the paper, date, address and headline, without lists or navigation (${width} px)`, async () => {
        const { page } = await open(width);
        await page.goto(url('articles/qingshi-2024-0305-1-2.html'));
        expect(await page.getByRole('heading', { name: '关键词' }).isVisible()).toBe(true);
        const text = pdfText(await page.pdf({ width: `${width}px`, height: '1200px' })).replace(/\s+/g, '');
        for (const wanted of [
          '《青石新闻》2024年3月5日第1版',
          `${SITE}articles/qingshi-2024-0305-1-2.html`,
          '老菜市场变身便民“生活驿站”',
          '记者周明远',
        ])
          expect(text).toContain(wanted);
        for (const unwanted of ['关键词', '相关文章', '下一篇', '上一篇', '按单位', '引用本文', '跳到正文'])
          expect(text).not.toContain(unwanted);
        await page.close();
      });
    }
  });

  describe('reading on', () => {
    for (const width of WIDTHS) {
      it(`goes from a page's last article to the next page's first, and from an issue's last to the next issue's first (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(url('articles/qingshi-2024-0305-1-3.html'));
        await page.getByRole('link', { name: /^下一篇（第2版）：/ }).click();
        expect(at(page)).toBe('articles/qingshi-2024-0305-2-1.html');
        await page.getByRole('link', { name: /^下一篇：/ }).click();
        expect(at(page)).toBe('articles/qingshi-2024-0305-2-2.html');
        await page.getByRole('link', { name: /^下一篇（下一期 2024年3月12日 第102期 第1版 要闻）：/ }).click();
        expect(at(page)).toBe('articles/qingshi-2024-0312-1-1.html');
        await page.goto(url('articles/qingshi-2024-0305-1-1.html'));
        await page.getByRole('link', { name: /^上一篇（上一期 2023年3月5日 第51期 第1版）：/ }).click();
        expect(at(page)).toBe('articles/qingshi-2023-0305-1-2.html');
        expect(problems).toEqual([]);
        await page.close();
      });

      it(`shows the issue number, and names a page printed under the masthead without the paper's name again (${width} px)`, async () => {
        const { page } = await open(width);
        await page.goto(url('pages/qingshi-2024-0305-1.html'));
        expect(await page.locator('h1').textContent()).toBe('2024年3月5日 第101期 第1版 要闻');
        await page.goto(url('pages/qingshi-2023-0305-1.html'));
        expect(await page.title()).toBe('2023年3月5日 第51期 第1版 · 青石报库');
        await page.close();
      });
    }
  });

  describe('people and places', () => {
    for (const width of WIDTHS) {
      it(`lists a signed author under 按作者, and the offices in the gazetteer's order (${width} px)`, async () => {
        const { page } = await open(width);
        await page.goto(url('reporters/index.html'));
        await page.getByRole('main').getByRole('link', { name: '田野' }).click();
        expect(await page.locator('.article-list a').allTextContents()).toEqual(['万亩果园迎来丰收季']);
        await page.goto(url('offices/index.html'));
        const names = await page.locator('.index-list a').allTextContents();
        expect(names.slice(0, 5)).toEqual(['青石区', '西岭镇', '东湖办', '北关办', '南苑乡']);
        await page.close();
      });
    }
  });

  describe('search', () => {
    const results = (page: Page): Promise<string[]> => page.locator('#results h2 a').allTextContents();
    const dates = async (page: Page): Promise<string[]> =>
      (await page.locator('#results .meta').allTextContents()).map((m) => m.split(' · ').at(-1)!);
    for (const width of WIDTHS) {
      it(`clears a filter by a new query and by a visible control (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(`${url('search.html')}?q=${encodeURIComponent('居民')}`);
        await page.locator('#results li').first().waitFor();
        const all = (await results(page)).length;
        await page
          .getByRole('region', { name: '按单位筛选' })
          .getByRole('link', { name: /^北关办/ })
          .click();
        await expect.poll(() => page.locator('#search-status').textContent()).toContain('北关办');
        expect((await results(page)).length).toBeLessThan(all);
        await page.getByRole('link', { name: '清除筛选' }).click();
        await expect.poll(async () => (await results(page)).length).toBe(all);
        expect(new URL(page.url()).searchParams.has('office')).toBe(false);

        await page
          .getByRole('region', { name: '按单位筛选' })
          .getByRole('link', { name: /^北关办/ })
          .click();
        await expect.poll(() => page.locator('#search-status').textContent()).toContain('北关办');
        await page.locator('#search-q').fill('议事协商');
        await page.locator('#search-q').press('Enter');
        await expect
          .poll(() => results(page))
          .toEqual(expect.arrayContaining(['南山一区议事会解难题', '南山社区协商办实事']));
        expect(new URL(page.url()).searchParams.has('office')).toBe(false);
        expect(await page.locator('#search-status').textContent()).not.toContain('北关办');
        expect(problems).toEqual([]);
        await page.close();
      });

      it(`finds an office's articles by its other name, and offers words in the header's box (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(`${url('search.html')}?q=${encodeURIComponent('东湖街道办事处')}`);
        await expect.poll(() => results(page)).toContain('老菜市场变身便民“生活驿站”');
        expect(await page.locator('#search-status').textContent()).toContain('东湖办的别称');
        await page.goto(url('articles/qingshi-2024-0305-2-1.html'));
        await page.getByLabel('搜索文章', { exact: true }).pressSequentially('苹果');
        await expect.poll(() => page.locator('#q-suggestions option').count()).toBeGreaterThan(0);
        for (const value of await page
          .locator('#q-suggestions option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
          expect(value).toContain('苹果');
        expect(problems).toEqual([]);
        await page.close();
      });

      it(`limits to a range of months, sorts oldest first, and searches within one issue (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(`${url('search.html')}?q=${encodeURIComponent('居民')}`);
        await page.locator('#results li').first().waitFor();
        const facets = await page.locator('#facets').boundingBox();
        const list = await page.locator('#results').boundingBox();
        // On a phone the filters come first; on a desktop they stand beside the results.
        if (width < 768) expect(facets!.y).toBeLessThan(list!.y);
        else expect(facets!.x).toBeGreaterThan(list!.x);
        await page.locator('#search-from').fill('2024-03');
        await page.locator('#search-to').fill('2024-12');
        await page.locator('#search-sort').selectOption('oldest');
        await page.getByRole('button', { name: '搜索', exact: true }).last().click();
        await expect.poll(() => page.locator('#search-status').textContent()).toContain('2024年3月至2024年12月');
        const shown = await dates(page);
        expect(shown.length).toBe(4);
        expect(shown.every((d) => d.startsWith('2024年'))).toBe(true);
        expect(shown[0]).toBe('2024年3月5日');
        expect(shown.at(-1)).toBe('2024年3月12日');

        await page.goto(url('pages/qingshi-2024-0305-1.html'));
        await page.getByRole('search', { name: '在本期中搜索' }).getByRole('searchbox').fill('居民');
        await page.getByRole('search', { name: '在本期中搜索' }).getByRole('button').click();
        await expect.poll(() => results(page)).toEqual(['老菜市场变身便民“生活驿站”']);
        expect(await page.locator('#search-status').textContent()).toContain('2024年3月5日这一期');
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });

  describe('beyond the anchors', () => {
    for (const width of WIDTHS) {
      it(`shows a reporter's articles by year, their frequent words as searches, and who they wrote with (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(url('reporters/周明远.html'));
        expect(await page.getByRole('heading', { level: 2, name: /^2024年/ }).textContent()).toBe('2024年 （5篇）');
        const partners = page.getByRole('region', { name: '合作者' });
        expect(await partners.getByRole('listitem').allTextContents()).toEqual([
          '韩雪 （2篇）',
          '孙立 （1篇）',
          '林晓东 （1篇）',
        ]);
        const words = page.getByRole('region', { name: '常见关键词' });
        await words.getByRole('link', { name: '居民' }).click();
        await page.locator('#results li').first().waitFor();
        expect(await page.locator('#search-status').textContent()).toContain('周明远');
        await page.goto(url('reporters/周明远.html'));
        await partners.getByRole('link', { name: '韩雪' }).click();
        expect(at(page)).toBe('reporters/韩雪.html');
        expect(problems).toEqual([]);
        await page.close();
      });

      it(`shows 历史上的今天 on the home page from the archive's own dates (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.clock.setFixedTime(new Date(2025, 2, 5, 10));
        await page.goto(url('index.html'));
        const today = page.getByRole('region', { name: '历史上的今天' });
        expect(await today.getByRole('listitem').allTextContents()).toEqual([
          '2024年3月5日 第101期 第1版 要闻：青石区召开第三季度经济运行分析会',
          '2023年3月5日 第51期 第1版：书香飘进百姓家',
        ]);
        await today.getByRole('link').last().click();
        expect(at(page)).toBe('pages/qingshi-2023-0305-1.html');
        // A day with no issue in earlier years shows nothing.
        await page.clock.setFixedTime(new Date(2025, 2, 6, 10));
        await page.goto(url('index.html'));
        expect(await page.getByRole('region', { name: '历史上的今天' }).count()).toBe(0);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });

  describe('small things', () => {
    for (const width of WIDTHS) {
      it(`names calendar days in full, keeps pull quotes out of the landmarks, labels the chart legibly, styles 404.html from disk (${width} px)`, async () => {
        const { page, problems } = await open(width);
        await page.goto(url('archive/index.html'));
        await page.getByRole('link', { name: '2024年3月5日的报纸' }).click();
        expect(at(page)).toBe('pages/qingshi-2024-0305-1.html');
        await page.goto(url('articles/qingshi-2024-0305-2-2.html'));
        expect(await page.locator('.pull-quote').count()).toBe(2);
        expect(await page.getByRole('complementary').count()).toBe(0);
        await page.goto(url('reporters/周明远.html'));
        const sizes = await page
          .locator('.month-chart text')
          .evaluateAll((ts) =>
            ts.map(
              (t) =>
                parseFloat(getComputedStyle(t).fontSize) *
                (t.closest('svg')!.getBoundingClientRect().width /
                  (t.closest('svg') as SVGSVGElement).viewBox.baseVal.width),
            ),
          );
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
        expect(await page.locator('.month-chart text').allTextContents()).toEqual(
          expect.arrayContaining(['3月', '2024年']),
        );
        await page.goto(url('404.html'));
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-nav ul')!).display)).toBe(
          'flex',
        );
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  });

  describe('every kind of page', () => {
    const pages = { ...KINDS, results: `search.html?q=${encodeURIComponent('居民')}`, notFound: '404.html' };
    it('has no serious or critical axe-core violations, and is saved as a screenshot at 1280 and 375 px', async () => {
      mkdirSync(shots, { recursive: true });
      const found: string[] = [];
      for (const width of WIDTHS) {
        const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const [kind, path] of Object.entries(pages)) {
          await page.goto(
            path.includes('?') ? `${url(path.slice(0, path.indexOf('?')))}${path.slice(path.indexOf('?'))}` : url(path),
          );
          if (kind === 'results') await page.locator('#results li').first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${kind} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(shots, `readers-${kind}-${width}.png`), fullPage: true });
          for (const v of await seriousAxeViolations(page)) found.push(`${kind} at ${width}px: ${v}`);
        }
        await context.close();
      }
      expect(found).toEqual([]);
    });
  });
});

/** A static file server that knows nothing of baoku (Python's), on 127.0.0.1; null when python3 is missing. */
function staticHost(dir: string): Promise<{ url: string; process: ChildProcess } | null> {
  return new Promise((resolve) => {
    const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
