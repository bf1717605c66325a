/**
 * Reads the content folder: page files, decoded and split from their front matter.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { BuildError, type Diagnostic } from '../errors.js';
import { displayPath, type Config } from './config.js';
import { checkStats, fileError, isInside, kindOf, linkTarget, readContentFile, realFolder } from './content-file.js';
import { decodeText } from './decode.js';
import { readFrontMatter, type PageSource } from './front-matter.js';

/** A page file read from disk, ready to parse. */
export interface PageFile extends PageSource {
  /** Path relative to the project root, with forward slashes (stable across machines). */
  path: string;
}

/** The page files found under content/pages, and the entries refused there (links out, broken links, FIFOs). */
export interface PageListing {
  /** Sorted by path so builds are deterministic. */
  files: string[];
  refused: Diagnostic[];
}

const PAGE_NAME = /\.(txt|md)$/i;

/**
 * Every page file under content/pages. Folders and files reached through links count only when the link
 * leads inside the content folder; a broken link, a loop of links, a link out, a FIFO or a device named
 * as a page is refused with a diagnostic naming it (an error: the page cannot be read; only a warning
 * for an entry that is not named as a page, which is not one anyway).
 */
export function listPageFiles(config: Pick<Config, 'root' | 'contentDir' | 'pagesDir'>): PageListing {
  return new PageWalk(config).list();
}

/** One walk of the pages folder: the page files found, the entries refused, the folders listed. */
class PageWalk {
  readonly #config: Pick<Config, 'root' | 'contentDir' | 'pagesDir'>;
  /** The content folder's real path: links must lead inside it. */
  readonly #within: string;
  readonly #files: string[] = [];
  readonly #refused: Diagnostic[] = [];
  /** Real paths of the folders listed, so a link to one of them lists it once. */
  readonly #listed = new Map<string, string>();
  /** The pages folder's real path. */
  #pagesReal: string;

  constructor(config: Pick<Config, 'root' | 'contentDir' | 'pagesDir'>) {
    this.#config = config;
    this.#within = realFolder(config.contentDir);
    this.#pagesReal = config.pagesDir;
  }

  list(): PageListing {
    const { pagesDir } = this.#config;
    // The pages folder itself may be a link: it too must stay in the content folder.
    try {
      this.#pagesReal = realpathSync.native(pagesDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || linkTarget(pagesDir) !== null)
        this.#refuse(pagesDir, error, true);
      return { files: this.#files, refused: this.#refused };
    }
    if (isInside(this.#pagesReal, this.#within)) this.#folder(pagesDir, this.#pagesReal);
    else
      this.#refuse(
        pagesDir,
        new BuildError(`is a link to ${this.#pagesReal}, outside the content folder; no page is read through it`, {
          file: pagesDir,
          rule: 'outside-content',
        }),
        true,
      );
    return { files: this.#files.sort(), refused: this.#refused };
  }

  #refuse(full: string, error: unknown, page: boolean): void {
    const config = this.#config;
    const e = error instanceof BuildError ? error : fileError(error, full, displayPath(config, full));
    this.#refused.push({
      ...e.toDiagnostic(),
      file: displayPath(config, full),
      severity: page ? 'error' : 'warning',
      message: page ? e.message : `${e.message}; ignored`,
    });
  }

  /** Lists a folder (`real` its real path) and the folders under it. */
  #folder(dir: string, real: string): void {
    const before = this.#listed.get(real);
    if (before !== undefined) {
      this.#refuse(
        dir,
        new BuildError(`is a link to ${displayPath(this.#config, before)}, whose pages are listed already`, {
          file: dir,
          rule: 'duplicate-folder',
        }),
        false,
      );
      return;
    }
    this.#listed.set(real, dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      // A folder that cannot be listed holds pages that would be lost.
      this.#refuse(dir, error, true);
      return;
    }
    // The entries' types come with the listing: a stat each (only links need one) doubled the cost.
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const page = PAGE_NAME.test(name);
      if (entry.isDirectory()) this.#folder(full, join(real, name));
      else if (entry.isSymbolicLink()) this.#link(full, page);
      else if (page && !entry.isFile())
        this.#refuse(full, new BuildError(`is ${kindOf(entry)}, not a file`, { file: full, rule: 'not-a-file' }), true);
      else if (page) this.#files.push(full);
    }
  }

  /** A link in the pages folder: to a folder, refused as an error whatever its name (the folder holds pages). */
  #link(full: string, page: boolean): void {
    let folder = false;
    try {
      const target = realpathSync.native(full);
      folder = statSync(target).isDirectory();
      if (!isInside(target, this.#within))
        throw new BuildError(
          `is a link to ${target}, outside the content folder: baoku reads only files inside it (copy the file in instead)`,
          { file: full, rule: 'outside-content' },
        );
      // A folder above the pages folder would list it again, and the corrections beside it as pages.
      if (folder && isInside(this.#pagesReal, target))
        throw new BuildError(`is a link to ${target}, a folder that holds the pages folder: a loop`, {
          file: full,
          rule: 'broken-link',
        });
      if (folder) this.#folder(full, target);
      else if (page) this.#files.push(full);
    } catch (error) {
      this.#refuse(full, error, page || folder);
    }
  }
}

/** A page file's names: its display path (see `displayPath`) and its path within the pages folder. */
export interface PageName {
  path: string;
  inPages: string;
}

/**
 * The names of files found under the pages folder, each the folder's names and its own below it:
 * `path.relative` on each file, twice, was a noticeable part of every rebuild. The same as `displayPath`
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
      names.set(file, {
        path: displayPath(config, file),
        inPages: relative(config.pagesDir, file).split(sep).join('/'),
      });
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
  const bytes = readContentFile(file, { shown: path, within: realFolder(config.contentDir) });
  const { text } = decodeText(bytes, path);
  checkPageText(text, path);
  return { path, ...readFrontMatter(text, path) };
}

/** A page file's identity on disk: inode, size and times (any write changes one of them). */
export function stampOf(s: Stats): string {
  return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
}

/**
 * Reads every page of `listing`, collecting the ones that fail (and the entries the listing refused) as
 * diagnostics instead of stopping at the first; `onPage` hears of each page as soon as it is read. `known` may hand back a page the caller read before,
 * when the file's stamp is unchanged (`baoku dev` between rebuilds); `toRead` hears how many files it
 * did not, before any is read (and may throw to read none).
 */
export async function readAllPages(
  config: Config,
  onPage?: (page: PageFile, stamp: string) => void,
  listing = listPageFiles(config),
  known?: (file: string, stamp: string) => PageFile | undefined,
  toRead?: (count: number) => void,
): Promise<{ pages: PageFile[]; diagnostics: Diagnostic[] }> {
  const pages: PageFile[] = [];
  const diagnostics: Diagnostic[] = [...listing.refused];
  // A file gone, or made a FIFO, since the listing is refused here, before anything is taken or read.
  const stats = new Map<string, Stats>();
  for (const file of listing.files) {
    try {
      const s = statSync(file);
      checkStats(s, displayPath(config, file));
      stats.set(file, s);
    } catch (error) {
      diagnostics.push(
        (error instanceof BuildError ? error : fileError(error, file, displayPath(config, file))).toDiagnostic(),
      );
    }
  }
  const files = listing.files.filter((f) => stats.has(f));
  // The most recently changed files first: they are the ones likely to need parsing, which can then start
  // (and load jieba) while the rest are read. The pages come back in path order all the same.
  const order = new Map(files.map((f, i) => [f, i]));
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
  for (const file of [...files].sort(
    (a, b) => stats.get(b)!.mtimeMs - stats.get(a)!.mtimeMs || order.get(a)! - order.get(b)!,
  )) {
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
  if (text.length > LIMITS.bytes)
    throw new BuildError(
      `the file has ${text.length} characters; one printed page has far fewer (limit ${LIMITS.bytes}). Split it into page files`,
      { file, rule: 'page-too-large' },
    );
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i - start > LIMITS.lineLength)
        throw new BuildError(
          `line of ${i - start} characters: an OCR text layer has short lines (limit ${LIMITS.lineLength}); is this the right file?`,
          { file, line, rule: 'line-too-long' },
        );
      line++;
      start = i + 1;
    }
  }
  if (line - 1 > LIMITS.lines)
    throw new BuildError(
      `${line - 1} lines: more than one printed page holds (limit ${LIMITS.lines}). Split it into page files`,
      { file, rule: 'page-too-large' },
    );
}
