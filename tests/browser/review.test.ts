import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch } from '../support/browser.js';
import { projectRoot, textOf } from '../support/site.js';
import { startDev } from '../support/dev.js';
import { tempDir } from '../support/temp.js';

const bin = join(projectRoot, 'bin/baoku.js');
const text = readFileSync(join(import.meta.dirname, '../fixtures/structure/mixed-repairs/input.txt'), 'utf8');

describe.skipIf(!hasBrowser())('the review view of baoku dev repairs a page in the browser', () => {
  let child: ChildProcess;
  let browser: Browser;
  let page: Page;
  let port = 0;
  let content = '';
  let out = '';
  const yml = (): string => readFileSync(join(content, 'corrections/qs-p2.yml'), 'utf8');
  /** An article page's text, up to its keywords (the 原文 view after them shows the page's lines as printed). */
  const article = (id: string): string =>
    textOf(readFileSync(join(out, 'articles', `${id}.html`), 'utf8')).split('关键词')[0]!;
  /** The urls of the articles `baoku search` finds for a query in the built site. */
  const search = (q: string): string[] => {
    const r = spawnSync(process.execPath, [bin, 'search', q, '--dist', out, '--json'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    return (JSON.parse(r.stdout) as { url: string }[]).map((x) => x.url);
  };

  beforeAll(async () => {
    const dir = tempDir('baoku-review-');
    content = join(dir, 'content');
    out = join(dir, 'dist');
    mkdirSync(join(content, 'pages'), { recursive: true });
    writeFileSync(join(content, 'site.yml'), 'title: 测试报库\npaper: 青石新闻\n');
    writeFileSync(join(content, 'pages/qs-p2.txt'), `---\ndate: 2024-01-05\npageNumber: 2\n---\n${text}`);
    ({ child, port } = await startDev(content, out));
    browser = await launch();
    page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/__baoku/review/qs-p2`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGINT');
  });

  /** The line of the view that reads `text`. */
  const line = (t: string) => page.locator('#lines li', { has: page.locator('.t', { hasText: t }) });

  /** Clicks a line and an action; waits until the dev server has rebuilt and the view reloaded. */
  async function repair(t: string, action: string, pick?: (p: Page) => Promise<void>): Promise<void> {
    await line(t).click();
    await pick?.(page);
    await Promise.all([
      page.waitForEvent('load', { timeout: 90_000 }),
      page.locator(`#actions button[data-action="${action}"]`).click(),
    ]);
  }

  it('splits an article at a line', async () => {
    // The parser ran the report on the district's rounds into the article above it.
    expect(await line('北关街道组织网格员逐户走访独居老人').getAttribute('data-article')).toBe('0');
    await repair('北关街道组织网格员逐户走访独居老人', 'split');
    expect(yml()).toContain('- {split: "北关街道组织网格员逐户走访独居老人，检", line: 16}');
    expect(await line('北关街道组织网格员逐户走访独居老人').getAttribute('data-article')).toBe('1');
    expect(article('qs-p2-1')).not.toContain('北关街道');
    expect(article('qs-p2-6')).toContain('北关街道组织网格员逐户走访独居老人');
    expect(search('独居老人')).toEqual(['articles/qs-p2-6.html']);
  }, 120_000);

  it('joins a block to the article before it', async () => {
    // A signature ended the library's report early: its last paragraph became an article of its own.
    expect(existsSync(join(out, 'articles/qs-p2-3.html'))).toBe(true);
    await repair('馆长介绍，下一步将根据读者需求调整线路', 'join');
    expect(yml()).toContain('- {join: "馆长介绍，下一步将根据读者需求调整线路", line: 28}');
    expect(await line('馆长介绍').getAttribute('data-article')).toBe(
      await line('区图书馆').getAttribute('data-article'),
    );
    expect(existsSync(join(out, 'articles/qs-p2-3.html'))).toBe(false);
    expect(article('qs-p2-2')).toContain('并在暑假增加开进乡村的班次');
    expect(search('暑假')).toEqual(['articles/qs-p2-2.html']);
  }, 120_000);

  it('gives a headline to an article', async () => {
    await repair('寒冬里的敲门声', 'headline', async (p) => {
      // The article the split made: its option's value is its first line.
      await p.locator('#of').selectOption('16');
    });
    expect(yml()).toContain('- {headline: "寒冬里的敲门声", of: "北关街道组织网格员逐户走访独居老人，检", line: 46}');
    expect(await line('寒冬里的敲门声').getAttribute('data-part')).toBe('headline');
    expect(readFileSync(join(out, 'articles/qs-p2-6.html'), 'utf8')).toMatch(/<h1[^>]*>[^<]*寒冬里的敲门声/);
    expect(search('敲门声')).toEqual(['articles/qs-p2-6.html']);
  }, 120_000);

  it('marks a line as page furniture', async () => {
    expect(article('qs-p2-4')).toContain('本版策划');
    await repair('本版策划 林晓东', 'furniture');
    expect(yml()).toContain('- {furniture: "本版策划 林晓东", line: 36}');
    expect(await line('本版策划 林晓东').getAttribute('data-part')).toBe('furniture');
    expect(article('qs-p2-4')).not.toContain('本版策划');
    expect(search('本版策划')).toEqual([]);
  }, 120_000);

  it('refuses a write from another origin or without the session token', async () => {
    const token = await page.locator('meta[name="baoku-token"]').getAttribute('content');
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/__baoku/review/qs-p2/act`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ action: 'furniture', line: 7 }),
      });
    const before = yml();
    expect((await post({ origin: 'http://evil.example', 'x-baoku-token': token! })).status).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${port}` })).status).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${port}`, 'x-baoku-token': 'f'.repeat(48) })).status).toBe(403);
    expect((await post({ 'x-baoku-token': token! })).status).toBe(403);
    // From another site's page in the browser too.
    const other = await browser.newPage();
    await other.setContent('<p>elsewhere</p>');
    const status = await other.evaluate(async (url) => {
      try {
        return (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"action":"furniture","line":7}',
          })
        ).status;
      } catch {
        return 0;
      }
    }, `http://127.0.0.1:${port}/__baoku/review/qs-p2/act`);
    expect([0, 403]).toContain(status);
    expect(yml()).toBe(before);
  }, 60_000);
});
