/**
 * What the last build knew of each page file, kept in the cache folder: the file's stamp, the page's id
 * and parse-cache key, its front matter. A build that finds a file's stamp unchanged takes the page from
 * here instead of reading, decoding and hashing it (most of a one-page rebuild of a large archive); the
 * text itself is read only if something asks for it (a page to parse again, its 原文 view to render).
 * Its parse is recorded too, without the articles' text, which is read from the parse cache only when
 * something shows it (reading every page's whole parse cost as much again).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../ingest/config.js';
import type { Diagnostic } from '../errors.js';
import { writeAtomic } from '../shared/atomic.js';
import { readPageFile, type PageFile } from '../ingest/content.js';
import type { PageMeta } from '../parse/types.js';
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
 * One of the record's files; `token` names what its keys were made with (code version, gazetteer). A
 * page whose articles' fields are `fields` (all, as a rule) does not name them again.
 */
interface RecordFile {
  token: string;
  fields: string[];
  pages: Record<
    string,
    Omit<PageEntry, 'parse'> & { parse?: (Omit<SlimPage, 'fields'> & { fields?: string[] | undefined }) | undefined }
  >;
}

/**
 * The record is kept in shards by page path, and a build writes only the shards whose pages changed:
 * writing all of it was a large part of adding a page.
 */
const SHARDS = 16;

/**
 * UTF-16 rather than UTF-8: the record is mostly Chinese, and decoding it from UTF-8 was a noticeable part
 * of every rebuild; UTF-16 is read as it is stored. (A cache file: no one else reads it.)
 */
const ENCODING = 'utf16le';

function shardFile(cacheDir: string, shard: number): string {
  return join(cacheDir, 'pages', `${shard.toString(16).padStart(2, '0')}.utf16.json`);
}

function shardOf(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return h % SHARDS;
}

/** The last build's record: its pages, if made with the same token, and which of its shards were read. */
export interface PageRecord {
  pages: Map<string, PageEntry>;
  /** The shards read whole (any other is written again). */
  read: Set<number>;
}

/**
 * The last build's record, if it was made with `token` (else none: every page is read). Kept in the cache
 * folder, so checked as the cache's entries are: a damaged shard, or an entry of another shape, is not
 * used, and `discard` hears of it (a shard of another version or gazetteer is simply not used).
 */
export function readPageRecord(
  cacheDir: string,
  token: string,
  discard: (file: string, message: string) => void = () => undefined,
): PageRecord {
  const record: PageRecord = { pages: new Map(), read: new Set() };
  for (let shard = 0; shard < SHARDS; shard++) {
    const name = shardFile(cacheDir, shard);
    let text: string;
    try {
      text = readFileSync(name, ENCODING);
    } catch {
      // None yet: its pages are read.
      continue;
    }
    let file: RecordFile;
    try {
      file = JSON.parse(text) as RecordFile;
    } catch (error) {
      discard(name, `discarded a shard of the page record (${(error as Error).message})`);
      continue;
    }
    if (file?.token !== token) continue;
    if (!Array.isArray(file.fields) || !file.pages || typeof file.pages !== 'object') {
      discard(name, 'discarded a shard of the page record (not of the shape this baoku writes)');
      continue;
    }
    let bad = 0;
    for (const [path, entry] of Object.entries(file.pages)) {
      if (entry?.parse && !entry.parse.fields) entry.parse.fields = file.fields;
      if (isEntry(entry) && shardOf(path) === shard) record.pages.set(path, entry);
      else bad++;
    }
    if (bad)
      discard(
        name,
        `discarded ${bad} entr${bad === 1 ? 'y' : 'ies'} of the page record (not of the shape this baoku writes)`,
      );
    else record.read.add(shard);
  }
  return record;
}

function isEntry(e: unknown): e is PageEntry {
  const x = e as Partial<PageEntry> | null;
  return (
    !!x &&
    typeof x.stamp === 'string' &&
    typeof x.id === 'string' &&
    typeof x.key === 'string' &&
    typeof x.meta === 'object' &&
    x.meta !== null &&
    Number.isInteger(x.lineOffset) &&
    Array.isArray(x.diagnostics) &&
    (x.parse === undefined || isSlimPage(x.parse))
  );
}

/**
 * Records the pages of a build that published. A shard is written again only if one of its pages is
 * not the very entry `before` holds (the build hands back a page taken unchanged as read), or is gone, or
 * its shard was not read whole.
 */
export function writePageRecord(
  cacheDir: string,
  token: string,
  pages: Iterable<[string, PageEntry]>,
  before: PageRecord,
): void {
  const shards = Array.from({ length: SHARDS }, () => [] as [string, PageEntry][]);
  const dirty = new Set<number>();
  for (let shard = 0; shard < SHARDS; shard++) if (!before.read.has(shard)) dirty.add(shard);
  const now = new Set<string>();
  for (const [path, entry] of pages) {
    const shard = shardOf(path);
    shards[shard]!.push([path, entry]);
    now.add(path);
    if (before.pages.get(path) !== entry) dirty.add(shard);
  }
  for (const path of before.pages.keys()) if (!now.has(path)) dirty.add(shardOf(path));
  // The record of an earlier baoku, in one file.
  if (dirty.size === SHARDS) rmSync(join(cacheDir, 'pages.json'), { force: true });
  for (const shard of dirty) {
    const entries = shards[shard]!;
    const fields = entries.find(([, e]) => e.parse?.articles.length)?.[1].parse!.fields ?? [];
    const same = (f: string[] | undefined): boolean =>
      !!f && (f === fields || (f.length === fields.length && f.every((k, i) => k === fields[i])));
    const file: RecordFile = {
      token,
      fields,
      pages: Object.fromEntries(
        entries.map(([path, e]) => [
          path,
          e.parse && same(e.parse.fields) ? { ...e, parse: { ...e.parse, fields: undefined } } : e,
        ]),
      ),
    };
    writeAtomic(shardFile(cacheDir, shard), Buffer.from(JSON.stringify(file), ENCODING));
  }
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
