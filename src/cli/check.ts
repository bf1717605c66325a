/**
 * `baoku check`: every problem of the content as `file:line:col message [rule]`, and the pages to review.
 */
import { parseArgs } from 'node:util';
import { resolveConfig } from '../ingest/config.js';
import { BuildError, formatDiagnostic, type Diagnostic } from '../errors.js';
import { withCache } from './with-cache.js';

/** Runs `baoku check`. */
export async function checkCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { content: { type: 'string' }, strict: { type: 'boolean' }, debug: { type: 'boolean' } },
  });
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const [{ build }, { memorySink }] = await Promise.all([import('../build.js'), import('../write/sink.js')]);
  let diagnostics: Diagnostic[];
  let review = '';
  try {
    const report = await withCache(config, (c) => build(c, memorySink(), { keepGoing: true, zip: false }));
    diagnostics = report.diagnostics;
    const { formatPagesToReview, pagesToReview } = await import('../workflow/review-list.js');
    review = formatPagesToReview(pagesToReview(report.archive.pages));
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    diagnostics = [error.toDiagnostic()];
  }
  diagnostics.push(...(await import('../ingest/stray-pages.js')).strayPageFiles(config));
  for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (review) process.stdout.write(`${review}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  process.stdout.write(`${errors} error(s), ${warnings} warning(s)\n`);
  return errors || (values.strict && warnings) ? 1 : 0;
}
