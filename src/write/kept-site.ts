/**
 * The site a published one replaced, kept beside it as `dist.base` to start the next build's folder from
 * (see disk-sink.ts), and the clean-up after a build that was killed. Only folders the build made
 * (marked, or empty) of processes no longer running are touched.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { beingDeleted, discardInBackground } from './discard.js';
import { INSIDE_PREFIX, isEmptyFolder, isMarked, running, siblingName, type Route } from './out-dir.js';
import { leftoversInside } from './swap.js';
import { isFile, type Published, type SavedKeys } from './published.js';

/** Where the kept site of `outDir` waits for the next build. */
export function baseFolder(outDir: string): string {
  return `${outDir}.base`;
}

/** Hands the kept site to a deleter, if there is one and the build made it (any other folder of that name stays). */
export function discardBase(outDir: string): void {
  const base = baseFolder(outDir);
  if (existsSync(base) && (isMarked(base) || isEmptyFolder(base))) discardInBackground(base, trashPrefix(outDir));
}

/**
 * The published site (about to be replaced) as the next build's base: its keys where they differ from
 * `now`'s, and null (not the same file) where this build made the file. (Every file this build took was
 * published with the key it has now; files the base has and the build did not make go by its listing.)
 */
export function keptSite(
  outDir: string,
  published: Map<string, string>,
  now: Map<string, string>,
  written: ReadonlySet<string>,
): NonNullable<SavedKeys['base']> {
  const paths: string[] = [];
  const keys: (string | null)[] = [];
  for (const [path, key] of published)
    if (isFile(path) && now.get(path) !== key && !written.has(path)) (paths.push(path), keys.push(key));
  for (const path of written) (paths.push(path), keys.push(null));
  return { ino: statSync(outDir).ino, paths, keys };
}

/**
 * Takes the kept site as the new site's folder `tmp`, if it is the one the published keys describe (its
 * folder's inode); any other is handed to a deleter. Null when there is none to take.
 */
export function takeBase(outDir: string, tmp: string, last: Published): Map<string, string | null> | null {
  const folder = baseFolder(outDir);
  let ino: number;
  try {
    ino = statSync(folder).ino;
  } catch {
    return null;
  }
  const described = last.base;
  if (!isMarked(folder)) return (discardBase(outDir), null);
  if (!described || described.ino !== ino || !Array.isArray(described.paths) || !Array.isArray(described.keys)) {
    discardBase(outDir);
    return null;
  }
  renameSync(folder, tmp);
  const changed = new Map<string, string | null>();
  described.paths.forEach((p, i) => changed.set(p, described.keys[i] ?? null));
  return changed;
}

/** Where replaced sites wait to be deleted (see write/discard.ts): beside the output folder, `dist.trash-<pid>`. */
export function trashPrefix(outDir: string): string {
  return `${outDir}.trash-`;
}

/**
 * Cleans up after a build that was killed (this build holds the output folder's lock: no other build of it
 * runs): its half-written temporary folder goes, and if it died between moving the old site aside and
 * moving the new one in, the old site is put back. A replaced site whose deleter was killed gets a new
 * one. Only folders the build made (marked, or empty) of processes no longer running are touched.
 */
export function recoverInterrupted(outDir: string, route: Route): void {
  const ours = (dir: string): boolean => isMarked(dir) || isEmptyFolder(dir);
  if (route === 'inside') {
    for (const { path, kind, pid } of leftoversInside(outDir)) {
      if (running(pid) || !ours(path)) continue;
      if (kind === 'trash') discardInBackground(path, join(outDir, `${INSIDE_PREFIX}trash-`));
      else rmSync(path, { recursive: true, force: true });
    }
    return;
  }
  const parent = dirname(outDir);
  let siblings: string[];
  try {
    siblings = readdirSync(parent).sort();
  } catch {
    return;
  }
  const named = siblings
    .map((s) => ({ path: join(parent, s), ...siblingName(outDir, s) }))
    .filter((s) => s.kind && s.kind !== 'base' && !running(s.pid!) && ours(s.path));
  const old = named.filter((s) => s.kind === 'old' && isMarked(s.path));
  if (!existsSync(outDir) && old.length) renameSync(old[0]!.path, outDir);
  for (const s of named) {
    if (s.kind === 'trash') {
      if (!beingDeleted(basename(s.path), `${basename(outDir)}.trash-`))
        discardInBackground(s.path, trashPrefix(outDir));
    } else if (existsSync(s.path)) rmSync(s.path, { recursive: true, force: true });
  }
}
