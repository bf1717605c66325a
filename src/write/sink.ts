/**
 * Where built files go: a memory sink for tests and `check`, a disk sink that swaps the finished site
 * into place only when the whole build succeeded (a failed build never leaves half a site).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
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
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  return {
    write(path, content) {
      const full = join(tmp, safePath(path));
      mkdirSync(dirname(full), { recursive: true });
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
