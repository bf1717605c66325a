/**
 * The build report: what changed since the last build (kept in .cache/last-build.json), warnings by kind.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildReport } from '../build.js';

/** Counts of articles new, changed and removed since the previous build. */
export interface Changes {
  added: number;
  changed: number;
  removed: number;
}

/**
 * What the last build's record (.cache/last-build.json) says of a page, by page id: its source, whether an
 * article of it was corrected, and each article's id and digest.
 */
interface PageDigests {
  from: string;
  corrected: boolean;
  articles: [string, string][];
}

/**
 * Compares this build's articles with the last build's, and remembers this one: a digest of each article.
 * A page whose source is the same, with no article corrected then or now, has the same articles: its
 * record is carried over whole (hashing, or even listing, every article of a large archive on each build
 * took longer than the rest of adding a page).
 */
export function changesSinceLastBuild(report: BuildReport, cacheDir: string): Changes {
  const file = join(cacheDir, 'last-build.json');
  let before: Record<string, PageDigests> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { pages?: Record<string, PageDigests> };
    if (saved.pages && typeof saved.pages === 'object') before = saved.pages;
  } catch {
    // No previous build (or an unreadable record): everything counts as new.
  }
  const now: Record<string, PageDigests> = {};
  const changes: Changes = { added: 0, changed: 0, removed: 0 };
  for (const page of report.archive.pages) {
    const old = Object.hasOwn(before, page.id) ? before[page.id] : undefined;
    const corrected = page.articles.some((a) => a.correction);
    if (old && old.from === page.source && !old.corrected && !corrected && Array.isArray(old.articles)) {
      now[page.id] = old;
      continue;
    }
    const digests = new Map(Array.isArray(old?.articles) ? old.articles : []);
    const articles = page.articles.map((a): [string, string] => [
      a.id,
      hash('sha256', JSON.stringify(a), 'hex').slice(0, 16),
    ]);
    for (const [id, digest] of articles) {
      if (!digests.has(id)) changes.added++;
      else if (digests.get(id) !== digest) changes.changed++;
      digests.delete(id);
    }
    changes.removed += digests.size;
    now[page.id] = { from: page.source, corrected, articles };
  }
  for (const [id, old] of Object.entries(before))
    if (!Object.hasOwn(now, id) && Array.isArray(old?.articles)) changes.removed += old.articles.length;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify({ pages: now })}\n`);
  return changes;
}

/** Warnings grouped by rule, most frequent first. */
export function warningsByKind(report: BuildReport): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of report.diagnostics) if (d.severity === 'warning') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
