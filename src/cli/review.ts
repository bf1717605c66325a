/**
 * `baoku review PAGE`: a page's lines with the article and part each went to.
 */
import { parseArgs } from 'node:util';
import { resolveConfig } from '../ingest/config.js';
import { UsageError } from '../errors.js';

/** Runs `baoku review`. */
export async function reviewCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { content: { type: 'string' }, debug: { type: 'boolean' } },
  });
  const ref = positionals[0];
  if (!ref) throw new UsageError('give the page to review: its id or its file (baoku check lists the pages to review)');
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const { findPage, formatReview, reviewPage } = await import('../workflow/review.js');
  process.stdout.write(`${formatReview(reviewPage(config, findPage(config, ref)))}\n`);
  return 0;
}
