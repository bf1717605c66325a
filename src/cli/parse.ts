/**
 * `baoku parse FILE...`: each page's articles as the build would make them (the contract's JSON with --json).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig, type Config } from '../ingest/config.js';
import { BuildError, formatDiagnostic, UsageError, type Diagnostic } from '../errors.js';
import type { ParsedPage } from '../parse/types.js';
import { failureMessage } from './failures.js';
import { readNamedFile } from './named-file.js';

/** Runs `baoku parse`. */
export async function parseCommand(args: string[]): Promise<number> {
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
      process.stderr.write(`${failureMessage(error, 'baoku parse')}\n`);
      failed++;
    }
  }
  if (values.json)
    process.stdout.write(`${JSON.stringify(positionals.length === 1 ? (results[0] ?? null) : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

/**
 * The content folder a page file lies in (the nearest folder above it holding `pages/` and `site.yml`),
 * so that `parse` gives the ids and offices the build gives, from whatever folder it is run; the
 * project's content folder for a file elsewhere.
 */
export function contentOf(file: string): { root?: string; content?: string } {
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
  const [{ parsePageFile }, { structureConstraints }, { pageId }] = await Promise.all([
    import('../ingest/page-file.js'),
    import('../ingest/structure.js'),
    import('../ingest/page-ids.js'),
  ]);
  // Any file the editor names, but only a regular one (a FIFO would hang the read), within the size limit.
  const bytes = await readNamedFile(file);
  // The id the build gives it when it is in the pages folder; its name alone when it is not.
  const id = pageId(relative(config.pagesDir, resolve(file)).split(sep).join('/'));
  return parsePageFile(bytes, file, config.offices, {
    idPrefix: id,
    structure: (page) => structureConstraints(config, id, page),
  });
}

/** A page's articles, one a line with id, title, office and source lines, then its warnings. */
export function summary(file: string, page: ParsedPage, diagnostics: Diagnostic[]): string {
  const date = page.page.date
    ? `, dated ${page.page.date}${page.page.dateInferred ? ' (inferred, not before)' : ''}`
    : '';
  const out: string[] = [`${file}: ${page.articles.length} articles${date}`];
  for (const a of page.articles) {
    out.push(
      `  ${a.id}  ${a.title}${a.headlineInferred ? ' [title generated]' : ''}${a.office ? `  [${a.office}]` : ''}  lines ${a.sourceLines[0]}-${a.sourceLines[1]}`,
    );
  }
  if (page.unassigned.length) out.push(`  ${page.unassigned.length} lines not placed in any article`);
  for (const d of diagnostics) out.push(formatDiagnostic(d));
  return out.join('\n');
}
