/**
 * The project's cache for a build into memory (check, correct), or a cache of the run's own while a build
 * or `baoku dev` holds it.
 */
import { join } from 'node:path';
import type { Config } from '../ingest/config.js';

/**
 * Runs `work` (a build into memory: check, correct) with the project's cache, or, while a build or
 * `baoku dev` holds it, with a cache of its own for this run (slower: every page is parsed).
 */
export async function withCache<T>(config: Config, work: (config: Config) => Promise<T>): Promise<T> {
  const { LockBusy } = await import('../shared/lock.js');
  try {
    return await work(config);
  } catch (error) {
    if (!(error instanceof LockBusy) || error.file !== join(config.cacheDir, 'lock')) throw error;
  }
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const cacheDir = mkdtempSync(join(tmpdir(), 'baoku-cache-'));
  try {
    return await work({ ...config, cacheDir });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
