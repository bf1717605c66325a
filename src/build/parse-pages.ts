/**
 * The read and parse stages' meeting point: each page goes to be parsed as soon as it is read (in any
 * order), from what was kept (memory, the page record, the parse cache) or on the worker processes, and
 * the parses come back in path order.
 */
import { displayPath, type Config } from '../ingest/config.js';
import { BuildError, fileSystemError, isFileSystemError } from '../errors.js';
import type { PageFile, PageName } from '../ingest/content.js';
import { listStructureFiles, structureConstraints } from '../ingest/structure.js';
import type { Kept } from '../kept/kept.js';
import { recordedPage, type PageEntry } from '../kept/page-record.js';
import { lazyParse, slimParse, type SlimPage } from '../parse/slim.js';
import type { ParsedPage } from '../parse/types.js';
import type { ParsedInput } from '../site/model.js';
import type { Pool } from '../work/pool.js';
import { tasks } from '../work/tasks.js';

/** How many pages to parse or index again count as few: their worker loads jieba with their words only. */
export const FEW_PAGES = 8;

/** One page on its way through the parse. */
interface Job {
  page: PageFile;
  id: string;
  key: string;
  stamp: string;
  parsed: ParsedPage | Promise<ParsedPage>;
  slim: SlimPage | undefined;
  fresh: boolean;
}

/**
 * Parses pages as they are read. `names` are all the page files' in path order, which is the order of the
 * result; `ids` their page ids (see ingest/page-ids.ts).
 */
export class PageParser {
  readonly #config: Config;
  readonly #names: ReadonlyMap<string, PageName>;
  readonly #ids: ReadonlyMap<string, string>;
  readonly #kept: Kept;
  readonly #pool: Pool;
  readonly #jobs = new Map<string, Job>();
  /** Pages taken from the last build's record, with what it says of them. */
  readonly #recorded = new WeakMap<PageFile, PageEntry>();
  /** Each page's structure corrections, resolved against its text once. */
  readonly #constraints = new Map<string, ReturnType<typeof structureConstraints>>();
  /** The pages with structure corrections, and their files' stamps. */
  readonly #structured: ReturnType<typeof listStructureFiles>;
  /**
   * After a first build, the pages to parse are mostly the few an editor added or changed, read first
   * (newest first): the first few are told so, and their worker loads jieba with their words only.
   */
  #sent = 0;

  constructor(
    config: Config,
    names: ReadonlyMap<string, PageName>,
    ids: ReadonlyMap<string, string>,
    kept: Kept,
    pool: Pool,
  ) {
    this.#config = config;
    this.#names = names;
    this.#ids = ids;
    this.#kept = kept;
    this.#pool = pool;
    this.#structured = listStructureFiles(config);
  }

  /**
   * A page whose file is as the last build found it, without reading it: from memory in a process that
   * keeps the pages, else from the last build's record (its text read only if asked for).
   */
  readonly known = (file: string, fileStamp: string): PageFile | undefined => {
    const path = this.#names.get(file)?.path ?? displayPath(this.#config, file);
    const stamp = this.#stampWith(path, fileStamp);
    const m = this.#kept.memory?.pages.get(path);
    if (m) return m.stamp === stamp ? m.page : undefined;
    const entry = this.#kept.record.pages.get(path);
    if (entry?.stamp !== stamp) return undefined;
    const page = recordedPage(file, path, entry, this.#config);
    this.#recorded.set(page, entry);
    return page;
  };

  /** Starts a page that was read: its parse is taken from what was kept, or sent to a worker. */
  readonly start = (page: PageFile, fileStamp: string): void => {
    const id = this.#ids.get(page.path)!;
    const stamp = this.#stampWith(page.path, fileStamp);
    const cache = this.#kept.pages;
    const kept = this.#kept.memory?.pages.get(page.path);
    // A page kept from the last build (the same file read then) keeps its key: hashing every page's
    // text again was a large part of a resident rebuild.
    // (Or from the last build's record, reading the page's text only if it must be parsed again.)
    const entry = this.#recorded.get(page);
    let key: string;
    if (kept && kept.page === page && kept.id === id && kept.offices === this.#config.offices) key = kept.key;
    else if (entry?.id === id) key = entry.key;
    else key = cache.key([page.path, page.body, this.#parseOptions(page, id)]);
    if (kept?.key === key) cache.keep(key);
    // A recorded page is parsed as recorded, its articles' text read from the cache only if shown.
    const slim = kept?.key !== key && entry?.key === key ? entry.parse : undefined;
    if (slim) cache.keep(key);
    const parsed =
      (kept?.key === key ? kept.parsed : null) ??
      (slim ? lazyParse(slim, this.#whole(page, id, key)) : null) ??
      cache.get(key) ??
      this.#send(page, id, key);
    // A build refused before it waits for this parse (a page that cannot be read) lets it fail unheard.
    if (parsed instanceof Promise) parsed.catch(() => undefined);
    this.#jobs.set(page.path, { page, id, key, stamp, parsed, slim, fresh: parsed instanceof Promise });
  };

  /** Every started page's parse, in path order, once all have come; tells `onProgress` how far it is. */
  async finish(onProgress?: (stage: string, done: number, total: number) => void): Promise<ParsedInput[]> {
    const list = [...this.#names.values()].filter((n) => this.#jobs.has(n.path)).map((n) => this.#jobs.get(n.path)!);
    let done = list.filter((j) => !(j.parsed instanceof Promise)).length;
    onProgress?.('parse', done, list.length);
    const parsed = await Promise.all(
      list.map(async (j) => {
        if (!(j.parsed instanceof Promise)) return j.parsed;
        const p = await j.parsed;
        j.parsed = p;
        onProgress?.('parse', ++done, list.length);
        return p;
      }),
    );
    const memory = this.#kept.memory;
    if (memory) {
      memory.pages.clear();
      list.forEach((j, k) =>
        memory.pages.set(j.page.path, {
          stamp: j.stamp,
          page: j.page,
          id: j.id,
          offices: this.#config.offices,
          key: j.key,
          parsed: parsed[k]!,
        }),
      );
    }
    return list.map(({ page, id, key }, k) => ({
      id,
      path: page.path,
      body: () => page.body,
      lineOffset: page.lineOffset,
      parsed: parsed[k]!,
      source: key,
    }));
  }

  /** The pages not parsed by this build (after `finish`). */
  unchanged(): Set<string> {
    return new Set([...this.#jobs.values()].filter((j) => !j.fresh).map((j) => j.page.path));
  }

  /** The record of this build's pages, for the next build (after `finish`). */
  record(): [string, PageEntry][] {
    return [...this.#jobs.values()].map((j) => {
      // A page taken as recorded is recorded as it was (the record writes again only what changed).
      const entry = this.#recorded.get(j.page);
      if (entry && j.slim === entry.parse && entry.key === j.key && entry.id === j.id && entry.stamp === j.stamp)
        return [j.page.path, entry];
      return [
        j.page.path,
        {
          stamp: j.stamp,
          id: j.id,
          key: j.key,
          meta: j.page.meta,
          lineOffset: j.page.lineOffset,
          diagnostics: j.page.diagnostics,
          parse: j.slim ?? slimParse(j.parsed as ParsedPage),
        },
      ];
    });
  }

  /** A page's parse on a worker process, written to the cache when it comes. */
  #send(page: PageFile, id: string, key: string): Promise<ParsedPage> {
    const cache = this.#kept.pages;
    return this.#pool
      .submit('parse', {
        path: page.path,
        body: page.body,
        options: this.#parseOptions(page, id),
        index: this.#kept.index.place(this.#kept.indexKey(key)),
        few: cache.held && this.#sent++ < FEW_PAGES,
      })
      .then(
        (fresh) => {
          cache.set(key, fresh);
          return fresh;
        },
        (error: Error) => {
          // Not the page's fault: the cache could not be written (full disk, read-only or immutable files).
          if (isFileSystemError(error)) throw fileSystemError(error, error.path, 'write the build cache');
          throw parseFailed(page, error);
        },
      );
  }

  /** A page's whole parse, read when its articles' text is first asked for: from the cache, or parsed here. */
  #whole(page: PageFile, id: string, key: string): () => ParsedPage {
    return () => {
      const cached = this.#kept.pages.get(key);
      if (cached) return cached;
      // Gone from the cache since the last build: parsed on this thread (it is one page).
      try {
        const fresh = tasks.parse({
          path: page.path,
          body: page.body,
          options: this.#parseOptions(page, id),
          index: this.#kept.index.place(this.#kept.indexKey(key)),
          few: true,
        });
        this.#kept.pages.set(key, fresh);
        return fresh;
      } catch (error) {
        if (error instanceof BuildError) throw error;
        throw parseFailed(page, error as Error);
      }
    };
  }

  #parseOptions(page: PageFile, id: string) {
    if (!this.#constraints.has(page.path))
      this.#constraints.set(
        page.path,
        this.#structured.has(id) ? structureConstraints(this.#config, id, page) : undefined,
      );
    const constraints = this.#constraints.get(page.path);
    return {
      offices: this.#config.offices,
      meta: page.meta,
      lineOffset: page.lineOffset,
      idPrefix: id,
      ...(constraints ? { constraints } : {}),
    };
  }

  /** A page's stamp takes in its structure corrections': a change to either parses it again. */
  #stampWith(path: string, stamp: string): string {
    const s = this.#structured.get(this.#ids.get(path) ?? '');
    return s ? `${stamp}|${s}` : stamp;
  }
}

function parseFailed(page: PageFile, error: Error): BuildError {
  return new BuildError(`could not parse this page: ${error.message}`, {
    file: page.path,
    rule: 'parse-failed',
    cause: error,
  });
}
