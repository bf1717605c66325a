/**
 * The output folder and what the build may do to it. The build owns only folders it made: each holds a
 * marker file, put there when the build makes the folder. Any other non-empty folder is refused, as is one
 * that holds (or is inside) the content or the project, and a file; nothing the build did not make is
 * ever renamed or deleted, including folders beside the output named as the build names its own.
 */
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { BuildError, fileSystemError } from '../errors.js';

/** The marker: in every site folder the build made (published, kept, being made or deleted). */
export const MARKER = '.baoku-site';
const MARKER_TEXT =
  'This folder was made by baoku build, which replaces all of it on every build. Keep nothing else here.\n';

/** Names a build keeps inside an output folder published in place (see swap.ts); never site files. */
export const INSIDE_PREFIX = '.baoku-';

/** Writes the marker into a folder the build just made. */
export function markFolder(dir: string): void {
  writeFileSync(join(dir, MARKER), MARKER_TEXT);
}

/** Whether `dir` is a site folder the build made (it has the marker). */
export function isMarked(dir: string): boolean {
  try {
    return lstatSync(join(dir, MARKER)).isFile();
  } catch {
    return false;
  }
}

/** Whether `dir` is an empty folder (which holds nothing to lose). */
export function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

/**
 * How a new site goes into the output folder: built beside it and renamed into place, or, where the
 * folder cannot be renamed (a mount point, or a parent folder the build may not write to), built inside
 * it and its contents swapped (see swap.ts).
 */
export type Route = 'beside' | 'inside';

/** The route for `outDir`, and whether it can be published at all (a clear error otherwise). */
export function routeFor(outDir: string): Route {
  const parent = dirname(outDir);
  let out: ReturnType<typeof statSync> | null = null;
  try {
    out = lstatSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw fileSystemError(error, outDir, 'read the output folder');
  }
  if (out?.isSymbolicLink())
    throw new BuildError(
      `the output folder is a symbolic link: give the folder it points to as --out (${realpathOr(outDir)})`,
      { file: outDir, rule: 'out-dir' },
    );
  if (out && !out.isDirectory())
    throw new BuildError(
      'the output path is a file, not a folder: give --out a new or empty folder (baoku never replaces a file of yours)',
      { file: outDir, rule: 'out-dir' },
    );
  const parentStat = statOr(parent);
  if (!parentStat?.isDirectory())
    throw new BuildError('the folder the output should go into does not exist: make it first', {
      file: parent,
      rule: 'out-dir',
    });
  const writableParent = writable(parent);
  if (!out) {
    if (!writableParent)
      throw new BuildError(
        'cannot make the output folder here: its parent folder is read-only; make it writable, or choose another --out',
        { file: outDir, rule: 'out-dir' },
      );
    return 'beside';
  }
  if (!writable(outDir))
    throw new BuildError('the output folder is read-only: make it writable (and its files), or choose another --out', {
      file: outDir,
      rule: 'out-dir',
    });
  // A mount point (a USB stick, a network share) cannot be renamed: it is published in place.
  return writableParent && out.dev === parentStat.dev ? 'beside' : 'inside';
}

/**
 * Refuses an output folder that the build would destroy things in: one that is or holds the project or
 * the content (or its cache), or lies inside the content, its cache, templates/ or public/.
 */
export function checkOutPlace(where: { outDir: string; root: string; contentDir: string; cacheDir: string }): void {
  const out = realpathOr(where.outDir);
  const within = (dir: string, inside: string): boolean => {
    const rel = relative(inside, dir);
    return (
      rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))
    );
  };
  const guarded: [string, string][] = [
    [realpathOr(where.root), 'the project folder'],
    [realpathOr(where.contentDir), 'the content folder'],
    [realpathOr(where.cacheDir), 'the build cache'],
  ];
  for (const [dir, name] of guarded) {
    if (within(dir, out))
      throw new BuildError(
        `the output folder would hold ${name} (${dir}), and a build replaces all of it: choose an --out of its own, such as dist`,
        { file: where.outDir, rule: 'out-dir' },
      );
  }
  for (const [dir, name] of [
    ...guarded.slice(1),
    [realpathOr(join(where.root, 'templates')), 'templates/'],
    [realpathOr(join(where.root, 'public')), 'public/'],
  ] as [string, string][]) {
    if (within(out, dir))
      throw new BuildError(`the output folder is inside ${name} (${dir}): choose an --out outside it, such as dist`, {
        file: where.outDir,
        rule: 'out-dir',
      });
  }
}

/**
 * Refuses an output folder the build did not make: one with files and no marker. `legacy` says whether
 * the build's own records describe it (a site published before builds marked their folders).
 */
export function claimOutDir(outDir: string, legacy: (names: string[]) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw fileSystemError(error, outDir, 'read the output folder');
  }
  const site = names.filter((n) => !n.startsWith(INSIDE_PREFIX) || n === MARKER);
  if (!site.length || names.includes(MARKER) || legacy(site)) return;
  throw new BuildError(
    `the output folder already holds files baoku did not make (no ${MARKER} in it), and a build would replace them all: give --out a new or empty folder, or move these files away yourself`,
    { file: outDir, rule: 'out-dir-not-ours' },
  );
}

/** The names of folders beside `outDir` the build makes: `<name>.<kind>-<pid>` and `<name>.base`. */
export function siblingName(outDir: string, name: string): { kind: string; pid: number } | null {
  const prefix = `${basename(outDir)}.`;
  if (!name.startsWith(prefix)) return null;
  const m = /^(tmp|old|trash)-(\d+)$/.exec(name.slice(prefix.length));
  if (m) return { kind: m[1]!, pid: Number(m[2]) };
  return name.slice(prefix.length) === 'base' ? { kind: 'base', pid: 0 } : null;
}

/** Whether process `pid` is running. */
export function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function statOr(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The real path of `path`, or of its nearest existing folder with the rest joined on. */
export function realpathOr(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(realpathOr(parent), basename(full));
  }
}

/** Clears a folder of the build's own name left by a killed build with this pid: ours (marked) or empty, or not to be touched. */
export function clearOwn(dir: string): void {
  if (!existsSync(dir)) return;
  if (!isMarked(dir) && !isEmptyFolder(dir))
    throw new BuildError(
      `a folder named as the build names its own is in the way, and baoku did not make it: move it away`,
      {
        file: dir,
        rule: 'out-dir-not-ours',
      },
    );
  rmSync(dir, { recursive: true, force: true });
}
