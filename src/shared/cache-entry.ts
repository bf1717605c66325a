/**
 * One entry of the build cache on disk (see kept/cache.ts): where it lives, written whole through a
 * rename, read back only when this code wrote it. Low layer: the cache, the parse processes and the index's
 * postings thread all read or write entries.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where an entry of a cache lives, for a worker process to write it (see writeEntry). */
export interface EntryPlace {
  dir: string;
  version: string;
  key: string;
}

/** Writes a cache entry through a temporary file and a rename (no half entry); `Cache.set` and workers use it. */
export function writeEntry(place: EntryPlace, value: unknown): void {
  const target = entryFile(place.dir, place.key);
  const tmp = `${target}.${process.pid}.tmp`;
  const text = JSON.stringify({ version: place.version, value });
  try {
    writeFileSync(tmp, text);
  } catch {
    // Its folder is not there yet (or was deleted since): make it, once, rather than on every write.
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(tmp, text);
  }
  renameSync(tmp, target);
}

/**
 * Reads the entry at `place`: null when there is none, an error when it is not one this code wrote (another
 * version, not of the shape `valid` wants, not JSON). Anything else on disk may have put it there.
 */
export function readEntry<T>(
  place: EntryPlace,
  valid: (value: unknown) => boolean,
): { value: T } | { error: string } | null {
  let text: string;
  try {
    text = readFileSync(entryFile(place.dir, place.key), 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as { version?: string; value?: unknown };
    if (entry.version !== place.version || !valid(entry.value)) return { error: 'from another version' };
    return { value: entry.value as T };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The file of the entry `key` in the cache folder `dir`. */
export function entryFile(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}
