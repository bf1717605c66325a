/**
 * Where built files go: a memory sink for tests and `check`, a disk sink that swaps the finished site
 * into place only when the whole build succeeded (a failed build never leaves half a site).
 *
 * A file may come with a key naming everything it was made from. The disk sink remembers the keys of the
 * site it published, so the next build can take a file whose key is unchanged from the published site (a
 * hard link: no rendering, no copying) instead of making it again.
 *
 * The new site is not started empty when it need not be: the site the published one replaced is kept
 * (`dist.base`), with what its files were made from, and made into the new site: only the files that
 * changed in the last two builds are linked or written there (at 5,000 pages, tens instead of linking
 * 42,700 files each build, and no deleting the replaced site either: it is the next build's base).
 * Its files may be hard links to the published site's, so a file there is replaced, never written through.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { BuildError } from '../errors.js';
import { openFileThread } from './file-thread.js';
import { beingDeleted, discardInBackground } from './discard.js';
import { writeAtomic } from '../shared/atomic.js';
import { basename, dirname, join, posix, relative, resolve } from 'node:path';
import { fileSystemError } from '../errors.js';
import { acquireLock } from '../shared/lock.js';
import {
  claimOutDir,
  INSIDE_PREFIX,
  isEmptyFolder,
  isMarked,
  markFolder,
  MARKER,
  routeFor,
  running,
  siblingName,
  type Route,
} from './out-dir.js';
import { confirmKeys, isFile, none, readKeys, type Published, type SavedKeys } from './published.js';
import { finishSwap, leftoversInside, newInside, swapInside } from './swap.js';

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
  /** The same, as bytes. */
  readPublishedBytes(path: string): Buffer | null;
  /** Takes every file of the published site under `prefix` that this build has not made, but `except`; returns their paths. */
  carry(prefix: string, except?: ReadonlySet<string>): string[];
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
    readPublishedBytes: () => null,
    carry: () => [],
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
  const route = routeFor(outDir);
  const release = lockOutDir(outDir, route);
  try {
    return openDiskSink(outDir, route, release, keysFile);
  } catch (error) {
    release();
    throw fileSystemError(error, outDir, 'prepare the output folder');
  }
}

/**
 * Takes the output folder's lock (one build at a time per output folder): it sits beside the folder, or
 * inside one published in place. Returns the release; `baoku dev` holds it between its builds.
 */
export function lockOutDir(outDir: string, route = routeFor(resolve(outDir))): () => void {
  outDir = resolve(outDir);
  return acquireLock(
    route === 'beside' ? `${outDir}.lock` : join(outDir, `${INSIDE_PREFIX}lock`),
    `the output folder ${outDir}`,
  );
}

function openDiskSink(outDir: string, route: Route, release: () => void, keysFile: string | undefined): Sink {
  // A swap in place that a killed build left half done is finished first: its keys then describe the site.
  if (route === 'inside') finishSwap(outDir);
  const last = keysFile ? readKeys(keysFile, outDir) : none();
  const { keys: published, state: recalled } = last;
  const state: Record<string, unknown> = {};
  recoverInterrupted(outDir, route);
  claimOutDir(
    outDir,
    (names) =>
      names.every((n) => [...published.keys()].some((p) => isFile(p) && (p === n || p.startsWith(`${n}/`)))) &&
      published.has('index.html'),
  );
  const tmp = route === 'beside' ? `${outDir}.tmp-${process.pid}` : newInside(outDir);
  // Left by a killed build that had this pid: ours (marked) or empty, or not to be touched.
  if (existsSync(tmp)) {
    if (!isMarked(tmp) && !isEmptyFolder(tmp))
      throw new BuildError(
        `a folder named as the build names its own is in the way, and baoku did not make it: move it away`,
        { file: tmp, rule: 'out-dir-not-ours' },
      );
    rmSync(tmp, { recursive: true, force: true });
  }
  // What the new site starts from: the kept site, with its files' keys (null: a file it does not have), or nothing.
  const base = route === 'beside' ? takeBase(outDir, tmp, last) : null;
  if (!base) {
    mkdirSync(tmp, { recursive: true });
    markFolder(tmp);
  }
  // Whether the kept site is still as taken: a build refused before making anything (a page in error)
  // gives it back, so the build after the fix starts from it too.
  let untouched = !!base;
  const baseKey = (path: string): string | null | undefined =>
    base ? (base.has(path) ? base.get(path) : published.get(path)) : undefined;
  const made = new Set<string>(['']);
  const keys = new Map<string, string>();
  // Files written without a key (assets): they too stay when the kept site is cleared of what this build did not make.
  const loose = new Set<string>();
  // Files this build made (not taken): a key says what a file was made from, not always which file it is.
  const written = new Set<string>();
  const files = openFileThread();
  // The kept site's files, listed on the file thread when the first file comes (earlier, it would compete
  // with reading the pages): what this build does not make goes from it at the end.
  let listing: Promise<string[]> | null = null;
  const listBase = (): void => void (base && (listing ??= files.list(tmp)));
  // The files taken as the kept site has them: they must be there.
  const fromBase: string[] = [];
  // A file's path checked and made relative to the output folder, with its folder made in the new site.
  // (Joined by hand: both sides are normalized already, and a build places tens of thousands of files.)
  const place = (path: string): string => {
    untouched = false;
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
      listBase();
      if (key) keys.set(path, key);
      else loose.add(path);
      written.add(path);
      files.add({ to: `${tmp}/${place(path)}`, content, replace: !!base });
    },
    ready: () => files.ready(),
    reuse(path, key) {
      listBase();
      if (published.get(path) !== key || keys.has(path)) return false;
      keys.set(path, key);
      // The kept site has this very file (the published one is a link to it).
      if (baseKey(path) === key) return (void fromBase.push(path), true);
      const rel = place(path);
      files.add({ from: `${outDir}/${rel}`, to: `${tmp}/${rel}`, replace: !!base });
      return true;
    },
    reuseGroup(name, key, paths) {
      keys.set(name, key);
      if (published.get(name) !== key || !paths.every((p) => published.has(p) && !keys.has(p))) return false;
      for (const p of paths) sink.reuse(p, published.get(p)!);
      return true;
    },
    readPublished(path) {
      return sink.readPublishedBytes(path)?.toString('utf8') ?? null;
    },
    readPublishedBytes(path) {
      if (!published.has(path)) return null;
      try {
        return readFileSync(join(outDir, safePath(path)));
      } catch {
        return null;
      }
    },
    carry(prefix, except) {
      const carried: string[] = [];
      for (const [path, key] of published) {
        if (!path.startsWith(prefix) || keys.has(path) || except?.has(path)) continue;
        sink.reuse(path, key);
        carried.push(path);
      }
      return carried;
    },
    recall: (name) => recalled[name] ?? null,
    remember: (name, value) => void (state[name] = value),
    async commit() {
      untouched = false;
      // A kept site loses every file this build did not make or take (and anything else found there), and
      // the folders left empty. A file it should have had but has not (deleted by hand) is linked from the
      // published site after all.
      listBase();
      if (listing) {
        const listed = await listing;
        const there = new Set(listed);
        for (const path of fromBase)
          if (!there.has(path)) files.add({ from: `${outDir}/${path}`, to: `${tmp}/${place(path)}` });
        const folders = new Set<string>();
        for (const path of listed) {
          if (keys.has(path) || loose.has(path) || path === MARKER) continue;
          files.add({ remove: `${tmp}/${path}` });
          for (let dir = path; dir.includes('/');) folders.add((dir = dir.slice(0, dir.lastIndexOf('/'))));
        }
        if (folders.size)
          files.add({ removeFolders: [...folders].sort((a, b) => b.length - a.length).map((dir) => `${tmp}/${dir}`) });
      }
      // Every file must be in place before the swap.
      let gone: string[];
      try {
        gone = await files.done().finally(() => files.close());
      } catch (error) {
        const { file, code } = error as { file?: string; code?: string };
        if (!file) throw error;
        if (code)
          throw fileSystemError(
            Object.assign(error as Error, { path: file }),
            file,
            'write the new site (nothing was published)',
          );
        throw new BuildError(`${(error as Error).message}; nothing was published`, {
          file,
          rule: 'write-failed',
          cause: error,
        });
      }
      if (gone.length)
        throw new BuildError(
          `${gone.length} file(s) of the published site have gone since it was built, e.g. ${gone[0]}; delete ${outDir} and build again`,
          { file: gone[0]!, rule: 'published-file-gone' },
        );
      // The keys go beside the cache first as "pending", naming this build's folder: if the build dies
      // before the swap, the folder is still there and the pending keys are not believed (see readKeys).
      // Paths and keys as two lists: an object of 42,700 names took twice as long to read back.
      const folder = relative(dirname(outDir), tmp);
      if (route === 'inside') {
        const saved: SavedKeys = { folder, paths: [...keys.keys()], keys: [...keys.values()], state };
        if (keysFile) writeAtomic(`${keysFile}.pending`, JSON.stringify(saved));
        const old = swapInside(outDir, tmp);
        confirmKeys(keysFile, keys, undefined, state);
        discardInBackground(old, join(outDir, `${INSIDE_PREFIX}trash-`));
      } else {
        const old = `${outDir}.old-${process.pid}`;
        if (existsSync(old)) {
          if (!isMarked(old) && !isEmptyFolder(old))
            throw new BuildError(
              'a folder named as the build names its own is in the way, and baoku did not make it: move it away',
              { file: old, rule: 'out-dir-not-ours' },
            );
          rmSync(old, { recursive: true, force: true });
        }
        // The site being replaced is kept as the next build's base, described by how its keys differ from
        // this build's (at most the files of two builds' changes) and named by its folder's inode.
        const kept = keysFile && existsSync(outDir) ? keptSite(outDir, published, keys, written) : null;
        const saved: SavedKeys = {
          folder,
          paths: [...keys.keys()],
          keys: [...keys.values()],
          base: kept ?? undefined,
          state,
        };
        if (keysFile) writeAtomic(`${keysFile}.pending`, JSON.stringify(saved));
        if (existsSync(outDir)) renameSync(outDir, old);
        try {
          renameSync(tmp, outDir);
        } catch (error) {
          // The old site goes back: nothing was published.
          if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
          throw fileSystemError(error, outDir, 'put the new site in place (nothing was published)');
        }
        // The kept site goes where the last one was, if that one is gone (or was ours to delete).
        if (kept && (discardBase(outDir), !existsSync(baseFolder(outDir)))) renameSync(old, baseFolder(outDir));
        confirmKeys(keysFile, keys, saved.base, state);
        if (existsSync(old)) discardInBackground(old, trashPrefix(outDir));
      }
      release();
    },
    abort() {
      files.close();
      try {
        if (untouched && !existsSync(baseFolder(outDir))) renameSync(tmp, baseFolder(outDir));
        else rmSync(tmp, { recursive: true, force: true });
      } finally {
        release();
      }
    },
  };
  return sink;
}

function baseFolder(outDir: string): string {
  return `${outDir}.base`;
}

/** Hands the kept site to a deleter, if there is one and the build made it (any other folder of that name stays). */
function discardBase(outDir: string): void {
  const base = baseFolder(outDir);
  if (existsSync(base) && (isMarked(base) || isEmptyFolder(base))) discardInBackground(base, trashPrefix(outDir));
}

/**
 * The published site (about to be replaced) as the next build's base: its keys where they differ from
 * `now`'s, and null (not the same file) where this build made the file. (Every file this build took was
 * published with the key it has now; files the base has and the build did not make go by its listing.)
 */
function keptSite(
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
function takeBase(outDir: string, tmp: string, last: Published): Map<string, string | null> | null {
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

/** A relative path inside the output folder; anything that would climb out or is absolute is refused. */
export function safePath(path: string): string {
  const norm = posix.normalize(path.replace(/\\/g, '/'));
  if (
    norm.startsWith('/') ||
    norm === '..' ||
    norm.startsWith('../') ||
    /^[a-zA-Z]:/.test(norm) ||
    norm.includes('\0')
  ) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
  if (norm.startsWith(INSIDE_PREFIX))
    throw new Error(`refusing to write ${path}: names starting with ${INSIDE_PREFIX} are the build's own`);
  return norm;
}

/** Where replaced sites wait to be deleted (see write/discard.ts): beside the output folder, `dist.trash-<pid>`. */
function trashPrefix(outDir: string): string {
  return `${outDir}.trash-`;
}

/**
 * Cleans up after a build that was killed (this build holds the output folder's lock: no other build of it
 * runs): its half-written temporary folder goes, and if it died between moving the old site aside and
 * moving the new one in, the old site is put back. A replaced site whose deleter was killed gets a new
 * one. Only folders the build made (marked, or empty) of processes no longer running are touched.
 */
function recoverInterrupted(outDir: string, route: Route): void {
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
