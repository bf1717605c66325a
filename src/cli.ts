/**
 * The `baoku` command line. The only module that prints and sets exit codes.
 */
import { readFile } from 'node:fs/promises';
import { BuildError, formatDiagnostic } from './errors.js';
import { decodeText } from './ingest/decode.js';
import { readFrontMatter } from './ingest/front-matter.js';
import { parsePage } from './parse/page.js';
import { resolveConfig } from './config.js';

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'parse') return await parseCommand(rest);
    process.stderr.write('usage: baoku parse FILE [--json]\n');
    return 2;
  } catch (error) {
    if (error instanceof BuildError) {
      process.stderr.write(`${formatDiagnostic(error.toDiagnostic())}\n`);
      return 1;
    }
    throw error;
  }
}

async function parseCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--content');
  const file = files[0];
  if (!file) throw new BuildError('no file given: baoku parse FILE [--json]', { file: '-', rule: 'usage' });
  const bytes = await readFile(file);
  const { text } = decodeText(bytes, file);
  const src = readFrontMatter(text, file);
  const contentIdx = args.indexOf('--content');
  const config = resolveConfig(contentIdx >= 0 && args[contentIdx + 1] ? { content: args[contentIdx + 1]! } : {});
  const page = parsePage(file, src.body, { meta: src.meta, lineOffset: src.lineOffset, offices: config.offices });
  process.stdout.write(json ? `${JSON.stringify(page, null, 2)}\n` : `${page.articles.map((a) => a.title).join('\n')}\n`);
  return 0;
}
