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
 * Compares this build's articles with the last build's, and remembers this one: for each article, what it
 * was made from and a digest of it. An article that is not corrected follows from its page's source and
 * its place there, so while those stay the same its digest is carried over instead of made again (hashing
 * every article of a large archive on each build took longer than the rest of adding a page).
 */
export function changesSinceLastBuild(report: BuildReport, cacheDir: string): Changes {
  const file = join(cacheDir, 'last-build.json');
  let before: Record<string, unknown> = {};
  try {
    before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // No previous build (or an unreadable record): everything counts as new.
  }
  const sourceOf = new Map(report.archive.pages.map((p) => [p.id, p.source]));
  const now: Record<string, [string, string]> = {};
  const changes: Changes = { added: 0, changed: 0, removed: 0 };
  for (const a of report.archive.articles) {
    const from = a.correction ? '' : `${sourceOf.get(a.pageId)}:${a.index}`;
    const old = before[a.id];
    // Records of an older baoku hold the digest alone.
    const [oldFrom, oldDigest] = Array.isArray(old) ? (old as unknown[]) : ['', old];
    const digest = from && from === oldFrom && typeof oldDigest === 'string' ? oldDigest : hash('sha256', JSON.stringify(a), 'hex').slice(0, 16);
    now[a.id] = [from, digest];
    if (!Object.hasOwn(before, a.id)) changes.added++;
    else if (oldDigest !== digest) changes.changed++;
  }
  for (const id of Object.keys(before)) if (!Object.hasOwn(now, id)) changes.removed++;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(now)}\n`);
  return changes;
}

/** Warnings grouped by rule, most frequent first. */
export function warningsByKind(report: BuildReport): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of report.diagnostics) if (d.severity === 'warning') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
