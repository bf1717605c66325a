/**
 * Publishing inside the output folder, for a folder that cannot be renamed (a mount point) or whose
 * parent the build may not write to: the new site is made in `.baoku-new-<pid>` inside it, then the old
 * site's entries are moved into `.baoku-old-<pid>` and the new one's moved up. A journal written before
 * the moves lets the next build finish a swap that was interrupted, so the folder is never left holding
 * half of one site and half of the other.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeAtomic } from '../shared/atomic.js';
import { INSIDE_PREFIX } from './out-dir.js';

const JOURNAL = `${INSIDE_PREFIX}swap`;

/** The folder the new site is made in, inside `outDir`. */
export function newInside(outDir: string): string {
  return join(outDir, `${INSIDE_PREFIX}new-${process.pid}`);
}

/** The build's own folders inside `outDir` (new, old and trash, by pid), for cleaning up after one that was killed. */
export function leftoversInside(outDir: string): { path: string; kind: string; pid: number }[] {
  const out: { path: string; kind: string; pid: number }[] = [];
  for (const name of readdirSync(outDir)) {
    const m = /^\.baoku-(new|old|trash)-(\d+)$/.exec(name);
    if (m) out.push({ path: join(outDir, name), kind: m[1]!, pid: Number(m[2]) });
  }
  return out;
}

/** Swaps the site in `newDir` into `outDir`; returns the folder now holding the old site (to delete). */
export function swapInside(outDir: string, newDir: string): string {
  const old = join(outDir, `${INSIDE_PREFIX}old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  writeAtomic(join(outDir, JOURNAL), JSON.stringify({ new: basename(newDir), old: basename(old), phase: 'out' }));
  finishSwap(outDir);
  return old;
}

/** Finishes a swap whose journal is there (one in progress, or one a killed build left); false if there is none. */
export function finishSwap(outDir: string): boolean {
  let saved: { new?: unknown; old?: unknown; phase?: unknown };
  try {
    saved = JSON.parse(readFileSync(join(outDir, JOURNAL), 'utf8')) as typeof saved;
  } catch {
    return false;
  }
  // Names of the build's own folders in this folder, nothing else (the journal is only a file on disk).
  const own = (name: unknown, kind: string): string | null =>
    typeof name === 'string' && new RegExp(`^\\.baoku-${kind}-\\d+$`).test(name) ? join(outDir, name) : null;
  const journal = { new: own(saved.new, 'new'), old: own(saved.old, 'old'), phase: saved.phase };
  if (!journal.new || !journal.old) return false;
  const site = (dir: string): string[] =>
    readdirSync(dir).filter((n) => !n.startsWith(INSIDE_PREFIX) || n === `${INSIDE_PREFIX}site`);
  if (journal.phase === 'out') {
    mkdirSync(journal.old, { recursive: true });
    for (const name of site(outDir)) renameSync(join(outDir, name), join(journal.old, name));
    writeAtomic(join(outDir, JOURNAL), JSON.stringify({ ...saved, phase: 'in' }));
  }
  // Gone: the swap was done and only its journal was left.
  if (existsSync(journal.new))
    for (const name of site(journal.new)) renameSync(join(journal.new, name), join(outDir, name));
  rmSync(journal.new, { recursive: true, force: true });
  rmSync(join(outDir, JOURNAL), { force: true });
  return true;
}
