/**
 * Where built files go: a memory sink for tests and `check`, a disk sink that swaps the finished site
 * into place only when the whole build succeeded (a failed build never leaves half a site).
 *
 * A file may come with a key naming everything it was made from. The disk sink remembers the keys of the
 * site it published, so the next build can take a file whose key is unchanged from the published site (a
 * hard link: no rendering, no copying) instead of making it again.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { BuildError } from '../errors.js';
import { openFileThread } from './file-thread.js';
import { beingDeleted, discardInBackground } from './discard.js';
import { writeAtomic } from './atomic.js';
import { stampOf } from '../ingest/content.js';
import { basename, dirname, join, posix, resolve } from 'node:path';

/** Receives the built files. */
export interface Sink {
  /** Writes a file; `key` (see `reuse`) lets a later build reuse it. */
  write(path: string, content: string | Uint8Array, key?: string): void;
  /** Resolves when the sink can take more files without holding much in memory (writes happen behind). */
  ready(): Promise<void>;
  /** Takes the published site's file at `path` if it was made with the same `key`; false if it must be made. */
  reuse(path: string, key: string): boolean;
  /**
   * Takes every file of `paths` from the published site if they were published as the group `name` with
   * the same `key` (see render/site.ts OutputGroup); false if they must be made (or reused) one by one.
   * The group's key is remembered either way.
   */
  reuseGroup(name: string, key: string, paths: readonly string[]): boolean;
  /** A file of the published site (as the last build of this sink left it), or null. */
  readPublished(path: string): string | null;
  /** Takes every file of the published site under `prefix` that this build has not made, but `except`; returns how many. */
  carry(prefix: string, except?: ReadonlySet<string>): number;
  /** What the build of the published site remembered under `name`, or null. */
  recall(name: string): unknown;
  /** Remembers `value` with this build's site, for the next build. */
  remember(name: string, value: unknown): void;
  /** Publishes what was written. */
  commit(): Promise<void>;
  /** Throws away what was written. */
  abort(): void;
}

/** Keeps files in a map. */
export function memorySink(): Sink & { files: Map<string, string | Uint8Array> } {
  const files = new Map<string, string | Uint8Array>();
  return {
    files,
    write: (path, content) => void files.set(safePath(path), content),
    ready: async () => undefined,
    reuse: () => false,
    reuseGroup: () => false,
    readPublished: () => null,
    carry: () => 0,
    recall: () => null,
    remember: () => undefined,
    commit: async () => undefined,
    abort: () => files.clear(),
  };
}

/**
 * Writes into a temporary folder beside `outDir` and swaps it in on commit. With `keysFile`, it remembers
 * the published files' keys there, so that the next build can reuse them.
 */
export function diskSink(outDir: string, keysFile?: string): Sink {
  outDir = resolve(outDir);
  const { keys: published, state: recalled } = keysFile ? readKeys(keysFile, outDir) : { keys: new Map<string, string>(), state: {} };
  const state: Record<string, unknown> = {};
  recoverInterrupted(outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>(['']);
  const keys = new Map<string, string>();
  const files = openFileThread();
  // A file's path checked and made relative to the output folder, with its folder made in the new site.
  // (Joined by hand: both sides are normalized already, and a build places tens of thousands of files.)
  const place = (path: string): string => {
    const rel = safePath(path);
    const dir = rel.slice(0, Math.max(0, rel.lastIndexOf('/')));
    if (!made.has(dir)) {
      mkdirSync(`${tmp}/${dir}`, { recursive: true });
      made.add(dir);
    }
    return rel;
  };
  const sink: Sink = {
    write(path, content, key) {
      files.add({ to: `${tmp}/${place(path)}`, content });
      if (key) keys.set(path, key);
    },
    ready: () => files.ready(),
    reuse(path, key) {
      if (published.get(path) !== key || keys.has(path)) return false;
      const rel = place(path);
      files.add({ from: `${outDir}/${rel}`, to: `${tmp}/${rel}` });
      keys.set(path, key);
      return true;
    },
    reuseGroup(name, key, paths) {
      keys.set(name, key);
      if (published.get(name) !== key || !paths.every((p) => published.has(p) && !keys.has(p))) return false;
      for (const p of paths) sink.reuse(p, published.get(p)!);
      return true;
    },
    readPublished(path) {
      if (!published.has(path)) return null;
      try {
        return readFileSync(join(outDir, safePath(path)), 'utf8');
      } catch {
        return null;
      }
    },
    carry(prefix, except) {
      let n = 0;
      for (const [path, key] of published) {
        if (!path.startsWith(prefix) || keys.has(path) || except?.has(path)) continue;
        sink.reuse(path, key);
        n++;
      }
      return n;
    },
    recall: (name) => recalled[name] ?? null,
    remember: (name, value) => void (state[name] = value),
    async commit() {
      // Every file must be in place before the swap.
      let gone: string[];
      try {
        gone = await files.done().finally(() => files.close());
      } catch (error) {
        const file = (error as { file?: string }).file;
        if (!file) throw error;
        throw new BuildError(`${(error as Error).message}; nothing was published`, { file, rule: 'write-failed', cause: error });
      }
      if (gone.length) throw new BuildError(`${gone.length} file(s) of the published site have gone since it was built, e.g. ${gone[0]}; delete ${outDir} and build again`, { file: gone[0]!, rule: 'published-file-gone' });
      const old = `${outDir}.old-${process.pid}`;
      rmSync(old, { recursive: true, force: true });
      // The keys go beside the cache first as "pending", naming this build's folder: if the build dies
      // before the swap, the folder is still there and the pending keys are not believed (see readKeys).
      // Paths and keys as two lists: an object of 42,700 names took twice as long to read back.
      if (keysFile) writeAtomic(`${keysFile}.pending`, JSON.stringify({ folder: basename(tmp), paths: [...keys.keys()], keys: [...keys.values()], state }));
      if (existsSync(outDir)) renameSync(outDir, old);
      renameSync(tmp, outDir);
      if (keysFile) {
        renameSync(`${keysFile}.pending`, keysFile);
        lastPublished = { file: keysFile, stamp: fileStamp(keysFile), keys, state };
      }
      if (existsSync(old)) discardInBackground(old, trashPrefix(outDir));
    },
    abort() {
      files.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
  return sink;
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
 * The keys this process last published, and the stamp of their file then: a process that stays
 * (`baoku dev`) takes them as they are while the file is unchanged, instead of reading 40,000 keys back.
 */
let lastPublished: { file: string; stamp: string; keys: Map<string, string>; state: Record<string, unknown> } | null = null;

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
function readKeys(keysFile: string, outDir: string): { keys: Map<string, string>; state: Record<string, unknown> } {
  const last = lastPublished;
  if (last?.file === keysFile && last.stamp === fileStamp(keysFile) && !existsSync(`${keysFile}.pending`) && existsSync(outDir)) return { keys: last.keys, state: last.state };
  try {
    const pending = JSON.parse(readFileSync(`${keysFile}.pending`, 'utf8')) as { folder: string };
    if (existsSync(join(dirname(outDir), pending.folder))) rmSync(`${keysFile}.pending`);
    else renameSync(`${keysFile}.pending`, keysFile);
  } catch {
    rmSync(`${keysFile}.pending`, { force: true });
  }
  try {
    const saved = JSON.parse(readFileSync(keysFile, 'utf8')) as { paths?: string[]; keys: string[] | Record<string, string>; state?: Record<string, unknown> };
    if (existsSync(outDir)) {
      const keys = new Map<string, string>();
      // (An earlier baoku wrote them as one object.)
      if (Array.isArray(saved.paths) && Array.isArray(saved.keys) && saved.paths.length === saved.keys.length) saved.paths.forEach((p, i) => keys.set(p, (saved.keys as string[])[i]!));
      else if (!Array.isArray(saved.keys)) for (const [p, k] of Object.entries(saved.keys)) keys.set(p, k);
      return { keys, state: saved.state ?? {} };
    }
  } catch {
    // Unreadable: reuse nothing.
  }
  return { keys: new Map(), state: {} };
}


/** Where replaced sites wait to be deleted (see write/discard.ts): beside the output folder, `dist.trash-<pid>`. */
function trashPrefix(outDir: string): string {
  return `${outDir}.trash-`;
}

/**
 * Cleans up after a build that was killed: its half-written temporary folder goes, and if it died between
 * moving the old site aside and moving the new one in, the old site is put back. A replaced site whose
 * deleter was killed gets a new one.
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
  const trash = `${name}.trash-`;
  for (const s of siblings) if (s.startsWith(trash) && !beingDeleted(s, trash)) discardInBackground(join(parent, s), trashPrefix(outDir));
}
