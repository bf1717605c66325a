/**
 * The build cache in `.cache/`: entries are content-hashed and versioned by the code that made them, so
 * unchanged pages are not parsed again and unchanged articles not segmented again. A corrupt or foreign
 * entry is discarded, never trusted. Writes go through a temporary file and a rename, so a killed build
 * leaves no half entry.
 */
import { createHash, hash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import { BuildError, fileSystemError } from '../errors.js';
import { entryFile, readEntry, writeEntry, type EntryPlace } from '../shared/cache-entry.js';
import { acquireLock } from '../shared/lock.js';
import { readdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Code fingerprints by folder list, taken once per process. Module state on purpose: they describe the
 * code this process loaded, which does not change while it runs even when lib/ is compiled again beside it.
 */
const versions = new Map<string, string>();

/** A fingerprint of the code in the given source folders (relative to src/), e.g. the parser's. */
export function codeVersion(dirs: readonly string[]): string {
  const id = dirs.join(',');
  let v = versions.get(id);
  if (!v) {
    const hash = createHash('sha256');
    const here = dirname(fileURLToPath(import.meta.url));
    for (const dir of dirs) {
      const full = join(here, '..', dir);
      for (const name of readdirSync(full).sort()) hash.update(name).update(readFileSync(join(full, name)));
    }
    v = hash.digest('hex').slice(0, 16);
    versions.set(id, v);
  }
  return v;
}

/** One kind of cached value (parsed pages, index contributions), stored under `.cache/<kind>/`. */
export interface Cache<T> {
  key(parts: unknown): string;
  /** Where the entry for `key` goes, for a worker to write it; it counts as used. */
  place(key: string): EntryPlace;
  /** Whether there is an entry (it may still turn out unreadable: `get` says). */
  has(key: string): boolean;
  get(key: string): T | null;
  set(key: string, value: T): void;
  /** Marks an entry as used without reading it (its value was already at hand), so `prune` keeps it. */
  keep(key: string): void;
  /** Deletes the entries this build did not ask for (old versions, pages since changed); returns how many. */
  prune(): Promise<number>;
  /** Whether it held any entries when opened: a build ran before this one. */
  readonly held: boolean;
}

/** Opens a cache of one kind; `valid` rejects entries of the wrong shape; `discard` hears of bad entries. */
export function openCache<T>(
  cacheDir: string,
  kind: string,
  version: string,
  valid: (value: unknown) => boolean,
  discard: (reason: string) => void,
): Cache<T> {
  const file = (key: string): string => entryFile(join(cacheDir, kind), key);
  const used = new Set<string>();
  // Whether an entry is there, as far as this build has seen (the build asks of each page more than once).
  const present = new Map<string, boolean>();
  const folders = safeList(join(cacheDir, kind));
  // The entries there when the build began, listed off this thread while it works (listing its folders at the
  // end took time from every build): any entry made since is one this build used, so pruning needs no other.
  const listing: Promise<string[][]> = Promise.all(
    folders.map((sub) =>
      readdir(join(cacheDir, kind, sub)).then(
        (names) => names.map((n) => join(sub, n)),
        () => [],
      ),
    ),
  );
  return {
    held: folders.length > 0,
    key: (parts) => hash('sha256', version + JSON.stringify(parts), 'hex'),
    has(key) {
      used.add(key);
      let there = present.get(key);
      if (there === undefined) present.set(key, (there = existsSync(file(key))));
      return there;
    },
    get(key) {
      used.add(key);
      const read = readEntry<T>({ dir: join(cacheDir, kind), version, key }, valid);
      if (read === null || 'value' in read) return read?.value ?? null;
      rmSync(file(key), { force: true });
      present.set(key, false);
      discard(`discarded an entry of the ${kind} cache (${read.error})`);
      return null;
    },
    keep: (key) => void used.add(key),
    place(key) {
      used.add(key);
      return { dir: join(cacheDir, kind), version, key };
    },
    async prune() {
      let n = 0;
      let failed: NodeJS.ErrnoException | null = null;
      for (const names of await listing) {
        for (const name of names) {
          if (used.has(name.slice(name.lastIndexOf(sep) + 1).replace(/\.json$/, ''))) continue;
          try {
            unlinkSync(join(cacheDir, kind, name));
            n++;
          } catch (error) {
            // The site is published by now: an entry that cannot go only takes room (and is said so).
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') failed ??= error as NodeJS.ErrnoException;
          }
        }
      }
      if (failed)
        discard(
          `could not delete old entries of the ${kind} cache (${failed.code}): make ${join(cacheDir, kind)} and its folders writable, or delete it`,
        );
      return n;
    },
    set(key, value) {
      used.add(key);
      writeEntry({ dir: join(cacheDir, kind), version, key }, value);
      present.set(key, true);
    },
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Makes the cache folder if need be and takes its lock (one build at a time per cache: two would prune
 * each other's entries); returns the release. A file in its place, or a folder the build may not write
 * to, is an error saying what to do.
 */
export function lockCacheDir(cacheDir: string): () => void {
  checkCacheDir(cacheDir);
  return acquireLock(join(cacheDir, 'lock'), `the build cache ${cacheDir}`);
}

/** Makes the cache folder if need be; a file in its place, or a folder the build may not write to, is an error. */
export function checkCacheDir(cacheDir: string): void {
  try {
    if (!lstatSync(cacheDir).isDirectory())
      throw new BuildError('a file stands where baoku keeps its build cache: move it away (baoku makes the folder)', {
        file: cacheDir,
        rule: 'cache-dir',
      });
  } catch (error) {
    if (error instanceof BuildError) throw error;
    try {
      mkdirSync(cacheDir, { recursive: true });
    } catch (made) {
      throw fileSystemError(made, cacheDir, 'make the build cache folder');
    }
  }
  try {
    accessSync(cacheDir, constants.W_OK);
  } catch {
    throw new BuildError('the build cache folder is read-only: make it writable, or delete it (baoku makes it again)', {
      file: cacheDir,
      rule: 'cache-dir',
    });
  }
}
