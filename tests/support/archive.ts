/**
 * Small archives in temporary folders for tests that run `baoku build` as an editor would, and what
 * they need to compare the sites it makes.
 */
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { layoutPage } from './layout.js';
import { feature, library, market, meeting, orchard, river, safety, training } from '../fixtures/articles.js';
import { projectRoot } from './site.js';
import { tempDir } from './temp.js';

export const bin = join(projectRoot, 'bin/baoku.js');

/**
 * A content folder (in a new temporary folder) with `pages` laid-out test pages, and the project's own
 * content (site.yml and its page) unless `small` (then site.yml only: quicker to build).
 */
export function archive(pages: number, { prefix = 'baoku-arch-', small = false } = {}): string {
  const dir = tempDir(prefix);
  if (small) {
    mkdirSync(join(dir, 'content/pages'), { recursive: true });
    cpSync(join(projectRoot, 'content/site.yml'), join(dir, 'content/site.yml'));
  } else cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  const pool = [meeting, market, orchard, safety, feature, library, river, training];
  for (let p = 0; p < pages; p++) {
    const articles = [0, 1, 2].map((k) => pool[(p + k) % pool.length]!);
    const { text } = layoutPage(articles, {
      widths: [16 + (p % 6)],
      columnHeight: 9,
      headlines: 'before',
      spaces: 0.05,
      paragraphGap: 0.8,
      seed: p + 1,
    });
    const date = `2024-${String((p % 12) + 1).padStart(2, '0')}-${String((p % 27) + 1).padStart(2, '0')}`;
    writeFileSync(join(dir, 'content/pages', `${date}-p${p}.txt`), `---\ndate: ${date}\npageNumber: 1\n---\n${text}`);
  }
  return dir;
}

/** `baoku build` of `dir`'s content into `out` (relative to `dir`, or absolute), as a child process. */
export function build(
  dir: string,
  out = 'dist',
  env: Record<string, string> = {},
  timeout = 120_000,
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [bin, 'build', '--content', join(dir, 'content'), '--out', out.startsWith('/') ? out : join(dir, out)],
    { encoding: 'utf8', env: { ...process.env, ...env }, timeout },
  );
}

/** The same, started and not waited for. */
export function startBuild(dir: string, out = 'dist', env: Record<string, string> = {}) {
  return spawn(
    process.execPath,
    [bin, 'build', '--content', join(dir, 'content'), '--out', out.startsWith('/') ? out : join(dir, out)],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/**
 * Every entry under a folder, path → a hash of what it is (file bytes, link target, or "folder"); `skip`
 * leaves out paths (relative to `dir`) and everything under them.
 */
export function tree(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const full = join(d, n);
      const rel = relative(dir, full);
      if (skip(rel)) continue;
      const s = lstatSync(full);
      if (s.isDirectory()) {
        out.set(rel, 'folder');
        walk(full);
      } else
        out.set(
          rel,
          s.isSymbolicLink()
            ? `link ${readlinkSync(full)}`
            : createHash('sha256').update(readFileSync(full)).digest('hex'),
        );
    }
  };
  walk(dir);
  return out;
}

/** Makes `path` read-only for the build (root ignores modes: an immutable flag then); returns the undo. */
export function readOnly(path: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path]);
    return () => execFileSync('chattr', ['-i', path]);
  }
  const mode = statSync(path).mode & 0o777;
  chmodSync(path, mode & 0o555);
  return () => chmodSync(path, mode);
}

/** A page of the test archive's kind, dated `date`, saying `text`. */
export function addPage(dir: string, date: string, text: string): void {
  writeFileSync(
    join(dir, 'content/pages', `${date}-p1.txt`),
    `---\ndate: ${date}\n---\n本报讯 （记者 周明远） ${text}\n`,
  );
}
