/**
 * `baoku new FILE|-`: adds a page to content/pages with its front matter, and shows how it parses.
 */
import { parseArgs } from 'node:util';
import { resolveConfig } from '../ingest/config.js';
import { UsageError } from '../errors.js';
import { readNamedFile } from './named-file.js';
import { summary } from './parse.js';
import { warningDiagnostics } from '../ingest/page-file.js';

/** Runs `baoku new`. */
export async function newCommand(args: string[]): Promise<number> {
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
  const meta: { date?: string; issue?: number; pageNumber?: number } = {};
  if (values.date) meta.date = values.date;
  const issue = wholeOption(values.issue, 'issue');
  if (issue) meta.issue = issue;
  const pageNumber = wholeOption(values.page, 'page');
  if (pageNumber) meta.pageNumber = pageNumber;
  // The command line is checked before the file is read (or standard input waited for).
  const config = resolveConfig(values.content ? { content: values.content } : {});
  const bytes = source === '--' || source === '-' ? await readStdin() : await readNamedFile(source);
  const [{ addPage }, { parsePage }, { expectText }, { pageId }] = await Promise.all([
    import('../workflow/new-page.js'),
    import('../parse/page.js'),
    import('../text-node/words.js'),
    import('../ingest/page-ids.js'),
  ]);
  const added = addPage(bytes, source, meta, config);
  expectText(added.body);
  const page = parsePage(added.path, added.body, {
    meta: added.meta,
    lineOffset: added.lineOffset,
    offices: config.offices,
    idPrefix: pageId(added.inPages),
  });
  const warnings = warningDiagnostics(added.path, page.warnings);
  process.stdout.write(
    `added ${added.path}\n${summary(added.path, page, warnings)}\nrun \`npm run build\` to publish it.\n`,
  );
  return 0;
}

/** An option's whole number from 1, or undefined when it is not given. */
function wholeOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} must be a whole number from 1, not ${v}`);
  return Number(v);
}

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}
