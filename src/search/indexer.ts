/**
 * Builds the search index from the archive: postings with positions sharded by term hash into small
 * script files, a manifest, a document table, and per-article display data in chunks. Node side: it
 * uses jieba to flag where words start (hits on word boundaries rank higher).
 */
import type { Article } from '../parse/types.js';
import type { Archive, SiteArticle } from '../site/model.js';
import { formatDate } from '../site/model.js';
import { cutWords } from '../text/segment.js';
import { dataScript, INDEX_VERSION, type DocInfo, type DocTable, type Manifest } from './format.js';
import { isWordChar, normalize, shardOf } from './tokenize.js';

/** A file of the index, relative to the site root. */
export interface IndexFile {
  path: string;
  content: string;
}

const SHARD_BYTES = 8_000;
const DOCS_PER_CHUNK = 4;

/** The searchable text of an article, field by field (title, kicker line, captions, body). */
export function searchFields(a: Pick<Article, 'title' | 'kicker' | 'subhead' | 'office' | 'reporters' | 'correspondents' | 'signature' | 'captions' | 'pullQuotes' | 'paragraphs' | 'correction'>): string[] {
  // A corrected article is also found by its original OCR text (a reader may search the misread name).
  const original = a.correction ? ['', a.correction.original.headline ?? '', ...a.correction.original.paragraphs] : [];
  return [
    a.title,
    [a.kicker, a.subhead, a.office, ...a.reporters, ...a.correspondents, a.signature].filter(Boolean).join(' '),
    [...a.captions.map((c) => c.text), ...a.pullQuotes].join(' '),
    [...a.paragraphs, ...original].join('\n'),
  ];
}

/** What one article adds to the index: its length and, per term, its postings body (doc number left out). */
export interface Contribution {
  length: number;
  terms: [string, string][];
}

/** A store for contributions between builds (the build's cache); the indexer itself does no IO. */
export interface ContributionCache {
  get(key: string): Contribution | null;
  set(key: string, value: Contribution): void;
}

/** Builds every file of the search index. */
export function buildSearchIndex(archive: Archive, cache?: ContributionCache, keyOf?: (fields: string[]) => string): IndexFile[] {
  const parts = new Map<string, string[]>();
  const lastDoc = new Map<string, number>();
  const pageOf = new Map(archive.pages.map((p) => [p.id, p]));
  const offices = [...new Set(archive.articles.map((a) => a.office).filter((o): o is string => Boolean(o)))].sort();
  const reporters = [...new Set(archive.articles.flatMap((a) => [...a.reporters, ...a.correspondents]))].sort();
  const months = [...new Set(archive.articles.map((a) => pageOf.get(a.pageId)!.date?.slice(0, 7)).filter((m): m is string => Boolean(m)))].sort();
  const officeIndex = new Map(offices.map((o, i) => [o, i]));
  const reporterIndex = new Map(reporters.map((r, i) => [r, i]));
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const table: DocTable = { ids: [], dates: [], lengths: [], offices: [], reporters: [], months: [] };
  const infos: DocInfo[] = [];

  archive.articles.forEach((a, doc) => {
    const page = pageOf.get(a.pageId)!;
    const fields = searchFields(a);
    const key = cache && keyOf ? keyOf(fields) : null;
    let c = key ? cache!.get(key) : null;
    if (!c) {
      c = contribution(fields);
      if (key) cache!.set(key, c);
    }
    for (const [term, body] of c.terms) {
      const d = (doc - (lastDoc.get(term) ?? 0)).toString(36);
      lastDoc.set(term, doc);
      let list = parts.get(term);
      if (!list) parts.set(term, (list = []));
      list.push(`${d}:${body}`);
    }
    table.ids.push(a.id);
    table.dates.push(page.date ? Number(page.date.replace(/-/g, '')) : 0);
    table.lengths.push(c.length);
    table.offices.push(a.office ? officeIndex.get(a.office)! : -1);
    table.reporters.push([...new Set([...a.reporters, ...a.correspondents])].map((r) => reporterIndex.get(r)!));
    table.months.push(page.date ? monthIndex.get(page.date.slice(0, 7))! : -1);
    infos.push(docInfo(a, fields, formatDate(page.date, page.dateInferred)));
  });

  const encoded = [...parts.entries()].map(([term, list]) => [term, list.join(';')] as const);
  const total = encoded.reduce((s, [t, p]) => s + t.length + p.length + 6, 0);
  const shardCount = Math.max(1, Math.ceil(total / SHARD_BYTES));
  const shards: Record<string, string>[] = Array.from({ length: shardCount }, () => ({}));
  for (const [term, text] of encoded.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) shards[shardOf(term, shardCount)]![term] = text;

  const manifest: Manifest = {
    version: INDEX_VERSION,
    shards: shardCount,
    docsPerChunk: DOCS_PER_CHUNK,
    docCount: archive.articles.length,
    avgLength: table.lengths.reduce((s, l) => s + l, 0) / Math.max(1, table.lengths.length),
    offices,
    reporters,
    months,
  };
  const files: IndexFile[] = [
    { path: 'search/manifest.js', content: dataScript('manifest', manifest) },
    { path: 'search/docs.js', content: dataScript('docs', table) },
  ];
  shards.forEach((s, n) => files.push({ path: `search/shard-${n}.js`, content: dataScript(`shard-${n}`, s) }));
  for (let k = 0; k * DOCS_PER_CHUNK < infos.length; k++) {
    files.push({ path: `search/doc-${k}.js`, content: dataScript(`doc-${k}`, infos.slice(k * DOCS_PER_CHUNK, (k + 1) * DOCS_PER_CHUNK)) });
  }
  return files;
}

/**
 * Reads one article's fields into postings bodies: character pairs with positions (field and jieba
 * word-start flag in the low bits), single characters as counts per field.
 */
export function contribution(fields: readonly string[]): Contribution {
  let length = 0;
  let offset = 0;
  const pairs = new Map<string, number[]>();
  const singles = new Map<string, number[]>();
  fields.forEach((text, field) => {
    const { chars, source } = normalize(text);
    const starts = wordStarts(text);
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (!isWordChar(ch)) continue;
      length++;
      let counts = singles.get(ch);
      if (!counts) singles.set(ch, (counts = [0, 0, 0, 0]));
      counts[field]!++;
      const next = chars[i + 1];
      if (next !== undefined && isWordChar(next)) {
        const ws = starts.has(source[i]!) && (i === 0 || source[i - 1] !== source[i]) ? 1 : 0;
        const term = ch + next;
        let list = pairs.get(term);
        if (!list) pairs.set(term, (list = []));
        list.push(offset + i, field * 2 + ws);
      }
    }
    offset += chars.length + 1;
  });
  const terms: [string, string][] = [];
  for (const [term, list] of pairs) {
    let last = 0;
    const ps: string[] = [];
    for (let k = 0; k < list.length; k += 2) {
      ps.push(((list[k]! - last) * 8 + list[k + 1]!).toString(36));
      last = list[k]!;
    }
    terms.push([term, ps.join('.')]);
  }
  for (const [term, counts] of singles) {
    while (counts.length > 1 && counts.at(-1) === 0) counts.pop();
    terms.push([term, counts.map((n) => n.toString(36)).join('.')]);
  }
  return { length, terms };
}

/** Indexes (in the original text) where jieba starts a word. */
function wordStarts(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const w of cutWords(text)) {
    out.add(at);
    at += w.length;
  }
  return out;
}

function docInfo(a: SiteArticle, fields: string[], date: string): DocInfo {
  return { id: a.id, url: a.url, title: a.title, inferred: a.headlineInferred, kicker: a.kicker, office: a.office, date, fields };
}
