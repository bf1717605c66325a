/**
 * `baoku correct ARTICLE-ID`: writes the article's correction file, prefilled, for an editor to fix.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath, resolveConfig } from '../ingest/config.js';
import { BuildError, UsageError } from '../errors.js';
import { withCache } from './with-cache.js';

/** Runs `baoku correct`. */
export async function correctCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { content: { type: 'string' }, debug: { type: 'boolean' } },
  });
  const id = positionals[0];
  if (!id) throw new UsageError('give the id of the article to correct (baoku parse shows the ids)');
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const [{ build }, { memorySink }, { correctionTemplate }, { readCorrection }] = await Promise.all([
    import('../build.js'),
    import('../write/sink.js'),
    import('../workflow/correction-template.js'),
    import('../ingest/corrections.js'),
  ]);
  const report = await withCache(config, (c) => build(c, memorySink(), { keepGoing: true, zip: false }));
  const article = report.archive.articles.find((a) => a.id === id);
  if (!article)
    throw unknownId(
      id,
      report.archive.articles.map((a) => a.id),
    );
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

/** The refusal of an id no article has, offering the ids it is the end of (xyz-3 for 2023-xyz-3, a page in a subfolder). */
function unknownId(id: string, ids: readonly string[]): BuildError {
  // Only an id with a page part (xyz-3), not a bare article number, is looked for at the end of others.
  const near = id.includes('-') ? ids.filter((known) => known.endsWith(`-${id}`)).slice(0, 3) : [];
  const hint = near.length
    ? `; did you mean ${near.join(' or ')}? (a page in a subfolder of pages/ has the folder in its id)`
    : ' (`baoku parse FILE` shows the ids of a page)';
  return new BuildError(`no article has the id ${id}${hint}`, { file: '-', rule: 'unknown-id' });
}
