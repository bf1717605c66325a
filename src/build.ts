/**
 * The build, stage by stage: read pages → parse → model → render → copy assets → publish.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { displayPath, type Config } from './config.js';
import { BuildError, fileSystemError, isFileSystemError, refusal, type Diagnostic } from './errors.js';
import { listPageFiles, pageNames, readAllPages, type PageFile, type PageName } from './ingest/content.js';
import { readPageRecord, recordedPage, writePageRecord, type PageEntry, type PageRecord } from './kept/page-record.js';
import { readCorrections } from './ingest/corrections.js';
import { pageIds } from './ingest/page-ids.js';
import { listStructureFiles, structureConstraints } from './ingest/structure.js';
import { codeVersion, lockCacheDir, openCache, type Cache } from './kept/cache.js';
import type { Article, ParsedPage } from './parse/types.js';
import { lazyParse, slimParse, type SlimPage } from './parse/slim.js';
import { isParsedPage } from './parse/valid.js';
import { SearchIndexBuilder, type IndexState } from './search-node/builder.js';
import { PageDigests } from './search-node/page-digests.js';
import { openPostings } from './search-node/postings-thread.js';
import { isContributions, searchFields, type Contribution } from './search-node/indexer.js';
import { tasks } from './work/tasks.js';
import { applyCorrections, type Correction } from './site/corrections.js';
import { openPool, type Pool } from './work/pool.js';
import { clientBundle } from './render/client-bundle.js';
import { renderSite, type KeyMemory } from './render/site.js';
import { keywordsAndRelated, type RelatedMemory } from './search-node/related.js';
import { buildArchive, type Archive, type ParsedInput } from './site/model.js';
import type { Sink } from './write/sink.js';
import { zippingSink } from './write/archive-zip.js';

/** The name the index's state is remembered under, and the key its files are written with (see write/sink.ts). */
const INDEX_STATE = 'search-index';
const INDEX_FILE = 'search-index';

/** What a build did. */
export interface BuildReport {
  archive: Archive;
  diagnostics: Diagnostic[];
  files: number;
  /** Bytes written (reused files not counted). */
  bytes: number;
  /** Files taken unchanged from the published site instead of being made again. */
  reused: number;
  timings: { stage: string; ms: number }[];
  /** The most resident memory a worker process of this build reached, in bytes (0: none ran, or kept ones). */
  workerMemory: number;
  /**
   * The warnings of page files this build did not parse (unchanged since a build that did, which showed
   * them): among `diagnostics`, to be counted rather than shown again.
   */
  repeated: ReadonlySet<Diagnostic>;
}

/** Options beyond the config. */
export interface BuildOptions {
  /** Publish the good pages even when some pages fail. */
  keepGoing?: boolean;
  /** Told how far the slow stages are. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Worker threads the caller keeps across builds (`baoku dev`), so jieba stays loaded between rebuilds;
   * the build leaves them open. Without it, a build opens its own and closes them when done.
   */
  pool?: Pool;
  /** Pages as read and parsed, kept by the caller across builds (`baoku dev`): unchanged files are not read again. */
  memory?: BuildMemory;
  /**
   * How many page files the build may read (the rest taken as the last build recorded them); with more to
   * read, it throws ManyPages before it reads any, and leaves everything as it was.
   */
  readAtMost?: number;
}

/** A build that would read more page files than it was allowed (see BuildOptions.readAtMost). */
export class ManyPages extends Error {
  constructor(count: number) {
    super(`${count} page files to read`);
    this.name = 'ManyPages';
  }
}

/**
 * What a caller keeps of the pages between builds, by page path: the file's stamp, the page, its id and
 * the gazetteer it was parsed with (what its cache key is made of besides the page), the key, its parse.
 */
export interface BuildMemory {
  pages: Map<
    string,
    { stamp: string; page: PageFile; id: string; offices: Config['offices']; key: string; parsed: ParsedPage }
  >;
  /** The outputs' keys and what they were made from (see render/site.ts); made by the first build. */
  outputs?: KeyMemory;
  /** Related articles and what they were found from (see search-node/related.ts); made by the first build. */
  related?: RelatedMemory;
  /** What the search index holds of each page (see search-node/page-digests.ts); made by the first build. */
  digests?: PageDigests;
}

/** Builds the site from `config` into `sink`; throws a BuildError (and publishes nothing) when a page fails. */
export async function build(config: Config, output: Sink, options: BuildOptions = {}): Promise<BuildReport> {
  // Every file also goes into the site's zip (write/archive-zip.ts), made last.
  const sink = zippingSink(output);
  const timings: BuildReport['timings'] = [];
  let unlockCache = (): void => undefined;
  const pool = options.pool ?? openPool();
  // Closes the build's own threads (a kept pool stays open).
  const release = async (): Promise<void> => {
    if (!options.pool) await pool.close();
  };
  // A timed stage; an async stage is timed until its promise settles.
  const task = <T>(stage: string, fn: () => T): T => {
    const start = performance.now();
    const done = (): void => void timings.push({ stage, ms: Math.round(performance.now() - start) });
    const out = fn();
    if (out instanceof Promise) return out.finally(done) as T;
    done();
    return out;
  };
  try {
    // Before any work: a build run outside the project folder has no templates to render with.
    if (!existsSync(join(config.root, 'templates', 'layout.eta'))) {
      throw new BuildError(
        `no templates in ${join(config.root, 'templates')}: run baoku in the project folder (the one with templates/), and give --content for pages kept elsewhere`,
        { file: join(config.root, 'templates'), rule: 'templates-missing' },
      );
    }
    // One build at a time per cache (and per output folder: the disk sink holds that lock).
    unlockCache = lockCacheDir(config.cacheDir);
    const notices: Diagnostic[] = [];
    const discard = (file: string) => (message: string) =>
      notices.push({ file, line: 1, column: 1, severity: 'warning', rule: 'cache-discarded', message });
    const pageCache = openCache<ParsedPage>(
      config.cacheDir,
      'parse',
      codeVersion(['parse', 'text', 'text-node']),
      isParsedPage,
      discard(config.cacheDir),
    );
    const indexCache = openCache<Contribution[]>(
      config.cacheDir,
      'index',
      codeVersion(['search', 'search-node', 'text', 'text-node']),
      isContributions,
      discard(config.cacheDir),
    );
    // After a first build the pages to parse are few, known only once the record is read: a worker
    // starts meanwhile. Each page goes to be parsed as soon as it is read.
    if (pageCache.held) pool.warm();
    const listed = listPageFiles(config);
    // The record holds what the ingest code made of each file (front matter, id): another version's is not
    // trusted (a date an older reader let roll over to the next month stayed published while the file was untouched).
    const recordToken = pageCache.key(['page-record', config.offices, codeVersion(['ingest'])]);
    // A process that keeps its pages (baoku dev) has no use for the record once it holds them, and leaves
    // it to the next build that does: a page it changed is then read again, as the record's stamp says.
    const resident = !!options.memory?.pages.size;
    const record: PageRecord = resident
      ? { pages: new Map(), read: new Set() }
      : readPageRecord(config.cacheDir, recordToken, (file, message) => discard(file)(message));
    const names = pageNames(config, listed.files);
    // A file whose page id another has is refused (with --keep-going, left out) like a page that cannot be read.
    const { ids, clashes } = pageIds(names.values());
    const listing = {
      files: listed.files.filter((f) => ids.has(names.get(f)!.path)),
      refused: [...listed.refused, ...clashes],
    };
    const parser = pageParser(config, names, ids, pageCache, indexCache, pool, options.memory, record);
    const { readAtMost } = options;
    const admit =
      readAtMost === undefined
        ? undefined
        : (count: number): void => {
            if (count > readAtMost) throw new ManyPages(count);
          };
    const { diagnostics } = await task('read', () => readAllPages(config, parser.start, listing, parser.known, admit));
    const failed = diagnostics.filter((d) => d.severity === 'error');
    if (failed.length && !options.keepGoing) {
      throw refusal(failed);
    }
    const parsed = await task('parse', () => parser.finish(options.onProgress));
    // With --keep-going, pages that failed to read keep their cache entries for when they are fixed.
    const failedPages = failed.length;
    for (const p of parsed)
      for (const w of p.parsed.warnings)
        diagnostics.push({
          file: p.path,
          line: w.line,
          column: 1,
          severity: 'warning',
          rule: w.code,
          message: w.message,
        });
    // So far each page's own, from its file and its parse.
    const unchanged = parser.unchanged();
    const repeated = new Set(diagnostics.filter((d) => d.severity === 'warning' && unchanged.has(d.file)));
    // Notices so far; the index may discard cache entries too (taken after it).
    diagnostics.push(...notices.splice(0));
    const corrections = task('corrections', () => readCorrections(config));
    const unedited = (c: Correction): void => {
      diagnostics.push({
        file: c.file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'correction-unchanged',
        message: `changes nothing in article ${c.id}, which is published as parsed: edit the fields or the body (or delete the file)`,
      });
    };
    const corrected = new Map(
      applyCorrections(
        parsed.flatMap((i) => i.parsed.articles),
        corrections,
        unedited,
      ).map((a) => [a.id, a]),
    );
    const inputs = parsed.map((i) => ({
      ...i,
      parsed: { ...i.parsed, articles: i.parsed.articles.map((a) => corrected.get(a.id)!) },
    }));
    // The parse made each page's index contributions as parsed; a page with corrected articles is indexed
    // again (once: then it is cached). Then the workers have nothing left to do, and their memory
    // (jieba's dictionaries) goes before the model and the index are built beside it.
    // (Mostly a corrected page or two: their worker loads jieba with their words only, as for parsing.)
    const reindex = inputs
      .map((i) => ({ articles: i.parsed.articles, key: pageIndexKey(indexCache, i.source, i.parsed.articles) }))
      .filter((i) => !indexCache.has(i.key));
    const few = indexCache.held && reindex.length <= FEW_PAGES;
    await Promise.all(
      reindex.map((i) =>
        pool
          .submit('index', { articles: i.articles.map((a) => searchFields(a)), few })
          .then((c) => indexCache.set(i.key, c)),
      ),
    );
    await release();
    const archive = task('model', () => buildArchive(inputs, config.paper));
    for (const issue of archive.issues) {
      const seen = new Map<number, string>();
      for (const p of issue.pages) {
        const other = seen.get(p.pageNumber);
        if (other)
          diagnostics.push({
            file: p.path,
            line: 1,
            column: 1,
            severity: 'warning',
            rule: 'duplicate-page',
            message: `${other} is also page ${p.pageNumber} of the issue of ${issue.date ?? 'unknown date'}; give one of them another pageNumber`,
          });
        seen.set(p.pageNumber, p.path);
      }
    }
    if (options.memory) {
      options.memory.outputs ??= new Map();
      options.memory.related ??= { byKeyword: new Map(), results: new Map() };
      options.memory.digests ??= new PageDigests();
    }
    const related = task('keywords', () => keywordsAndRelated(archive.articles, options.memory?.related));
    // Each file goes to the sink as soon as it is made: the site is never held in memory whole.
    let files = 0;
    let bytes = 0;
    let reused = 0;
    const write = (path: string, content: string | Uint8Array, key?: string): void => {
      sink.write(path, content, key);
      files++;
      bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    };
    const templatesDir = join(config.root, 'templates');
    // The worker threads segment articles for the index while this thread renders the pages: rendering
    // stops every few files to take in what they have finished.
    const indexing = task('index', () =>
      writeSearchIndex(archive, indexCache, pool, release, sink, write, options.memory?.digests),
    ).then((carried) => {
      files += carried;
      reused += carried;
    });
    try {
      await task('render', async () => {
        let n = 0;
        for (const made of renderSite(
          archive,
          config,
          templatesDir,
          related,
          renderVersion(templatesDir),
          options.memory?.outputs,
        )) {
          if ('group' in made && sink.reuseGroup(made.group, made.key, made.paths)) {
            files += made.paths.length;
            reused += made.paths.length;
            continue;
          }
          for (const f of 'group' in made ? made.outputs() : [made]) {
            if (sink.reuse(f.path, f.key)) {
              files++;
              reused++;
              continue;
            }
            write(f.path, f.render(), f.key);
            if (++n % 16 === 0) {
              await new Promise((resolve) => setImmediate(resolve));
              await sink.ready();
            }
          }
        }
      });
    } catch (error) {
      await release();
      await indexing.catch(() => undefined);
      throw error;
    }
    await indexing;
    diagnostics.push(...notices.splice(0));
    write('baoku-search.js', task('bundle', clientBundle));
    for (const asset of listFiles(join(config.root, 'public')))
      write(relative(join(config.root, 'public'), asset).split(sep).join('/'), readFileSync(asset));
    const newest = archive.issues.reduce<string | null>((a, i) => (i.date && (!a || i.date > a) ? i.date : a), null);
    const zip = await task('zip', () => sink.finish(newest));
    files += 2;
    if (zip.made) bytes += zip.bytes;
    await task('write', async () => {
      await sink.commit();
      if (!resident) writePageRecord(config.cacheDir, recordToken, parser.record(), record);
      // Only after a build that published: what it did not use (other versions, old page texts) goes, so
      // the cache stays the size of the archive. A failed build keeps everything.
      if (!failedPages) await Promise.all([pageCache.prune(), indexCache.prune()]);
    });
    diagnostics.push(...notices.splice(0));
    return {
      archive,
      diagnostics,
      files,
      bytes,
      reused,
      timings,
      workerMemory: options.pool ? 0 : pool.peakMemory(),
      repeated,
    };
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    await release();
    unlockCache();
  }
}

/**
 * Builds the search index page by page in document order: each page's contributions come from the cache
 * when its articles read the same (after corrections), otherwise from the workers, and are merged
 * as they arrive, so they are never all in memory. When the published index already holds the first
 * pages as they are now (the usual case: a new issue is the newest), only the pages after them are added.
 */
async function writeSearchIndex(
  archive: Archive,
  cache: Cache<Contribution[]>,
  pool: Pool,
  release: () => Promise<void>,
  sink: Sink,
  write: (path: string, content: string, key?: string) => void,
  digests: PageDigests | undefined,
  whole = false,
): Promise<number> {
  // The lists grow on a thread of their own while this one renders; that thread reads the cached
  // contributions too. One it cannot read when its turn comes (gone or damaged since) is read here, or
  // made again.
  const firstDocs = new Map<number, (typeof jobs)[number]>();
  const postings = openPostings((first) => {
    const job = firstDocs.get(first)!;
    return cache.get(job.key) ?? tasks.index({ articles: job.fields });
  });
  const builder = new SearchIndexBuilder(archive, postings, digests);
  const jobs = builder.pages.map((page, position) => {
    // A page's searchable text follows from its source and its corrections: no need to read it all to key it.
    const key = pageIndexKey(cache, page.source, page.articles);
    return {
      page,
      position,
      get fields() {
        return page.articles.map((a) => searchFields(a));
      },
      key,
      cached: cache.has(key),
    };
  });
  const from = builder.resume(
    jobs.map((j) => j.key),
    whole ? null : (sink.recall(INDEX_STATE) as IndexState | null),
    (path) => sink.readPublished(path),
  );
  const todo = jobs.slice(from).filter((j) => !j.cached);
  let at = from;
  const emit = (files: readonly { path: string; content: string }[]): void => {
    for (const f of files) write(f.path, f.content, INDEX_FILE);
  };
  // Pages before `upTo` whose contributions are cached go in first, keeping document order.
  const addCached = (upTo: number): void => {
    for (; at < upTo; at++) addOneCached(jobs[at]!);
  };
  const addOneCached = (job: (typeof jobs)[number]): void => {
    if (!job.cached) return;
    firstDocs.set(builder.documents, job);
    emit(builder.addEntry(job.page, cache.place(job.key)));
  };
  try {
    await pool.each(
      'index',
      todo.map((t) => ({ articles: t.fields })),
      (contributions, n) => {
        const job = todo[n]!;
        addCached(job.position);
        cache.set(job.key, contributions);
        emit(builder.add(job.page, contributions));
        at++;
      },
    );
    // Nothing after this needs the workers: let their memory (jieba's dictionary each) go before the
    // rest of the postings are added and joined into files, the build's largest moments.
    await release();
    // The rest (all of a full build's pages: the parse made their contributions), a few at a time so
    // that the postings' thread keeps up and the pages render meanwhile.
    for (; at < jobs.length; at++) {
      addOneCached(jobs[at]!);
      if (at % 16 === 15) await postings.ready();
    }
  } catch (error) {
    postings.close();
    throw error;
  }
  const done = await builder.finish();
  // The lists outgrew the published shards: make the index whole (every contribution is cached by now).
  if (!done) return writeSearchIndex(archive, cache, pool, release, sink, write, digests, true);
  for (const f of done.files) write(f.path, f.content, INDEX_FILE);
  sink.remember(INDEX_STATE, done.state);
  // The rest of the published index is unchanged: its files are taken over as they are.
  return builder.adding ? sink.carry('search/', new Set(done.gone)).length : 0;
}

/**
 * The index cache's key for a page: its source, and the fields of its corrected articles (null when
 * none is corrected, as parsed: the key the parse writes its contributions under).
 */
function indexKey(cache: Cache<Contribution[]>, source: string, corrected: (string[] | null)[] | null): string {
  return cache.key([source, corrected && corrected.some(Boolean) ? corrected : null]);
}

/** The index cache's key for a page of `source` whose articles (corrections applied) are `articles`. */
function pageIndexKey(cache: Cache<Contribution[]>, source: string, articles: readonly Article[]): string {
  return indexKey(
    cache,
    source,
    articles.map((a) => (a.correction ? searchFields(a) : null)),
  );
}

/** How many pages to parse or index again count as few (see pageParser). */
const FEW_PAGES = 8;

/**
 * Parses pages as they are read (in any order): from the cache, or on the worker threads. `names` are all
 * the page files' in path order, which is the order of the result; `ids` their page ids (see page-ids.ts).
 */
function pageParser(
  config: Config,
  names: ReadonlyMap<string, PageName>,
  ids: ReadonlyMap<string, string>,
  cache: Cache<ParsedPage>,
  indexCache: Cache<Contribution[]>,
  pool: Pool,
  memory: BuildMemory | undefined,
  record: PageRecord,
) {
  const paths = [...names.values()].map((n) => n.path);
  const jobs = new Map<
    string,
    {
      page: PageFile;
      id: string;
      key: string;
      stamp: string;
      parsed: ParsedPage | Promise<ParsedPage>;
      slim: SlimPage | undefined;
      fresh: boolean;
    }
  >();
  // After a first build, the pages to parse are mostly the few an editor added or changed, read first
  // (newest first): the first few are told so, and their worker loads jieba with their words only.
  let sent = 0;
  /** Pages taken from the last build's record, with what it says of them. */
  const recorded = new WeakMap<PageFile, PageEntry>();
  /** Each page's structure corrections, resolved against its text once. */
  const constraintsOf = new Map<string, ReturnType<typeof structureConstraints>>();
  const parseOptions = (page: PageFile, id: string) => {
    if (!constraintsOf.has(page.path))
      constraintsOf.set(page.path, structured.has(id) ? structureConstraints(config, id, page) : undefined);
    const constraints = constraintsOf.get(page.path);
    return {
      offices: config.offices,
      meta: page.meta,
      lineOffset: page.lineOffset,
      idPrefix: id,
      ...(constraints ? { constraints } : {}),
    };
  };
  // A page's stamp takes in its structure corrections': a change to either parses it again.
  const structured = listStructureFiles(config);
  const stampWith = (path: string, stamp: string): string => {
    const s = structured.get(ids.get(path) ?? '');
    return s ? `${stamp}|${s}` : stamp;
  };
  /** A page's whole parse, read when its articles' text is first asked for: from the cache, or parsed here. */
  const whole = (page: PageFile, id: string, key: string) => (): ParsedPage => {
    const cached = cache.get(key);
    if (cached) return cached;
    // Gone from the cache since the last build: parsed on this thread (it is one page).
    try {
      const fresh = tasks.parse({
        path: page.path,
        body: page.body,
        options: parseOptions(page, id),
        index: indexCache.place(indexKey(indexCache, key, null)),
        few: true,
      });
      cache.set(key, fresh);
      return fresh;
    } catch (error) {
      if (error instanceof BuildError) throw error;
      throw new BuildError(`could not parse this page: ${(error as Error).message}`, {
        file: page.path,
        rule: 'parse-failed',
        cause: error,
      });
    }
  };
  return {
    /**
     * A page whose file is as the last build found it, without reading it: from memory in a process that
     * keeps the pages, else from the last build's record (its text read only if asked for).
     */
    known(file: string, fileStamp: string): PageFile | undefined {
      const path = names.get(file)?.path ?? displayPath(config, file);
      const stamp = stampWith(path, fileStamp);
      const m = memory?.pages.get(path);
      if (m) return m.stamp === stamp ? m.page : undefined;
      const entry = record.pages.get(path);
      if (entry?.stamp !== stamp) return undefined;
      const page = recordedPage(file, path, entry, config);
      recorded.set(page, entry);
      return page;
    },
    /** The pages not parsed by this build (after `finish`). */
    unchanged: (): Set<string> => new Set([...jobs.values()].filter((j) => !j.fresh).map((j) => j.page.path)),
    /** The record of this build's pages, for the next build (after `finish`). */
    record: (): [string, PageEntry][] =>
      [...jobs.values()].map((j) => {
        // A page taken as recorded is recorded as it was (the record writes again only what changed).
        const entry = recorded.get(j.page);
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
      }),
    start(page: PageFile, fileStamp: string): void {
      const id = ids.get(page.path)!;
      const stamp = stampWith(page.path, fileStamp);
      const kept = memory?.pages.get(page.path);
      // A page kept from the last build (the same file read then) keeps its key: hashing every page's
      // text again was a tenth of a resident rebuild.
      // (Or from the last build's record, reading the page's text only if it must be parsed again.)
      const entry = recorded.get(page);
      let key: string;
      if (kept && kept.page === page && kept.id === id && kept.offices === config.offices) key = kept.key;
      else if (entry?.id === id) key = entry.key;
      else key = cache.key([page.path, page.body, parseOptions(page, id)]);
      if (kept?.key === key) cache.keep(key);
      // A recorded page is parsed as recorded, its articles' text read from the cache only if shown.
      const slim = kept?.key !== key && entry?.key === key ? entry.parse : undefined;
      if (slim) cache.keep(key);
      const parsed =
        (kept?.key === key ? kept.parsed : null) ??
        (slim ? lazyParse(slim, whole(page, id, key)) : null) ??
        cache.get(key) ??
        pool
          .submit('parse', {
            path: page.path,
            body: page.body,
            options: parseOptions(page, id),
            index: indexCache.place(indexKey(indexCache, key, null)),
            few: cache.held && sent++ < FEW_PAGES,
          })
          .then(
            (fresh) => {
              cache.set(key, fresh);
              return fresh;
            },
            (error: Error) => {
              // Not the page's fault: the cache could not be written (full disk, read-only or immutable files).
              if (isFileSystemError(error)) throw fileSystemError(error, error.path, 'write the build cache');
              throw new BuildError(`could not parse this page: ${error.message}`, {
                file: page.path,
                rule: 'parse-failed',
                cause: error,
              });
            },
          );
      // A build refused before it waits for this parse (a page that cannot be read) lets it fail unheard.
      if (parsed instanceof Promise) parsed.catch(() => undefined);
      jobs.set(page.path, { page, id, key, stamp, parsed, slim, fresh: parsed instanceof Promise });
    },
    async finish(onProgress?: BuildOptions['onProgress']): Promise<ParsedInput[]> {
      const list = paths.filter((p) => jobs.has(p)).map((p) => jobs.get(p)!);
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
      if (memory) {
        memory.pages.clear();
        list.forEach((j, k) =>
          memory.pages.set(j.page.path, {
            stamp: j.stamp,
            page: j.page,
            id: j.id,
            offices: config.offices,
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
    },
  };
}

/** Where the keys of the site published in `config.outDir` are kept (see write/sink.ts). */
export function outputKeysFile(config: Config): string {
  return join(
    config.cacheDir,
    'outputs',
    `${createHash('sha256').update(config.outDir).digest('hex').slice(0, 16)}.json`,
  );
}

/** What rendered pages are made with besides their data: the templates and the rendering code. */
function renderVersion(templatesDir: string): string {
  const hash = createHash('sha256').update(codeVersion(['render', 'site']));
  for (const file of listFiles(templatesDir)) hash.update(relative(templatesDir, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
