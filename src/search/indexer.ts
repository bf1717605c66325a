/**
 * Builds the search index from the archive: postings with positions sharded by term hash into small
 * script files (a long list in a file of its own), a manifest, per-document facts, and per-article
 * display data in chunks (see format.ts). Node side: it uses jieba to flag where words start (hits on
 * word boundaries rank higher).
 */
import type { Article } from '../parse/types.js';
import type { Archive, SiteArticle } from '../site/model.js';
import { formatDate } from '../site/model.js';
import { cutWords } from '../text/segment.js';
import { code, codeWidth, dataScript, INDEX_VERSION, lengthCode, writeNumbers, type DocInfo, type Facts, type Manifest, type ReporterTable, type Shard } from './format.js';
import { isWordChar, normalize, shardOf } from './tokenize.js';

/** A file of the index, relative to the site root. */
export interface IndexFile {
  path: string;
  content: string;
}

const SHARD_BYTES = 8_000;
/** A term whose postings are longer than this gets a file of its own. */
const OWN_FILE_BYTES = 2_000;
/** No data file is larger than this (a long list comes in parts). */
const FILE_BYTES = 30_000;
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

/** What one article adds to the index: its length and, per term, its postings entry without the document number. */
export interface Contribution {
  length: number;
  terms: [string, string][];
}

/** Builds every file of the search index; `contributionOf` may supply what the build already has (cached, or made on workers). */
export function buildSearchIndex(archive: Archive, contributionOf: (a: SiteArticle, fields: string[]) => Contribution = (_, fields) => contribution(fields)): IndexFile[] {
  const pageOf = new Map(archive.pages.map((p) => [p.id, p]));
  const dateOf = (a: SiteArticle): string | null => pageOf.get(a.pageId)!.date;
  // Newest first, then in archive order: document numbers carry the date order (see format.ts).
  const ordered = archive.articles.map((a, i) => ({ a, i, date: dateOf(a) ?? '' })).sort((x, y) => (x.date === y.date ? x.i - y.i : x.date < y.date ? 1 : -1)).map((x) => x.a);
  const offices = [...new Set(ordered.map((a) => a.office).filter((o): o is string => Boolean(o)))].sort();
  const reporters = [...new Set(ordered.flatMap((a) => [...a.reporters, ...a.correspondents]))].sort();
  const officeIndex = new Map(offices.map((o, i) => [o, i]));
  const reporterIndex = new Map(reporters.map((r, i) => [r, i]));
  const officeWidth = codeWidth(offices.length + 1);
  const reporterWidth = codeWidth(reporters.length);

  const lists = new Map<string, string[]>();
  const lastDoc = new Map<string, number>();
  const months: string[] = [];
  const monthStarts: number[] = [];
  let dated = 0;
  let officeCodes = '';
  let lengthCodes = '';
  const reporterCodes: string[] = [];
  const infos: DocInfo[] = [];
  let totalLength = 0;

  ordered.forEach((a, doc) => {
    const page = pageOf.get(a.pageId)!;
    const fields = searchFields(a);
    const c = contributionOf(a, fields);
    for (const [term, body] of c.terms) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push(writeNumbers([doc - (lastDoc.get(term) ?? 0)]), body);
      lastDoc.set(term, doc);
    }
    if (page.date) {
      dated = doc + 1;
      const month = page.date.slice(0, 7);
      if (months.at(-1) !== month) {
        months.push(month);
        monthStarts.push(doc);
      }
    }
    officeCodes += code(a.office ? officeIndex.get(a.office)! + 1 : 0, officeWidth);
    lengthCodes += code(lengthCode(c.length), 1);
    totalLength += c.length;
    reporterCodes.push([...new Set([...a.reporters, ...a.correspondents])].map((r) => code(reporterIndex.get(r)!, reporterWidth)).join(''));
    infos.push(docInfo(a, fields, formatDate(page.date, page.dateInferred)));
  });

  // Long lists get a file of their own; the rest are spread over shards of about SHARD_BYTES by term hash.
  const files: IndexFile[] = [];
  const small: [string, string][] = [];
  const long: [string, string][] = [];
  for (const term of [...lists.keys()].sort()) {
    const text = lists.get(term)!.join('');
    (text.length > OWN_FILE_BYTES ? long : small).push([term, text]);
  }
  const total = small.reduce((s, [t, p]) => s + t.length + p.length + 6, 0);
  const shardCount = Math.max(1, Math.ceil(total / SHARD_BYTES));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [term, text] of small) shards[shardOf(term, shardCount)]![term] = text;
  long.forEach(([term, text], n) => {
    // Cut into parts of at most FILE_BYTES (anywhere: the engine joins them again before reading).
    const parts = Math.ceil(text.length / FILE_BYTES);
    shards[shardOf(term, shardCount)]![term] = `@${n}.${parts}`;
    for (let k = 0; k < parts; k++) files.push({ path: `search/t-${n}-${k}.js`, content: dataScript(`t-${n}-${k}`, text.slice(k * FILE_BYTES, (k + 1) * FILE_BYTES)) });
  });

  const manifest: Manifest = {
    version: INDEX_VERSION,
    shards: shardCount,
    docsPerChunk: DOCS_PER_CHUNK,
    docCount: ordered.length,
    avgLength: Math.round((totalLength / Math.max(1, ordered.length)) * 100) / 100,
    offices,
    reporters,
    months,
    monthStarts,
    dated,
  };
  const facts: Facts = { offices: officeCodes, officeWidth, lengths: lengthCodes };
  const reporterTable: ReporterTable = { width: reporterWidth, reporters: reporterCodes.join(',') };
  files.push(
    { path: 'search/manifest.js', content: dataScript('manifest', manifest) },
    { path: 'search/facts.js', content: dataScript('facts', facts) },
    { path: 'search/reporters.js', content: dataScript('reporters', reporterTable) },
  );
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
    const values: number[] = [list.length / 2];
    for (let k = 0; k < list.length; k += 2) {
      values.push((list[k]! - last) * 8 + list[k + 1]!);
      last = list[k]!;
    }
    terms.push([term, writeNumbers(values)]);
  }
  for (const [term, counts] of singles) {
    while (counts.length > 1 && counts.at(-1) === 0) counts.pop();
    terms.push([term, writeNumbers([counts.length, ...counts])]);
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
