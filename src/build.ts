/**
 * The build, stage by stage: read pages → parse → corrections → model → keywords → render and index →
 * bundle → write. Each stage is one call, timed; what is kept between builds is behind one object
 * (kept/kept.ts), the workers behind the pool (work/pool.ts), the output behind the sink (write/sink.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Config } from './ingest/config.js';
import { BuildError, refusal, type Diagnostic } from './errors.js';
import { readCorrections } from './ingest/corrections.js';
import { listPageFiles, pageNames, readAllPages } from './ingest/content.js';
import { pageIds } from './ingest/page-ids.js';
import { warningDiagnostics } from './ingest/page-file.js';
import { codeVersion } from './kept/cache.js';
import { Kept, type BuildMemory } from './kept/kept.js';
import { clientBundle } from './render/client-bundle.js';
import { renderSite } from './render/site.js';
import { keywordsAndRelated } from './search-node/related.js';
import { filesUnder } from './shared/files.js';
import { correctArticles, duplicatePages } from './build/checks.js';
import { Written } from './build/output.js';
import { PageParser } from './build/parse-pages.js';
import { indexCorrected, writeSearchIndex } from './build/search-index.js';
import { buildArchive, type Archive } from './site/model.js';
import { openPool, type Pool } from './work/pool.js';
import type { Sink } from './write/sink.js';
import { zippingSink } from './write/archive-zip.js';

export type { BuildMemory } from './kept/kept.js';

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
   * Worker processes the caller keeps across builds (`baoku dev`), so jieba stays loaded between rebuilds;
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
  /** Make the site's zip (the default); a build that publishes nothing (`check`, `correct`) need not. */
  zip?: boolean;
}

/** A build that would read more page files than it was allowed (see BuildOptions.readAtMost). */
export class ManyPages extends Error {
  constructor(count: number) {
    super(`${count} page files to read`);
    this.name = 'ManyPages';
  }
}

/** Builds the site from `config` into `sink`; throws a BuildError (and publishes nothing) when a page fails. */
export async function build(config: Config, output: Sink, options: BuildOptions = {}): Promise<BuildReport> {
  // Every file also goes into the site's zip (write/archive-zip.ts), made last.
  const sink = zippingSink(output, options.zip ?? true);
  const timings: BuildReport['timings'] = [];
  const task = timed(timings);
  const pool = options.pool ?? openPool();
  // Closes the build's own workers (a kept pool stays open).
  const release = async (): Promise<void> => {
    if (!options.pool) await pool.close();
  };
  let kept: Kept | undefined;
  try {
    checkTemplates(config);
    kept = new Kept(config, options.memory);
    // After a first build the pages to parse are few, known only once the record is read: a worker
    // starts meanwhile. Each page goes to be parsed as soon as it is read.
    if (kept.pages.held) pool.warm();
    const { parser, listing } = pagesOf(config, kept, pool);
    const { diagnostics } = await task('read', () =>
      readAllPages(config, parser.start, listing, parser.known, admit(options.readAtMost)),
    );
    // With --keep-going, pages that failed to read keep their cache entries for when they are fixed.
    const failed = diagnostics.filter((d) => d.severity === 'error');
    if (failed.length && !options.keepGoing) throw refusal(failed);
    const parsed = await task('parse', () => parser.finish(options.onProgress));
    for (const p of parsed) diagnostics.push(...warningDiagnostics(p.path, p.parsed.warnings));
    // So far each page's own, from its file and its parse.
    const unchanged = parser.unchanged();
    const repeated = new Set(diagnostics.filter((d) => d.severity === 'warning' && unchanged.has(d.file)));
    diagnostics.push(...kept.notices());
    const corrections = task('corrections', () => readCorrections(config));
    const inputs = correctArticles(parsed, corrections, diagnostics);
    // Then the workers have nothing left to do, and their memory (jieba's dictionaries) goes before the
    // model and the index are built beside it.
    await indexCorrected(inputs, kept, pool);
    await release();
    const archive = task('model', () => buildArchive(inputs, config.paper, options.memory?.placed));
    diagnostics.push(...duplicatePages(archive));
    const related = task('keywords', () => keywordsAndRelated(archive.articles, options.memory?.related));
    const written = new Written(sink);
    const templatesDir = join(config.root, 'templates');
    const site = renderSite(
      archive,
      config,
      templatesDir,
      related,
      renderVersion(templatesDir),
      options.memory?.outputs,
    );
    // The workers segment articles for the index while this thread renders the pages: rendering stops
    // every few files to take in what they have finished.
    await together(
      task('index', () => writeSearchIndex(archive, kept!, pool, { sink, write: written.write, release })).then(
        (carried) => written.taken(carried),
      ),
      () => task('render', () => written.outputs(site)),
      release,
    );
    diagnostics.push(...kept.notices());
    written.write('baoku-search.js', task('bundle', clientBundle));
    copyPublic(config.root, written);
    const newest = archive.issues.reduce<string | null>((a, i) => (i.date && (!a || i.date > a) ? i.date : a), null);
    written.zipped(await task('zip', () => sink.finish(newest)));
    await task('write', async () => {
      await sink.commit();
      await kept!.save(parser.record(), !failed.length);
    });
    diagnostics.push(...kept.notices());
    const { files, bytes, reused } = written;
    const workerMemory = options.pool ? 0 : pool.peakMemory();
    return { archive, diagnostics, files, bytes, reused, timings, workerMemory, repeated };
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    await release();
    kept?.close();
  }
}

/** The files of public/, written as they are. */
function copyPublic(root: string, written: Written): void {
  const publicDir = join(root, 'public');
  for (const asset of filesUnder(publicDir))
    written.write(relative(publicDir, asset).split(sep).join('/'), readFileSync(asset));
}

/** A timer of stages: `task(name, fn)` runs `fn`, and an async stage is timed until its promise settles. */
function timed(timings: BuildReport['timings']): <T>(stage: string, fn: () => T) => T {
  return <T>(stage: string, fn: () => T): T => {
    const start = performance.now();
    const done = (): void => void timings.push({ stage, ms: Math.round(performance.now() - start) });
    const out = fn();
    if (out instanceof Promise) return out.finally(done) as T;
    done();
    return out;
  };
}

/**
 * Runs `render` while `indexing` goes on, and waits for both; when rendering fails, the workers are let
 * go and the index stage is waited for (its failure is the render's) before the error goes on.
 */
async function together(indexing: Promise<void>, render: () => Promise<void>, release: () => Promise<void>) {
  try {
    await render();
  } catch (error) {
    await release();
    await indexing.catch(() => undefined);
    throw error;
  }
  await indexing;
}

/** Before any work: a build run outside the project folder has no templates to render with. */
function checkTemplates(config: Config): void {
  if (!existsSync(join(config.root, 'templates', 'layout.eta')))
    throw new BuildError(
      `no templates in ${join(config.root, 'templates')}: run baoku in the project folder (the one with templates/), and give --content for pages kept elsewhere`,
      { file: join(config.root, 'templates'), rule: 'templates-missing' },
    );
}

/** The page files to read, and the parser they go to as they are read. */
function pagesOf(config: Config, kept: Kept, pool: Pool) {
  const listed = listPageFiles(config);
  const names = pageNames(config, listed.files);
  // A file whose page id another has is refused (with --keep-going, left out) like a page that cannot be read.
  const { ids, clashes } = pageIds(names.values());
  const listing = {
    files: listed.files.filter((f) => ids.has(names.get(f)!.path)),
    refused: [...listed.refused, ...clashes],
  };
  return { parser: new PageParser(config, names, ids, kept, pool), listing };
}

/** The check `readAllPages` makes of how many files it must read (see BuildOptions.readAtMost). */
function admit(readAtMost: number | undefined): ((count: number) => void) | undefined {
  if (readAtMost === undefined) return undefined;
  return (count) => {
    if (count > readAtMost) throw new ManyPages(count);
  };
}

/** Where the keys of the site published in `config.outDir` are kept (see write/disk-sink.ts). */
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
  for (const file of filesUnder(templatesDir)) hash.update(relative(templatesDir, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
