/**
 * Reads the content folder: page files, decoded and split from their front matter.
 */
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { BuildError, type Diagnostic } from '../errors.js';
import { displayPath, type Config } from '../config.js';
import { decodeText } from './decode.js';
import { readFrontMatter, type PageSource } from './front-matter.js';

/** A page file read from disk, ready to parse. */
export interface PageFile extends PageSource {
  /** Path relative to the project root, with forward slashes (stable across machines). */
  path: string;
}

/** Every page file under content/pages, sorted by path so builds are deterministic. */
export function listPageFiles(config: Config): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // The entries' types come with the listing: a stat each (only links need one) doubled the cost.
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full, { throwIfNoEntry: false })?.isDirectory())) walk(full);
      else if (/\.(txt|md)$/i.test(name)) out.push(full);
    }
  };
  walk(config.pagesDir);
  return out.sort();
}

/** A page file's names: its display path (see `displayPath`) and its path within the pages folder. */
export interface PageName {
  path: string;
  inPages: string;
}

/**
 * The names of files found under the pages folder, each the folder's names and its own below it:
 * `path.relative` on each of 5,000 files, twice, was 35 ms of every rebuild. The same as `displayPath`
 * and `relative(pagesDir, file)` give, which a file found elsewhere gets.
 */
export function pageNames(config: Pick<Config, 'root' | 'pagesDir'>, files: readonly string[]): Map<string, PageName> {
  const base = relative(config.root, config.pagesDir);
  // displayPath leaves a file outside the project as it is.
  const outside = base.startsWith('..') || isAbsolute(base);
  const prefix = config.pagesDir + sep;
  const names = new Map<string, PageName>();
  for (const file of files) {
    if (!file.startsWith(prefix) || file.includes(`${sep}..${sep}`) || file.includes(`${sep}.${sep}`)) {
      names.set(file, { path: displayPath(config, file), inPages: relative(config.pagesDir, file).split(sep).join('/') });
      continue;
    }
    const inPages = sep === '/' ? file.slice(prefix.length) : file.slice(prefix.length).split(sep).join('/');
    names.set(file, { path: outside ? file : base ? `${base.split(sep).join('/')}/${inPages}` : inPages, inPages });
  }
  return names;
}

/** Reads one page file; a file that cannot be read as a page becomes a BuildError naming it. */
export function readPageFile(file: string, config: Config): PageFile {
  const path = displayPath(config, file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new BuildError(`cannot read the file: ${(error as Error).message}`, { file: path, rule: 'read', cause: error });
  }
  const { text } = decodeText(bytes, path);
  checkPageText(text, path);
  return { path, ...readFrontMatter(text, path) };
}

/** A page file's identity on disk: inode, size and times (any write changes one of them). */
export function stampOf(s: Stats): string {
  return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
}

/**
 * Reads every page, collecting the ones that fail as error diagnostics instead of stopping at the first;
 * `onPage` hears of each page as soon as it is read. `known` may hand back a page the caller read before,
 * when the file's stamp is unchanged (`baoku dev` between rebuilds); `toRead` hears how many files it
 * did not, before any is read (and may throw to read none).
 */
export async function readAllPages(
  config: Config,
  onPage?: (page: PageFile, stamp: string) => void,
  files = listPageFiles(config),
  known?: (file: string, stamp: string) => PageFile | undefined,
  toRead?: (count: number) => void,
): Promise<{ pages: PageFile[]; diagnostics: Diagnostic[] }> {
  const pages: PageFile[] = [];
  const diagnostics: Diagnostic[] = [];
  // The most recently changed files first: they are the ones likely to need parsing, which can then start
  // (and load jieba) while the rest are read. The pages come back in path order all the same.
  const order = new Map(files.map((f, i) => [f, i]));
  const stats = new Map(files.map((f) => [f, statSync(f)]));
  const stamps = new Map(files.map((f) => [f, stampOf(stats.get(f)!)]));
  const taken = new Map<string, PageFile>();
  if (known) {
    for (const file of files) {
      const page = known(file, stamps.get(file)!);
      if (page) taken.set(file, page);
    }
  }
  toRead?.(files.length - taken.size);
  const read = new Map<string, PageFile>();
  let n = 0;
  for (const file of [...files].sort((a, b) => stats.get(b)!.mtimeMs - stats.get(a)!.mtimeMs || order.get(a)! - order.get(b)!)) {
    // Now and then the event loop runs: what `onPage` started (pages sent to workers) goes on meanwhile.
    if (++n % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      const stamp = stamps.get(file)!;
      const page = taken.get(file) ?? readPageFile(file, config);
      read.set(file, page);
      onPage?.(page, stamp);
      diagnostics.push(...page.diagnostics);
    } catch (error) {
      if (error instanceof BuildError) diagnostics.push(error.toDiagnostic());
      else throw error;
    }
  }
  for (const file of files) if (read.has(file)) pages.push(read.get(file)!);
  return { pages, diagnostics: diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

/** Limits no printed page comes near; beyond them a file is not a page (a whole book, a data dump). */
export const LIMITS = { bytes: 4 * 1024 * 1024, lines: 20_000, lineLength: 5_000 };

/** Refuses text that cannot be one printed page, with the reason and the line. */
export function checkPageText(text: string, file: string): void {
  if (!text.trim()) throw new BuildError('the page has no text', { file, rule: 'empty-file' });
  if (text.length > LIMITS.bytes) throw new BuildError(`the file has ${text.length} characters; one printed page has far fewer (limit ${LIMITS.bytes}). Split it into page files`, { file, rule: 'page-too-large' });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > LIMITS.lineLength) throw new BuildError(`line of ${i - start} characters: an OCR text layer has short lines (limit ${LIMITS.lineLength}); is this the right file?`, { file, line, rule: 'line-too-long' });
      line++;
      start = i + 1;
    }
  }
  if (line - 1 > LIMITS.lines) throw new BuildError(`${line - 1} lines: more than one printed page holds (limit ${LIMITS.lines}). Split it into page files`, { file, rule: 'page-too-large' });
}
