/**
 * `baoku new`: puts a page's text into content/pages with its front matter filled in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, type Config } from '../config.js';
import { BuildError } from '../errors.js';
import { checkPageText } from '../ingest/content.js';
import { decodeText } from '../ingest/decode.js';
import { readFrontMatter, type PageMeta } from '../ingest/front-matter.js';

/** Where the new page went and what it holds. */
export interface NewPage {
  path: string;
  body: string;
  meta: PageMeta;
  lineOffset: number;
}

/** Writes `bytes` (a page as exported) as a new page file; refuses to overwrite one. */
export function addPage(bytes: Uint8Array, source: string, meta: { date?: string; issue?: number; pageNumber?: number }, config: Config): NewPage {
  if (meta.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) throw new BuildError(`--date must look like 2023-06-08, not ${meta.date}`, { file: source, rule: 'usage' });
  const { text } = decodeText(bytes, source);
  checkPageText(text, source);
  const given = readFrontMatter(text, source);
  const merged: PageMeta = { paper: config.paper, ...given.meta, ...meta };
  const name = `${merged.date ?? 'undated'}${merged.issue ? `-${merged.issue}` : ''}-p${merged.pageNumber ?? 1}.txt`;
  const full = join(config.pagesDir, name);
  const path = displayPath(config, full);
  if (existsSync(full)) throw new BuildError(`a page file with this date and page already exists; give another --page or --issue`, { file: path, rule: 'page-exists' });
  const fm = ['---', `paper: ${merged.paper}`, merged.date ? `date: ${merged.date}` : null, merged.issue ? `issue: ${merged.issue}` : null, `pageNumber: ${merged.pageNumber ?? 1}`, '---']
    .filter((l): l is string => l !== null)
    .join('\n');
  // Note: the OCR text goes in exactly as given, after the new front matter.
  const body = given.body;
  mkdirSync(config.pagesDir, { recursive: true });
  writeFileSync(full, `${fm}\n${body}`);
  return { path, body, meta: merged, lineOffset: fm.split('\n').length };
}
