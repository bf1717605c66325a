/**
 * Builds the search index from the archive: postings with positions sharded by term hash into small
 * script files, a manifest, a document table, and per-article display data in chunks. Node side: it
 * uses jieba to flag where words start (hits on word boundaries rank higher).
 */
import type { Article } from '../parse/types.js';
import type { Archive, SiteArticle } from '../site/model.js';
import { formatDate } from '../site/model.js';
import { cutWords } from '../text/segment.js';
import { dataScript, encodeCounts, encodePostings, INDEX_VERSION, type DocInfo, type DocTable, type Hit, type Manifest } from './format.js';
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

/** Builds every file of the search index. */
export function buildSearchIndex(archive: Archive): IndexFile[] {
  const postings = new Map<string, [number, Hit[]][]>();
  const pageOf = new Map(archive.pages.map((p) => [p.id, p]));
  const offices = [...new Set(archive.articles.map((a) => a.office).filter((o): o is string => Boolean(o)))].sort();
  const reporters = [...new Set(archive.articles.flatMap((a) => [...a.reporters, ...a.correspondents]))].sort();
  const months = [...new Set(archive.articles.map((a) => pageOf.get(a.pageId)!.date?.slice(0, 7)).filter((m): m is string => Boolean(m)))].sort();
  const table: DocTable = { ids: [], dates: [], lengths: [], offices: [], reporters: [], months: [] };
  const infos: DocInfo[] = [];

  archive.articles.forEach((a, doc) => {
    const page = pageOf.get(a.pageId)!;
    const fields = searchFields(a);
    let length = 0;
    let offset = 0;
    const byTerm = new Map<string, Hit[]>();
    fields.forEach((text, field) => {
      const { chars, source } = normalize(text);
      const starts = wordStarts(text);
      for (let i = 0; i < chars.length; i++) {
        if (!isWordChar(chars[i]!)) continue;
        length++;
        const hit: Hit = { pos: offset + i, field, wordStart: starts.has(source[i]!) && (i === 0 || source[i - 1] !== source[i]) };
        add(byTerm, chars[i]!, hit);
        if (i + 1 < chars.length && isWordChar(chars[i + 1]!)) add(byTerm, chars[i]! + chars[i + 1]!, hit);
      }
      offset += chars.length + 1;
    });
    for (const [term, hits] of byTerm) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([doc, hits]);
    }
    table.ids.push(a.id);
    table.dates.push(page.date ? Number(page.date.replace(/-/g, '')) : 0);
    table.lengths.push(length);
    table.offices.push(a.office ? offices.indexOf(a.office) : -1);
    table.reporters.push([...new Set([...a.reporters, ...a.correspondents])].map((r) => reporters.indexOf(r)));
    table.months.push(page.date ? months.indexOf(page.date.slice(0, 7)) : -1);
    infos.push(docInfo(a, fields, formatDate(page.date, page.dateInferred)));
  });

  const encoded = [...postings.entries()].map(([term, list]) => [term, [...term].length === 1 ? encodeCounts(list) : encodePostings(list)] as const);
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

function add(map: Map<string, Hit[]>, term: string, hit: Hit): void {
  const list = map.get(term);
  if (list) list.push(hit);
  else map.set(term, [hit]);
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
