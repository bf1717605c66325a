/**
 * The build report: what changed since the last build (kept in .cache/last-build.json), warnings by kind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildReport } from '../build.js';

/** Counts of articles new, changed and removed since the previous build. */
export interface Changes {
  added: number;
  changed: number;
  removed: number;
}

/** Compares this build's articles with the last build's, and remembers this one. */
export function changesSinceLastBuild(report: BuildReport, cacheDir: string): Changes {
  const now: Record<string, string> = {};
  for (const a of report.archive.articles) now[a.id] = createHash('sha256').update(JSON.stringify(a)).digest('hex').slice(0, 16);
  const file = join(cacheDir, 'last-build.json');
  let before: Record<string, string> = {};
  try {
    before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // No previous build (or an unreadable record): everything counts as new.
  }
  const changes: Changes = { added: 0, changed: 0, removed: 0 };
  for (const [id, h] of Object.entries(now)) {
    if (!(id in before)) changes.added++;
    else if (before[id] !== h) changes.changed++;
  }
  for (const id of Object.keys(before)) if (!(id in now)) changes.removed++;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(now, null, 1)}\n`);
  return changes;
}

/** Warnings grouped by rule, most frequent first. */
export function warningsByKind(report: BuildReport): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of report.diagnostics) if (d.severity === 'warning') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
