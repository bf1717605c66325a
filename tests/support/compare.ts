/**
 * Compares a parse with an expected parse the way the contract's scorer does: text with whitespace
 * removed, a headline block accepted whole.
 */
import type { ParsedPage } from '../../src/parse/types.js';

const ws = (s: unknown): unknown => (typeof s === 'string' ? s.replace(/\s+/gu, '') : s);
const list = (xs: unknown): unknown[] => (Array.isArray(xs) ? xs.map(ws) : []);

/** The differences between a parse and the expected one, as readable lines (empty when they agree). */
export function differences(
  page: ParsedPage,
  expected: { page?: Record<string, unknown>; articles: Record<string, unknown>[] },
): string[] {
  const out: string[] = [];
  if (page.articles.length !== expected.articles.length)
    out.push(`articles: ${page.articles.length}, expected ${expected.articles.length}`);
  expected.articles.forEach((want, i) => {
    const got = page.articles[i] as unknown as Record<string, unknown> | undefined;
    if (!got) return;
    const block = (a: Record<string, unknown>): string =>
      ['kicker', 'headline', 'subhead'].map((k) => ws(a[k] ?? '')).join('');
    if (ws(got['headline']) !== ws(want['headline']) && block(got) !== block(want))
      out.push(`article ${i + 1} headline: ${String(got['headline'])} / expected ${String(want['headline'])}`);
    if (Boolean(got['headlineInferred']) !== Boolean(want['headlineInferred']))
      out.push(`article ${i + 1} headlineInferred`);
    for (const key of ['dateline', 'byline', 'signature', 'office', 'kicker', 'continuedTo']) {
      if (key === 'kicker' && want['office'] === null) continue;
      if (key === 'continuedTo' && !(key in want)) continue;
      if (key === 'office' && want['office'] === null) continue;
      if (ws(got[key] ?? null) !== ws(want[key] ?? null))
        out.push(`article ${i + 1} ${key}: ${String(got[key])} / expected ${String(want[key])}`);
    }
    for (const key of ['reporters', 'correspondents', 'paragraphs', 'runInHeads', 'pullQuotes']) {
      const a = JSON.stringify(list(got[key]));
      const b = JSON.stringify(list(want[key]));
      if (a !== b) out.push(`article ${i + 1} ${key}:\n  got      ${a}\n  expected ${b}`);
    }
    const caps = (xs: unknown): string => JSON.stringify(((xs as { text: string }[]) ?? []).map((c) => ws(c.text)));
    if (caps(got['captions']) !== caps(want['captions']))
      out.push(`article ${i + 1} captions: ${caps(got['captions'])} / expected ${caps(want['captions'])}`);
  });
  if (expected.page) {
    for (const key of ['name', 'nameLatin'])
      if (ws(page.page[key as 'name']) !== ws(expected.page[key] ?? null))
        out.push(`page ${key}: ${String(page.page[key as 'name'])}`);
  }
  return out;
}
