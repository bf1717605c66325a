/**
 * The `baoku` command line. The only module that prints and sets exit codes.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// Each command imports what it needs when it runs: loading the whole build (unified, eta, the parser) for
// every command cost 0.3 s.
import type { BuildMemory, BuildReport } from './build.js';
import { displayPath, resolveConfig, type Config } from './config.js';
import {
  BuildError,
  fileSystemError,
  formatDiagnostic,
  isFileSystemError,
  UsageError,
  type Diagnostic,
} from './errors.js';
import { COMMAND_USAGE, USAGE } from './cli-usage.js';
import type { ParsedPage } from './parse/types.js';
import { buildOnCappedThread, capGiven, heapLimitMb, IN_BUILD_THREAD } from './heap.js';

/** The version in baoku's package.json (found upward from this module: src/ when run from source, lib/bin/ when compiled). */
function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'baoku' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}

/** What a system call was doing to its path, for messages. */
const VERBS: Record<string, string> = {
  open: 'open it',
  read: 'read it',
  write: 'write it',
  mkdir: 'make this folder',
  rename: 'move it',
  unlink: 'delete it',
  rmdir: 'delete this folder',
  link: 'link it',
  copyfile: 'copy it',
  scandir: 'list this folder',
  stat: 'look at it',
  lstat: 'look at it',
};

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  parse: (args) => parseCommand(args),
  build: (args) => buildCommand(args),
  search: (args) => searchCommand(args),
  new: (args) => newCommand(args),
  correct: (args) => correctCommand(args),
  review: (args) => reviewCommand(args),
  check: (args) => checkCommand(args),
  dev: (args) => devCommand(args),
};

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const debug = rest.includes('--debug');
  const usage = (command && COMMAND_USAGE[command]) || USAGE;
  try {
    if (command === undefined) {
      // Nothing asked for: the usage goes where errors go, as from any tool run without its arguments.
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (run) {
      // Before the command reads its options: \`--help\` anywhere before \`--\` asks for help, whatever else is given.
      const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
      if (options.includes('--help') || options.includes('-h')) {
        process.stdout.write(`${usage}\n`);
        return 0;
      }
      return await run(rest);
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      const about = rest[0] === undefined ? USAGE : COMMAND_USAGE[rest[0]];
      if (about) {
        process.stdout.write(`${about}\n`);
        return 0;
      }
    }
    throw new UsageError(`unknown command "${command === 'help' ? rest[0] : command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`baoku${COMMANDS[command ?? ''] ? ` ${command}` : ''}: ${error.message}\n${usage}\n`);
      return 2;
    }
    if (error instanceof BuildError) {
      // A problem of no file (a port in use) is the command's, not placed in a file as '-:1:1'.
      process.stderr.write(
        error.file === '-'
          ? `baoku${COMMANDS[command ?? ''] ? ` ${command}` : ''}: ${error.message} [${error.rule}]\n`
          : `${formatDiagnostic(error.toDiagnostic())}\n`,
      );
      return 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`baoku${COMMANDS[command ?? ''] ? ` ${command}` : ''}: ${error.message}\n${usage}\n`);
      return 2;
    }
    // The operating system refused something (a read-only folder, a full disk): not a bug of baoku's.
    if (isFileSystemError(error)) {
      process.stderr.write(
        `${formatDiagnostic(fileSystemError(error, error.path, VERBS[error.syscall ?? ''] ?? `${error.syscall} it`).toDiagnostic())}\n`,
      );
      if (debug) process.stderr.write(`${(error as Error).stack}\n`);
      return 1;
    }
    process.stderr.write(`baoku: internal error: ${(error as Error).message}\n`);
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('(run again with --debug for details, and please report it)\n');
    return 70;
  }
}

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, content: { type: 'string' }, debug: { type: 'boolean' } },
  });
  if (!positionals.length) throw new UsageError('no file given');
  const given = values.content ? resolveConfig({ content: values.content }) : undefined;
  // Each file stands alone: a bad one is reported and the others still parse.
  const results: ParsedPage[] = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      const { page, diagnostics } = await parseFile(file, given ?? resolveConfig(contentOf(file)));
      results.push(page);
      if (!values.json) process.stdout.write(`${summary(file, page, diagnostics)}\n`);
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      process.stderr.write(`${formatDiagnostic(error.toDiagnostic())}\n`);
      failed++;
    }
  }
  if (values.json)
    process.stdout.write(`${JSON.stringify(positionals.length === 1 ? (results[0] ?? null) : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

/**
 * The content folder a page file lies in (the nearest folder above it holding \`pages/\` and \`site.yml\`),
 * so that \`parse\` gives the ids and offices the build gives, from whatever folder it is run; the
 * project's content folder for a file elsewhere.
 */
function contentOf(file: string): { root?: string; content?: string } {
  for (let dir = dirname(resolve(file)); dirname(dir) !== dir; dir = dirname(dir)) {
    if (dir.endsWith(`${sep}pages`) && existsSync(join(dirname(dir), 'site.yml'))) {
      const content = dirname(dir);
      // The project is the folder above a folder named content (where templates/ is); otherwise here.
      return content.endsWith(`${sep}content`) ? { root: dirname(content), content } : { content };
    }
  }
  return {};
}

/** Parses a page file with the structure corrections the content folder has for it (`corrections/PAGE-ID.yml`). */
async function parseFile(file: string, config: Config): Promise<{ page: ParsedPage; diagnostics: Diagnostic[] }> {
  const [{ parsePageFile }, { structureConstraints }, { readContentFile }, { pageId }] = await Promise.all([
    import('./ingest/page-file.js'),
    import('./ingest/structure.js'),
    import('./ingest/content-file.js'),
    import('./ingest/page-ids.js'),
  ]);
  // Any file the editor names, but only a regular one (a FIFO would hang the read), within the size limit.
  const bytes = readContentFile(file, { shown: file });
  // The id the build gives it when it is in the pages folder; its name alone when it is not.
  const id = pageId(relative(config.pagesDir, resolve(file)).split(sep).join('/'));
  return parsePageFile(bytes, file, config.offices, {
    idPrefix: id,
    structure: (page) => structureConstraints(config, id, page),
  });
}

function summary(file: string, page: ParsedPage, diagnostics: Diagnostic[]): string {
  const out: string[] = [
    `${file}: ${page.articles.length} articles${page.page.date ? `, dated ${page.page.date}${page.page.dateInferred ? ' (inferred, not before)' : ''}` : ''}`,
  ];
  for (const a of page.articles) {
    out.push(
      `  ${a.id}  ${a.title}${a.headlineInferred ? ' [title generated]' : ''}${a.office ? `  [${a.office}]` : ''}  lines ${a.sourceLines[0]}-${a.sourceLines[1]}`,
    );
  }
  if (page.unassigned.length) out.push(`  ${page.unassigned.length} lines not placed in any article`);
  for (const d of diagnostics) out.push(formatDiagnostic(d));
  return out.join('\n');
}

async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dist: { type: 'string' },
      office: { type: 'string' },
      reporter: { type: 'string' },
      month: { type: 'string' },
      sort: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      queries: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  if (values.sort !== undefined && values.sort !== 'relevance' && values.sort !== 'date')
    throw new UsageError(`--sort must be relevance or date, not ${values.sort}`);
  if (!values.queries && !positionals.length) throw new UsageError('give the words to search for (or --queries FILE)');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new UsageError(`--limit must be a whole number (0 for every match), not ${values.limit}`);
  const [{ openBuiltIndex }, { limitQuery, MAX_QUERY_CHARS }] = await Promise.all([
    import('./ingest/built-index.js'),
    import('./search/engine.js'),
  ]);
  const index = await openBuiltIndex(values.dist ?? 'dist');
  const tooLong = (qs: string[]): void => {
    const cut = qs.filter((q) => limitQuery(q).cut).length;
    if (cut)
      process.stderr.write(
        `baoku: ${cut > 1 ? `${cut} queries are` : 'the query is'} longer than ${MAX_QUERY_CHARS} characters: only the first ${MAX_QUERY_CHARS} were searched\n`,
      );
  };
  const filters = {
    office: values.office,
    reporter: values.reporter,
    month: values.month,
    sort: values.sort === 'date' ? ('date' as const) : ('relevance' as const),
  };
  if (values.queries) {
    const lines = (await readFile(values.queries, 'utf8')).split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    tooLong(lines);
    const out: string[] = [];
    for (const q of lines) out.push(JSON.stringify(await index.run({ q, ...filters }, limit)));
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  }
  const q = positionals.join(' ');
  tooLong([q]);
  const results = await index.run({ q, ...filters }, limit);
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    process.stdout.write(
      results.length
        ? `${results.map((r, i) => `${i + 1}. ${r.title}  (${r.url}, ${r.score})\n   ${r.snippet}`).join('\n')}\n`
        : `no article contains "${q}"\n`,
    );
  }
  return 0;
}

async function buildCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      'keep-going': { type: 'boolean' },
      debug: { type: 'boolean' },
    },
  });
  const config = resolveConfig({
    ...(values.content ? { content: values.content } : {}),
    ...(values.out ? { out: values.out } : {}),
  });
  (await import('./write/out-dir.js')).checkOutPlace(config);
  // Before the output folder is opened: its keys are kept in the cache.
  (await import('./kept/cache.js')).checkCacheDir(config.cacheDir);
  const started = performance.now();
  const run = async (readAtMost?: number): Promise<number> => {
    const [{ build, outputKeysFile }, { diskSink }] = await Promise.all([
      import('./build.js'),
      import('./write/sink.js'),
    ]);
    const report = await build(config, diskSink(config.outDir, outputKeysFile(config)), {
      keepGoing: values['keep-going'] ?? false,
      onProgress: progress(),
      ...(readAtMost === undefined ? {} : { readAtMost }),
    });
    await printReport(report, config, performance.now() - started);
    return 0;
  };
  if (process.env[IN_BUILD_THREAD] || !import.meta.url.endsWith('.js')) return run();
  // A rebuild reads the few pages that changed and takes the rest as the last build recorded them: it
  // holds little, and runs here (starting a thread was a tenth of adding a page at 5,000 pages). One that
  // reads many (the first, or after baoku's parser changed) gives up before reading any and runs where the
  // heap is capped to the archive's size (heap.ts; only compiled code can start that thread), as does any
  // build when the editor set the cap. The first build (no page record: src/kept/page-record.ts) goes
  // there at once.
  if (!capGiven() && existsSync(join(config.cacheDir, 'pages'))) {
    try {
      return await run(IN_PROCESS_PAGES);
    } catch (error) {
      if (!(error instanceof (await import('./build.js')).ManyPages)) throw error;
    }
  }
  const code = await buildOnCappedThread(args, heapLimitMb(config.pagesDir));
  if (code !== null) return code;
  process.stderr.write('baoku: the build needed more memory than its heap limit; building again without one\n');
  process.env[IN_BUILD_THREAD] = '1';
  return run();
}

/** Page files a build may read and parse and still run on this thread, with its heap uncapped (an issue's pages, several times over). */
const IN_PROCESS_PAGES = 64;

/** A progress bar on a terminal; plain lines elsewhere (CI logs), and only for builds long enough to need one. */
function progress(): (stage: string, done: number, total: number) => void {
  // On the capped build thread stderr is a pipe to the main thread; it says whether that one is a terminal.
  const tty = process.stderr.isTTY || process.env['BAOKU_STDERR_TTY'] === '1';
  let lastLine = -1;
  return (stage, done, total) => {
    if (total < 20) return;
    if (tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(
        `\r${stage} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${done + 1 >= total ? '\n' : ''}`,
      );
    } else {
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastLine) process.stderr.write(`${stage}: ${done}/${total}\n`);
      lastLine = tenth;
    }
  };
}

async function printReport(report: BuildReport, config: Config, ms: number): Promise<void> {
  const { changesSinceLastBuild, warningsByKind } = await import('./workflow/report.js');
  // The warnings of pages this build did not parse were shown by the build that did: they are counted,
  // not shown again (on a large archive, thousands of lines hiding the new page's few).
  const shown = report.diagnostics.filter((d) => !report.repeated.has(d));
  // One write: a large archive can have thousands of warnings, and each write from the build thread is a message.
  if (shown.length) process.stderr.write(`${shown.map(formatDiagnostic).join('\n')}\n`);
  if (report.repeated.size) {
    const pages = new Set([...report.repeated].map((d) => d.file)).size;
    process.stderr.write(
      `${report.repeated.size} warning(s) on ${pages} page(s) unchanged since they were parsed, shown then; \`baoku check\` lists every warning\n`,
    );
  }
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const changes = changesSinceLastBuild(report, config.cacheDir);
  const kinds = warningsByKind(report);
  process.stdout.write(
    [
      `built ${report.archive.issues.length} issue(s), ${report.archive.pages.length} page(s), ${report.archive.articles.length} article(s) into ${config.outDir}`,
      `since the last build: ${changes.added} new, ${changes.changed} changed, ${changes.removed} removed`,
      `warnings: ${kinds.length ? kinds.map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}${errors ? `; ${errors} page(s) refused` : ''}`,
      `output: ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB written${report.reused ? `, ${report.reused} unchanged files reused` : ''}`,
      `time: ${(ms / 1000).toFixed(1)} s (${report.timings.map((t) => `${t.stage} ${t.ms} ms`).join(', ')}); peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB${report.workerMemory ? `, parse processes ${Math.round(report.workerMemory / 1048576)} MB each at most` : ''}`,
    ].join('\n') + '\n',
  );
}

async function newCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      issue: { type: 'string' },
      page: { type: 'string' },
      content: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  const source = positionals[0];
  if (!source) throw new UsageError('give the page file to add, or - to read it from standard input');
  const whole = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} must be a whole number from 1, not ${v}`);
    return Number(v);
  };
  const meta: { date?: string; issue?: number; pageNumber?: number } = {};
  if (values.date) meta.date = values.date;
  const issue = whole(values.issue, 'issue');
  if (issue) meta.issue = issue;
  const pageNumber = whole(values.page, 'page');
  if (pageNumber) meta.pageNumber = pageNumber;
  // The command line is checked before the file is read (or standard input waited for).
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const { readContentFile } = await import('./ingest/content-file.js');
  const bytes = source === '--' || source === '-' ? await readStdin() : readContentFile(source, { shown: source });
  const [{ addPage }, { parsePage }, { expectText }, { pageId }] = await Promise.all([
    import('./workflow/new-page.js'),
    import('./parse/page.js'),
    import('./text-node/words.js'),
    import('./ingest/page-ids.js'),
  ]);
  const added = addPage(bytes, source, meta, config);
  expectText(added.body);
  const page = parsePage(added.path, added.body, {
    meta: added.meta,
    lineOffset: added.lineOffset,
    offices: config.offices,
    idPrefix: pageId(added.inPages),
  });
  const warnings = page.warnings.map((w): Diagnostic => ({
    file: added.path,
    line: w.line,
    column: 1,
    severity: 'warning',
    rule: w.code,
    message: w.message,
  }));
  process.stdout.write(
    `added ${added.path}\n${summary(added.path, page, warnings)}\nrun \`npm run build\` to publish it.\n`,
  );
  return 0;
}

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

async function correctCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { content: { type: 'string' }, debug: { type: 'boolean' } },
  });
  const id = positionals[0];
  if (!id) throw new UsageError('give the id of the article to correct (baoku parse shows the ids)');
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const [{ build }, { memorySink }, { correctionTemplate }, { readCorrection }] = await Promise.all([
    import('./build.js'),
    import('./write/sink.js'),
    import('./workflow/correction-template.js'),
    import('./ingest/corrections.js'),
  ]);
  const report = await withCache(config, (c) => build(c, memorySink(), { keepGoing: true }));
  const article = report.archive.articles.find((a) => a.id === id);
  if (!article) throw new BuildError(`no article has the id ${id}`, { file: config.pagesDir, rule: 'unknown-id' });
  const file = join(config.correctionsDir, `${id}.md`);
  if (existsSync(file)) {
    process.stdout.write(`${file} already exists: edit it, then run npm run build\n`);
    return 0;
  }
  const template = correctionTemplate(article);
  // Read back as the build will: a template the build refused would be baoku's bug, caught before it is written.
  readCorrection(template, displayPath(config, file), id);
  mkdirSync(config.correctionsDir, { recursive: true });
  writeFileSync(file, template, { flag: 'wx' });
  process.stdout.write(`wrote ${file}: edit it, then run npm run build\n`);
  return 0;
}

/**
 * Runs `work` (a build into memory: check, correct) with the project's cache, or, while a build or
 * `baoku dev` holds it, with a cache of its own for this run (slower: every page is parsed).
 */
async function withCache<T>(config: Config, work: (config: Config) => Promise<T>): Promise<T> {
  const { LockBusy } = await import('./shared/lock.js');
  try {
    return await work(config);
  } catch (error) {
    if (!(error instanceof LockBusy) || error.file !== join(config.cacheDir, 'lock')) throw error;
  }
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const cacheDir = mkdtempSync(join(tmpdir(), 'baoku-cache-'));
  try {
    return await work({ ...config, cacheDir });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function reviewCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { content: { type: 'string' }, debug: { type: 'boolean' } },
  });
  const ref = positionals[0];
  if (!ref) throw new UsageError('give the page to review: its id or its file (baoku check lists the pages to review)');
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const { findPage, formatReview, reviewPage } = await import('./workflow/review.js');
  process.stdout.write(`${formatReview(reviewPage(config, findPage(config, ref)))}\n`);
  return 0;
}

async function checkCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { content: { type: 'string' }, strict: { type: 'boolean' }, debug: { type: 'boolean' } },
  });
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const [{ build }, { memorySink }] = await Promise.all([import('./build.js'), import('./write/sink.js')]);
  let diagnostics: Diagnostic[];
  let review = '';
  try {
    const report = await withCache(config, (c) => build(c, memorySink(), { keepGoing: true }));
    diagnostics = report.diagnostics;
    const { formatPagesToReview, pagesToReview } = await import('./workflow/review-list.js');
    review = formatPagesToReview(pagesToReview(report.archive.pages));
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    diagnostics = [error.toDiagnostic()];
  }
  diagnostics.push(...(await import('./ingest/stray-pages.js')).strayPageFiles(config));
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (review) process.stdout.write(`${review}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  process.stdout.write(`${errors} error(s), ${warnings} warning(s)\n`);
  return errors || (values.strict && warnings) ? 1 : 0;
}

async function devCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      port: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  const config = resolveConfig({
    ...(values.content ? { content: values.content } : {}),
    ...(values.out ? { out: values.out } : {}),
  });
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535)
    throw new UsageError(`--port must be a port number from 0 to 65535, not ${values.port}`);
  const [
    { build, outputKeysFile },
    { diskSink, lockOutDir },
    { openPool },
    { startDev },
    { reviewApp },
    { checkOutPlace },
    { checkCacheDir, lockCacheDir },
  ] = await Promise.all([
    import('./build.js'),
    import('./write/sink.js'),
    import('./work/pool.js'),
    import('./serve/dev.js'),
    import('./serve/review.js'),
    import('./write/out-dir.js'),
    import('./kept/cache.js'),
  ]);
  checkOutPlace(config);
  checkCacheDir(config.cacheDir);
  // The output folder and the cache are this process's while it runs: a build started beside it is
  // refused (naming it) instead of replacing the site it serves.
  // (Should the process die, they are stale with it, and the next build takes them over.)
  const unlockOut = lockOutDir(config.outDir);
  const unlockCache = lockCacheDir(config.cacheDir);
  // The worker threads stay for every rebuild: jieba's dictionary (seconds to load) is loaded once.
  const pool = openPool();
  // So are the pages as read and parsed: a rebuild reads only the files that changed.
  const memory: BuildMemory = { pages: new Map() };
  const rebuild = async (): Promise<string | null> => {
    try {
      const report = await build(config, diskSink(config.outDir, outputKeysFile(config)), { pool, memory });
      for (const d of report.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return null;
    } catch (error) {
      if (error instanceof BuildError) return formatDiagnostic(error.toDiagnostic());
      if (isFileSystemError(error))
        return formatDiagnostic(
          fileSystemError(error, error.path, VERBS[error.syscall ?? ''] ?? `${error.syscall} it`).toDiagnostic(),
        );
      return `internal error: ${(error as Error).message}`;
    }
  };
  const first = await rebuild();
  if (first) process.stderr.write(`${first}\n`);
  const dev = await startDev({
    outDir: config.outDir,
    watch: [config.contentDir, join(config.root, 'templates'), join(config.root, 'public')],
    port,
    rebuild,
    log: (line) => process.stderr.write(`${line}\n`),
    review: reviewApp(config),
  }).catch(async (error: NodeJS.ErrnoException) => {
    await pool.close();
    if (error.code === 'EADDRINUSE')
      throw new BuildError(
        `port ${port} on 127.0.0.1 is in use (another \`baoku dev\`?): stop it, or choose another with --port N`,
        { file: '-', rule: 'port' },
      );
    if (error.code === 'EACCES')
      throw new BuildError(`port ${port} needs privileges: choose one above 1023 with --port N`, {
        file: '-',
        rule: 'port',
      });
    throw error;
  });
  process.stdout.write(
    `serving ${config.outDir} at ${dev.url} (Ctrl-C to stop)\nreview and repair pages at ${dev.url}__baoku/review/\n`,
  );
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  dev.close();
  await pool.close();
  unlockCache();
  unlockOut();
  return 0;
}
