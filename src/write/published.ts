/**
 * The keys of the published site (what each file was made from: see sink.ts), kept beside the cache: read
 * back by the next build, written as "pending" before a swap and believed only once the swap happened.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stampOf } from '../ingest/content.js';

/**
 * The keys a process last published, and the stamp of their file then: a process that stays (`baoku dev`)
 * keeps this between its builds and takes them as they are while the file is unchanged, instead of
 * reading tens of thousands of keys back.
 */
export interface PublishedMemory {
  last?: { file: string; stamp: string; published: Published };
}

/** The keys of the site just published (left pending until it was swapped in) are the keys now. */
export function confirmKeys(
  keysFile: string | undefined,
  keys: Map<string, string>,
  base: SavedKeys['base'],
  state: Record<string, unknown>,
  memory?: PublishedMemory,
): void {
  if (!keysFile) return;
  renameSync(`${keysFile}.pending`, keysFile);
  if (memory) memory.last = { file: keysFile, stamp: fileStamp(keysFile), published: { keys, base, state } };
}

/** The keys file: this build's files and keys, and the kept site's description. */
export interface SavedKeys {
  folder: string;
  paths: string[];
  keys: string[];
  base?: { ino: number; paths: string[]; keys: (string | null)[] } | undefined;
  state?: Record<string, unknown>;
}

/** A published site's keys as read back: by path (group names too), and its base. */
export interface Published {
  keys: Map<string, string>;
  base: SavedKeys['base'];
  state: Record<string, unknown>;
}

export const none = (): Published => ({ keys: new Map(), base: undefined, state: {} });

function fromSaved(saved: SavedKeys): Published {
  const keys = new Map<string, string>();
  saved.paths.forEach((p, i) => keys.set(p, saved.keys[i]!));
  return { keys, base: saved.base, state: saved.state ?? {} };
}

/** Whether a key's name is a file's path (and not a group's name). */
export function isFile(path: string): boolean {
  return !path.startsWith('\0');
}

function fileStamp(file: string): string {
  try {
    return stampOf(statSync(file));
  } catch {
    return '';
  }
}

/**
 * The keys of the published site. Keys left pending by a build killed around its swap are believed only
 * if that build's folder is gone, i.e. it was swapped in; anything unreadable means "reuse nothing".
 */
export function readKeys(keysFile: string, outDir: string, memory?: PublishedMemory): Published {
  const last = memory?.last;
  if (
    last?.file === keysFile &&
    last.stamp === fileStamp(keysFile) &&
    !existsSync(`${keysFile}.pending`) &&
    existsSync(outDir)
  )
    return last.published;
  try {
    const pending = JSON.parse(readFileSync(`${keysFile}.pending`, 'utf8')) as { folder: string };
    if (existsSync(join(dirname(outDir), pending.folder))) rmSync(`${keysFile}.pending`);
    else renameSync(`${keysFile}.pending`, keysFile);
  } catch {
    rmSync(`${keysFile}.pending`, { force: true });
  }
  try {
    const saved = JSON.parse(readFileSync(keysFile, 'utf8')) as SavedKeys;
    if (
      existsSync(outDir) &&
      Array.isArray(saved.paths) &&
      Array.isArray(saved.keys) &&
      saved.paths.length === saved.keys.length
    )
      return fromSaved(saved);
  } catch {
    // Unreadable: reuse nothing.
  }
  return none();
}
