/**
 * Real Chromium for browser tests (Debian's chromium, driven by playwright-core). When it is missing,
 * `npm test` says so and skips; CI sets BAOKU_REQUIRE_BROWSER=1 so a missing browser fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env['BAOKU_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** True when the browser tests can run here. */
export function hasBrowser(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['BAOKU_REQUIRE_BROWSER'])
    throw new Error(`Chromium is required (BAOKU_REQUIRE_BROWSER) but ${CHROMIUM} is missing`);
  console.warn(
    `Chromium not found at ${CHROMIUM}: skipping browser tests (install it with: apt-get install -y chromium)`,
  );
  return false;
}

/** Launches headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * A new page at `width` that records what a reader would see go wrong: console errors, page errors and
 * failed requests (a request cut short by the next navigation is no failure).
 */
export async function watchedPage(browser: Browser, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()}`));
  return { page, problems };
}

/** axe-core's script, to run in a page. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The accessibility failures axe-core finds on the page that a reader cannot get past: `id (impact)`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    async () =>
      (
        await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }
        ).axe.run()
      ).violations,
  )) as { id: string; impact: string }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact})`);
}
