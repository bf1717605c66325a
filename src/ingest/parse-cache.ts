/**
 * The parse cache: a page whose text, settings and parser are unchanged is not parsed again. Entries are
 * content-hashed and versioned by the parser's own code; a corrupt or foreign entry is discarded, never
 * trusted. Writes go through a temporary file and a rename, so a killed build leaves no half entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedPage } from '../parse/types.js';

let version: string | null = null;

/** A fingerprint of the parser's code (the parse and text modules), so a new parser never reads old entries. */
export function parserVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of ['../parse', '../text']) {
    const full = join(here, dir);
    for (const name of readdirSync(full).sort()) hash.update(name).update(readFileSync(join(full, name)));
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** The cache key of one page parse. */
export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(parserVersion()).update(JSON.stringify(parts)).digest('hex');
}

/** Reads an entry; a missing one is null, a broken one is deleted and reported through `discard`. */
export function readCached(cacheDir: string, key: string, discard: (reason: string) => void): ParsedPage | null {
  const file = join(cacheDir, 'parse', `${key.slice(0, 2)}`, `${key}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as { version?: string; page?: ParsedPage };
    if (entry.version !== parserVersion() || !entry.page || !Array.isArray(entry.page.articles)) throw new Error('from another version');
    return entry.page;
  } catch (error) {
    rmSync(file, { force: true });
    discard(`discarded a cache entry (${(error as Error).message})`);
    return null;
  }
}

/** Writes an entry atomically. */
export function writeCached(cacheDir: string, key: string, page: ParsedPage): void {
  const dir = join(cacheDir, 'parse', key.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${key}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify({ version: parserVersion(), page }));
  renameSync(tmp, join(dir, `${key}.json`));
}
