/**
 * `baoku build`: the site from content/ into dist/, and a report of what it did.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildReport } from '../build.js';
import { resolveConfig, type Config } from '../ingest/config.js';
import { formatDiagnostic } from '../errors.js';
import { buildOnCappedThread, capGiven, heapLimitMb, IN_BUILD_THREAD } from '../heap.js';

/** Page files a build may read and parse and still run on this thread, with its heap uncapped (an issue's pages, several times over). */
const IN_PROCESS_PAGES = 64;

/** Runs `baoku build`. */
export async function buildCommand(args: string[]): Promise<number> {
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
  (await import('../write/out-dir.js')).checkOutPlace(config);
  // Before the output folder is opened: its keys are kept in the cache.
  (await import('../kept/cache.js')).checkCacheDir(config.cacheDir);
  const started = performance.now();
  const run = async (readAtMost?: number): Promise<number> => {
    const [{ build, outputKeysFile }, { diskSink }] = await Promise.all([
      import('../build.js'),
      import('../write/disk-sink.js'),
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
      if (!(error instanceof (await import('../build.js')).ManyPages)) throw error;
    }
  }
  const code = await buildOnCappedThread(args, heapLimitMb(config.pagesDir));
  if (code !== null) return code;
  process.stderr.write('baoku: the build needed more memory than its heap limit; building again without one\n');
  process.env[IN_BUILD_THREAD] = '1';
  return run();
}

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
  const { changesSinceLastBuild, warningsByKind } = await import('../workflow/report.js');
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
