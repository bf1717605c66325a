/**
 * What the last build knew of each page file, kept in the cache folder: the file's stamp, the page's id
 * and parse-cache key, its front matter. A build that finds a file's stamp unchanged takes the page from
 * here instead of reading, decoding and hashing it (at 5,000 pages, 1.4 s of a one-page rebuild); the
 * text itself is read only if something asks for it (a page to parse again, its 原文 view to render).
 * Its parse is recorded too, without the articles' text, which is read from the parse cache only when
 * something shows it (at 5,000 pages, reading every page's whole parse took another second).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Diagnostic } from '../errors.js';
import { writeAtomic } from '../write/atomic.js';
import { readPageFile, type PageFile } from './content.js';
import type { PageMeta } from './front-matter.js';
import { isSlimPage, type SlimPage } from '../parse/slim.js';

/** One page as recorded. */
export interface PageEntry {
  stamp: string;
  id: string;
  key: string;
  meta: PageMeta;
  lineOffset: number;
  diagnostics: Diagnostic[];
  /** The page's parse without its articles' text (see parse/slim.ts); none if it cannot be slimmed. */
  parse?: SlimPage | undefined;
}

/**
 * The record's file; `token` names what its keys were made with (code version, gazetteer). A page whose
 * articles' fields are `fields` (all, as a rule) does not name them again.
 */
interface RecordFile {
  token: string;
  fields: string[];
  pages: Record<string, Omit<PageEntry, 'parse'> & { parse?: (Omit<SlimPage, 'fields'> & { fields?: string[] | undefined }) | undefined }>;
}

/**
 * UTF-16 rather than UTF-8: the record is mostly Chinese, and decoding 13 MB of UTF-8 took 100-250 ms of
 * every rebuild; UTF-16 is read as it is stored. (A cache file: no one else reads it.)
 */
const FILE = 'pages.utf16.json';
const ENCODING = 'utf16le';

/** The last build's record, if it was made with `token` (else none: every page is read). */
export function readPageRecord(cacheDir: string, token: string): Map<string, PageEntry> {
  const out = new Map<string, PageEntry>();
  try {
    const file = JSON.parse(readFileSync(join(cacheDir, FILE), ENCODING)) as RecordFile;
    // Kept in the cache folder, so checked as the cache's entries are: an entry of another shape is not used.
    if (file.token !== token || !Array.isArray(file.fields) || !file.pages || typeof file.pages !== 'object') return out;
    for (const [path, entry] of Object.entries(file.pages)) {
      if (entry?.parse && !entry.parse.fields) entry.parse.fields = file.fields;
      if (isEntry(entry)) out.set(path, entry);
    }
  } catch {
    // None yet, or damaged: the pages are read.
  }
  return out;
}

function isEntry(e: unknown): e is PageEntry {
  const x = e as Partial<PageEntry> | null;
  return !!x && typeof x.stamp === 'string' && typeof x.id === 'string' && typeof x.key === 'string' && typeof x.meta === 'object' && x.meta !== null && Number.isInteger(x.lineOffset) && Array.isArray(x.diagnostics) && (x.parse === undefined || isSlimPage(x.parse));
}

/** Records the pages of a build that published. */
export function writePageRecord(cacheDir: string, token: string, pages: Iterable<[string, PageEntry]>): void {
  const entries = [...pages];
  const fields = entries.find(([, e]) => e.parse?.articles.length)?.[1].parse!.fields ?? [];
  const same = (f: string[] | undefined): boolean => !!f && (f === fields || (f.length === fields.length && f.every((k, i) => k === fields[i])));
  const file: RecordFile = {
    token,
    fields,
    pages: Object.fromEntries(entries.map(([path, e]) => [path, e.parse && same(e.parse.fields) ? { ...e, parse: { ...e.parse, fields: undefined } } : e])),
  };
  writeAtomic(join(cacheDir, FILE), Buffer.from(JSON.stringify(file), ENCODING));
}

/** The page of a recorded file, its text read when first asked for (a BuildError if it cannot be). */
export function recordedPage(file: string, path: string, entry: PageEntry, config: Config): PageFile {
  let body: string | undefined;
  return {
    path,
    meta: entry.meta,
    lineOffset: entry.lineOffset,
    diagnostics: entry.diagnostics,
    get body() {
      return (body ??= readPageFile(file, config).body);
    },
  };
}
