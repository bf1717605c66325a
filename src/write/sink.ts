/**
 * Where built files go: a memory sink for tests and `check`, a disk sink that swaps the finished site
 * into place only when the whole build succeeded (a failed build never leaves half a site).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dirname, join, posix } from 'node:path';

/** Receives the built files. */
export interface Sink {
  write(path: string, content: string | Uint8Array): void;
  /** Publishes what was written. */
  commit(): void;
  /** Throws away what was written. */
  abort(): void;
}

/** Keeps files in a map. */
export function memorySink(): Sink & { files: Map<string, string | Uint8Array> } {
  const files = new Map<string, string | Uint8Array>();
  return {
    files,
    write: (path, content) => void files.set(safePath(path), content),
    commit: () => undefined,
    abort: () => files.clear(),
  };
}

/** Writes into a temporary folder beside `outDir` and swaps it in on commit. */
export function diskSink(outDir: string): Sink {
  recoverInterrupted(outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>();
  return {
    write(path, content) {
      const full = join(tmp, safePath(path));
      const dir = dirname(full);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(full, content);
    },
    commit() {
      const old = `${outDir}.old-${process.pid}`;
      rmSync(old, { recursive: true, force: true });
      if (existsSync(outDir)) renameSync(outDir, old);
      renameSync(tmp, outDir);
      rmSync(old, { recursive: true, force: true });
    },
    abort() {
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A relative path inside the output folder; anything that would climb out or is absolute is refused. */
export function safePath(path: string): string {
  const norm = posix.normalize(path.replace(/\\/g, '/'));
  if (norm.startsWith('/') || norm === '..' || norm.startsWith('../') || /^[a-zA-Z]:/.test(norm) || norm.includes('\0')) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
  return norm;
}

/**
 * Cleans up after a build that was killed: its half-written temporary folder goes, and if it died between
 * moving the old site aside and moving the new one in, the old site is put back.
 */
function recoverInterrupted(outDir: string): void {
  const parent = dirname(outDir);
  const name = basename(outDir);
  let siblings: string[];
  try {
    siblings = readdirSync(parent);
  } catch {
    return;
  }
  const old = siblings.filter((s) => s.startsWith(`${name}.old-`)).sort();
  if (!existsSync(outDir) && old.length) renameSync(join(parent, old[0]!), outDir);
  for (const s of siblings) if (s.startsWith(`${name}.tmp-`) || (s.startsWith(`${name}.old-`) && existsSync(join(parent, s)))) rmSync(join(parent, s), { recursive: true, force: true });
}
