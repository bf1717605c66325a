/**
 * The disk sink: writes into a temporary folder beside the output folder (or inside it, when it cannot be
 * renamed) and swaps the finished site into place only when the whole build succeeded: a failed build
 * never leaves half a site.
 *
 * A file may come with a key naming everything it was made from. The sink remembers the keys of the site
 * it published, so the next build can take a file whose key is unchanged from the published site (a hard
 * link: no rendering, no copying) instead of making it again.
 *
 * The new site is not started empty when it need not be: the site the published one replaced is kept
 * (`dist.base`, see kept-site.ts), with what its files were made from, and made into the new site: only
 * the files that changed in the last two builds are linked or written there (tens instead of tens of
 * thousands each build, and no deleting the replaced site either: it is the next build's base). Its files
 * may be hard links to the published site's, so a file there is replaced, never written through.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileSystemError } from '../errors.js';
import { writeAtomic } from '../shared/atomic.js';
import { acquireLock } from '../shared/lock.js';
import { appendOps, readRange } from './append.js';
import { discardInBackground } from './discard.js';
import { allWritten, openFileThread, type FileThread } from './file-thread.js';
import { baseFolder, discardBase, keptSite, recoverInterrupted, takeBase, trashPrefix } from './kept-site.js';
import { claimOutDir, clearOwn, INSIDE_PREFIX, markFolder, MARKER, routeFor, type Route } from './out-dir.js';
import {
  confirmKeys,
  isFile,
  none,
  readKeys,
  type Published,
  type PublishedMemory,
  type SavedKeys,
} from './published.js';
import { safePath, type Piece, type Sink } from './sink.js';
import { finishSwap, newInside, swapInside } from './swap.js';

/**
 * Writes into a temporary folder beside `outDir` and swaps it in on commit. With `keysFile`, it remembers
 * the published files' keys there, so that the next build can reuse them; a process that stays keeps
 * `memory` between its builds, so that it need not read them back.
 */
export function diskSink(outDir: string, keysFile?: string, memory?: PublishedMemory): Sink {
  outDir = resolve(outDir);
  const route = routeFor(outDir);
  const release = lockOutDir(outDir, route);
  try {
    return new DiskSink(outDir, route, release, keysFile, memory);
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

/** One build's output on disk: the new site's folder, what goes there, and what the published site had. */
class DiskSink implements Sink {
  readonly #outDir: string;
  readonly #route: Route;
  readonly #release: () => void;
  readonly #keysFile: string | undefined;
  readonly #memory: PublishedMemory | undefined;
  /** The published site's keys (by path, group names too) and what its build remembered. */
  readonly #last: Published;
  /** What this build remembers with its site, for the next. */
  readonly #state: Record<string, unknown> = {};
  /** The new site's folder. */
  readonly #tmp: string;
  /** What the new site starts from: the kept site, with its files' keys (null: a file it does not have), or nothing. */
  readonly #base: Map<string, string | null> | null;
  /**
   * Whether the kept site is still as taken: a build refused before making anything (a page in error)
   * gives it back, so the build after the fix starts from it too.
   */
  #untouched: boolean;
  /** The folders made in the new site. */
  readonly #made = new Set<string>(['']);
  /** This build's files' keys (and groups'), by path. */
  readonly #keys = new Map<string, string>();
  /** Files written without a key (assets): they too stay when the kept site is cleared of what this build did not make. */
  readonly #loose = new Set<string>();
  /** Files this build made (not taken): a key says what a file was made from, not always which file it is. */
  readonly #written = new Set<string>();
  readonly #files: FileThread;
  /**
   * The kept site's files, listed on the file thread when the first file comes (earlier, it would compete
   * with reading the pages): what this build does not make goes from it at the end.
   */
  #listing: Promise<string[]> | null = null;
  /** The files taken as the kept site has them: they must be there. */
  readonly #fromBase: string[] = [];

  constructor(
    outDir: string,
    route: Route,
    release: () => void,
    keysFile: string | undefined,
    memory: PublishedMemory | undefined,
  ) {
    this.#outDir = outDir;
    this.#route = route;
    this.#release = release;
    this.#keysFile = keysFile;
    this.#memory = memory;
    // A swap in place that a killed build left half done is finished first: its keys then describe the site.
    if (route === 'inside') finishSwap(outDir);
    this.#last = keysFile ? readKeys(keysFile, outDir, memory) : none();
    recoverInterrupted(outDir, route);
    const published = this.#last.keys;
    claimOutDir(
      outDir,
      (names) =>
        names.every((n) => [...published.keys()].some((p) => isFile(p) && (p === n || p.startsWith(`${n}/`)))) &&
        published.has('index.html'),
    );
    this.#tmp = route === 'beside' ? `${outDir}.tmp-${process.pid}` : newInside(outDir);
    clearOwn(this.#tmp);
    this.#base = route === 'beside' ? takeBase(outDir, this.#tmp, this.#last) : null;
    if (!this.#base) {
      mkdirSync(this.#tmp, { recursive: true });
      markFolder(this.#tmp);
    }
    this.#untouched = !!this.#base;
    this.#files = openFileThread();
  }

  write(path: string, content: string | Uint8Array, key?: string): void {
    this.#listBase();
    if (key) this.#keys.set(path, key);
    else this.#loose.add(path);
    this.#written.add(path);
    this.#files.add({ to: `${this.#tmp}/${this.#place(path)}`, content, replace: !!this.#base });
  }

  async writePieces(path: string, pieces: Iterable<Piece>, key?: string): Promise<void> {
    // An empty file first (a kept file replaced, never written through), then the pieces appended to it.
    this.write(path, new Uint8Array(0), key);
    for (const op of appendOps(`${this.#tmp}/${safePath(path)}`, pieces, (p) => `${this.#outDir}/${safePath(p)}`)) {
      this.#files.add(op);
      await this.#files.ready();
    }
  }

  ready(): Promise<void> {
    return this.#files.ready();
  }

  reuse(path: string, key: string): boolean {
    this.#listBase();
    if (this.#last.keys.get(path) !== key || this.#keys.has(path)) return false;
    this.#keys.set(path, key);
    // The kept site has this very file (the published one is a link to it).
    if (this.#baseKey(path) === key) return (void this.#fromBase.push(path), true);
    const rel = this.#place(path);
    this.#files.add({ from: `${this.#outDir}/${rel}`, to: `${this.#tmp}/${rel}`, replace: !!this.#base });
    return true;
  }

  reuseGroup(name: string, key: string, paths: readonly string[]): boolean {
    const published = this.#last.keys;
    this.#keys.set(name, key);
    if (published.get(name) !== key || !paths.every((p) => published.has(p) && !this.#keys.has(p))) return false;
    for (const p of paths) this.reuse(p, published.get(p)!);
    return true;
  }

  readPublished(path: string): string | null {
    return this.readPublishedBytes(path)?.toString('utf8') ?? null;
  }

  readPublishedBytes(path: string, range?: { start: number; end: number }): Buffer | null {
    if (!this.#last.keys.has(path)) return null;
    const file = join(this.#outDir, safePath(path));
    try {
      return range ? readRange(file, range.start, range.end) : readFileSync(file);
    } catch {
      return null;
    }
  }

  carry(prefix: string, except?: ReadonlySet<string>): string[] {
    const carried: string[] = [];
    for (const [path, key] of this.#last.keys) {
      if (!path.startsWith(prefix) || this.#keys.has(path) || except?.has(path)) continue;
      this.reuse(path, key);
      carried.push(path);
    }
    return carried;
  }

  recall(name: string): unknown {
    return this.#last.state[name] ?? null;
  }

  remember(name: string, value: unknown): void {
    this.#state[name] = value;
  }

  async commit(): Promise<void> {
    this.#untouched = false;
    await this.#clearBase();
    await allWritten(this.#files, this.#outDir);
    if (this.#route === 'inside') this.#publishInside();
    else this.#publishBeside();
    this.#release();
  }

  abort(): void {
    this.#files.close();
    try {
      if (this.#untouched && !existsSync(baseFolder(this.#outDir))) renameSync(this.#tmp, baseFolder(this.#outDir));
      else rmSync(this.#tmp, { recursive: true, force: true });
    } finally {
      this.#release();
    }
  }

  /** The key the kept site has `path` with (null: not the same file), or undefined when it does not say. */
  #baseKey(path: string): string | null | undefined {
    const base = this.#base;
    return base ? (base.has(path) ? base.get(path) : this.#last.keys.get(path)) : undefined;
  }

  #listBase(): void {
    if (this.#base) this.#listing ??= this.#files.list(this.#tmp);
  }

  /**
   * A file's path checked and made relative to the output folder, with its folder made in the new site.
   * (Joined by hand: both sides are normalized already, and a build places tens of thousands of files.)
   */
  #place(path: string): string {
    this.#untouched = false;
    const rel = safePath(path);
    const dir = rel.slice(0, Math.max(0, rel.lastIndexOf('/')));
    if (!this.#made.has(dir)) {
      mkdirSync(`${this.#tmp}/${dir}`, { recursive: true });
      this.#made.add(dir);
    }
    return rel;
  }

  /**
   * A kept site loses every file this build did not make or take (and anything else found there), and the
   * folders left empty. A file it should have had but has not (deleted by hand) is linked from the
   * published site after all.
   */
  async #clearBase(): Promise<void> {
    this.#listBase();
    if (!this.#listing) return;
    const listed = await this.#listing;
    const there = new Set(listed);
    for (const path of this.#fromBase)
      if (!there.has(path))
        this.#files.add({ from: `${this.#outDir}/${path}`, to: `${this.#tmp}/${this.#place(path)}` });
    const folders = new Set<string>();
    for (const path of listed) {
      if (this.#keys.has(path) || this.#loose.has(path) || path === MARKER) continue;
      this.#files.add({ remove: `${this.#tmp}/${path}` });
      for (let dir = path; dir.includes('/');) folders.add((dir = dir.slice(0, dir.lastIndexOf('/'))));
    }
    if (folders.size)
      this.#files.add({
        removeFolders: [...folders].sort((a, b) => b.length - a.length).map((dir) => `${this.#tmp}/${dir}`),
      });
  }

  /**
   * The keys go beside the cache first as "pending", naming this build's folder: if the build dies before
   * the swap, the folder is still there and the pending keys are not believed (see readKeys). Paths and
   * keys as two lists: an object of tens of thousands of names took twice as long to read back.
   */
  #savePending(base?: SavedKeys['base']): void {
    const keys = this.#keys;
    const folder = relative(dirname(this.#outDir), this.#tmp);
    const [paths, values, state] = [[...keys.keys()], [...keys.values()], this.#state];
    const saved: SavedKeys =
      this.#route === 'beside' ? { folder, paths, keys: values, base, state } : { folder, paths, keys: values, state };
    if (this.#keysFile) writeAtomic(`${this.#keysFile}.pending`, JSON.stringify(saved));
  }

  /** Publishes in place: the new site's files are moved into the output folder, the old ones to the deleter. */
  #publishInside(): void {
    const outDir = this.#outDir;
    this.#savePending();
    const old = swapInside(outDir, this.#tmp);
    confirmKeys(this.#keysFile, this.#keys, undefined, this.#state, this.#memory);
    discardInBackground(old, join(outDir, `${INSIDE_PREFIX}trash-`));
  }

  /**
   * Publishes by renaming: the published site moves aside, the new one takes its name. The site being
   * replaced is kept as the next build's base, described by how its keys differ from this build's (at most
   * the files of two builds' changes) and named by its folder's inode.
   */
  #publishBeside(): void {
    const outDir = this.#outDir;
    const old = `${outDir}.old-${process.pid}`;
    clearOwn(old);
    const kept =
      this.#keysFile && existsSync(outDir) ? keptSite(outDir, this.#last.keys, this.#keys, this.#written) : null;
    this.#savePending(kept ?? undefined);
    if (existsSync(outDir)) renameSync(outDir, old);
    try {
      renameSync(this.#tmp, outDir);
    } catch (error) {
      // The old site goes back: nothing was published.
      if (existsSync(old) && !existsSync(outDir)) renameSync(old, outDir);
      throw fileSystemError(error, outDir, 'put the new site in place (nothing was published)');
    }
    // The kept site goes where the last one was, if that one is gone (or was ours to delete).
    if (kept && (discardBase(outDir), !existsSync(baseFolder(outDir)))) renameSync(old, baseFolder(outDir));
    confirmKeys(this.#keysFile, this.#keys, kept ?? undefined, this.#state, this.#memory);
    if (existsSync(old)) discardInBackground(old, trashPrefix(outDir));
  }
}
