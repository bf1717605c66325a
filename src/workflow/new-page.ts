/**
 * `baoku new`: puts a page's text into content/pages with its front matter filled in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, type Config } from '../ingest/config.js';
import { BuildError, UsageError } from '../errors.js';
import { checkPageText } from '../ingest/content.js';
import { decodeText } from '../ingest/decode.js';
import { readFrontMatter, type PageSource } from '../ingest/front-matter.js';
import type { PageMeta } from '../parse/types.js';
import { writeYaml } from '../ingest/yaml.js';

/** Where the new page went and what it holds. */
export interface NewPage {
  path: string;
  /** Its path within the pages folder. */
  inPages: string;
  body: string;
  meta: PageMeta;
  lineOffset: number;
}

/** The `baoku new` option each front matter key comes from, for messages. */
const OPTION: Record<string, string> = {
  date: '--date',
  issue: '--issue',
  pageNumber: '--page',
  paper: '`paper` in site.yml',
};

/**
 * Writes `bytes` (a page as exported) as a new page file; refuses to overwrite one. Its front matter is
 * written by a YAML writer and read back by the reader the build uses: what it cannot read is refused
 * here, naming the option, and nothing is written.
 */
export function addPage(
  bytes: Uint8Array,
  source: string,
  meta: { date?: string; issue?: number; pageNumber?: number },
  config: Config,
): NewPage {
  const { text } = decodeText(bytes, source);
  checkPageText(text, source);
  const given = readFrontMatter(text, source);
  const merged: PageMeta = { paper: config.paper, ...given.meta, ...meta };
  const fields = { paper: merged.paper, date: merged.date, issue: merged.issue, pageNumber: merged.pageNumber ?? 1 };
  const fm = `---\n${writeYaml(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)))}---`;
  // Note: the OCR text goes in exactly as given, after the new front matter.
  const page = `${fm}\n${given.body}`;
  let read: PageSource;
  try {
    read = readFrontMatter(page, source);
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    const key = /^`(\w+)`/.exec(error.message)?.[1] ?? '';
    const message = `${OPTION[key] ?? 'the front matter'}: ${error.message}`;
    // A bad --date or --issue is the command line's; a bad paper name comes from the file's own front matter.
    throw OPTION[key] && key !== 'paper'
      ? new UsageError(message)
      : new BuildError(message, { file: source, rule: 'usage' });
  }
  const name = `${read.meta.date ?? 'undated'}${read.meta.issue ? `-${read.meta.issue}` : ''}-p${read.meta.pageNumber ?? 1}.txt`;
  const full = join(config.pagesDir, name);
  const path = displayPath(config, full);
  mkdirSync(config.pagesDir, { recursive: true });
  try {
    // 'wx': never overwrites (nor writes through a link of that name).
    writeFileSync(full, page, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new BuildError(`a page file with this date and page already exists; give another --page or --issue`, {
      file: path,
      rule: 'page-exists',
    });
  }
  return { path, inPages: name, body: read.body, meta: read.meta, lineOffset: read.lineOffset };
}
