/**
 * The `baoku` command line. The only module that prints and sets exit codes.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { build } from './build.js';
import { resolveConfig, type Config } from './config.js';
import { BuildError, formatDiagnostic, type Diagnostic } from './errors.js';
import { decodeText } from './ingest/decode.js';
import { readFrontMatter } from './ingest/front-matter.js';
import { parsePage } from './parse/page.js';
import type { ParsedPage } from './parse/types.js';
import { openBuiltIndex } from './search/node-loader.js';
import { diskSink } from './write/sink.js';

const USAGE = `usage:
  baoku parse FILE [--json] [--content DIR]   parse one page and print its articles
  baoku build [--content DIR] [--out DIR] [--keep-going]
                                               build the site from content/ into dist/
  baoku search QUERY [--dist DIR] [--office X] [--reporter X] [--month YYYY-MM]
               [--sort relevance|date] [--limit N] [--json]
  baoku search --queries FILE --json           one query per line, one JSON array per line
options:
  --debug   show stack traces of unexpected errors`;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const debug = rest.includes('--debug');
  try {
    switch (command) {
      case 'parse':
        return await parseCommand(rest);
      case 'build':
        return buildCommand(rest);
      case 'search':
        return await searchCommand(rest);
      case undefined:
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command ? 0 : 2;
      default:
        process.stderr.write(`baoku: unknown command "${command}"\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (error instanceof BuildError) {
      process.stderr.write(`${formatDiagnostic(error.toDiagnostic())}\n`);
      return 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`baoku: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`baoku: internal error: ${(error as Error).message}\n`);
    if (debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('(run again with --debug for details, and please report it)\n');
    return 70;
  }
}

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, content: { type: 'string' }, debug: { type: 'boolean' } } });
  if (!positionals.length) throw new BuildError('no file given: baoku parse FILE [--json]', { file: '-', rule: 'usage' });
  const config = resolveConfig(values.content ? { content: values.content } : {});
  // Each file stands alone: a bad one is reported and the others still parse.
  const results: ParsedPage[] = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      const { page, diagnostics } = await parseFile(file, config.offices);
      results.push(page);
      if (!values.json) process.stdout.write(`${summary(file, page, diagnostics)}\n`);
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      process.stderr.write(`${formatDiagnostic(error.toDiagnostic())}\n`);
      failed++;
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(positionals.length === 1 ? results[0] ?? null : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

async function parseFile(file: string, offices: Config['offices']): Promise<{ page: ParsedPage; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new BuildError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file, rule: 'read' });
  }
  const { text } = decodeText(bytes, file);
  if (!text.trim()) throw new BuildError('the page has no text', { file, rule: 'empty-file' });
  const src = readFrontMatter(text, file);
  const page = parsePage(file, src.body, { meta: src.meta, lineOffset: src.lineOffset, offices });
  const warnings = page.warnings.map((w): Diagnostic => ({ file, line: w.line, column: 1, severity: 'warning', rule: w.code, message: w.message }));
  return { page, diagnostics: [...src.diagnostics, ...warnings] };
}

function summary(file: string, page: ParsedPage, diagnostics: Diagnostic[]): string {
  const out: string[] = [`${file}: ${page.articles.length} articles${page.page.date ? `, dated ${page.page.date}${page.page.dateInferred ? ' (inferred, not before)' : ''}` : ''}`];
  for (const a of page.articles) {
    out.push(`  ${a.id}  ${a.title}${a.headlineInferred ? ' [title generated]' : ''}${a.office ? `  [${a.office}]` : ''}  lines ${a.sourceLines[0]}-${a.sourceLines[1]}`);
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
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new BuildError(`--limit must be a whole number (0 for every match), not ${values.limit}`, { file: '-', rule: 'usage' });
  const index = await openBuiltIndex(values.dist ?? 'dist');
  const filters = { office: values.office, reporter: values.reporter, month: values.month, sort: values.sort === 'date' ? ('date' as const) : ('relevance' as const) };
  if (values.queries) {
    const lines = (await readFile(values.queries, 'utf8')).split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    const out: string[] = [];
    for (const q of lines) out.push(JSON.stringify(await index.run({ q, ...filters }, limit)));
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  }
  const q = positionals.join(' ');
  const results = await index.run({ q, ...filters }, limit);
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    process.stdout.write(results.length ? `${results.map((r, i) => `${i + 1}. ${r.title}  (${r.url}, ${r.score})\n   ${r.snippet}`).join('\n')}\n` : `no article contains "${q}"\n`);
  }
  return 0;
}

function buildCommand(args: string[]): number {
  const { values } = parseArgs({ args, options: { content: { type: 'string' }, out: { type: 'string' }, 'keep-going': { type: 'boolean' }, debug: { type: 'boolean' } } });
  const config = resolveConfig({ ...(values.content ? { content: values.content } : {}), ...(values.out ? { out: values.out } : {}) });
  const report = build(config, diskSink(config.outDir), { keepGoing: values['keep-going'] ?? false });
  for (const d of report.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  process.stdout.write(
    `built ${report.archive.issues.length} issue(s), ${report.archive.pages.length} page(s), ${report.archive.articles.length} article(s): ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB in ${config.outDir}\n` +
      `${warnings} warning(s)${errors ? `, ${errors} page(s) refused` : ''}; ${report.timings.map((t) => `${t.stage} ${t.ms} ms`).join(', ')}\n`,
  );
  return 0;
}
