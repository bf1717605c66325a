/**
 * Builds the search index from the archive: postings with positions sharded by term hash into small
 * script files (a long list in a file of its own), a manifest, per-document facts, and per-article
 * display data in chunks (see format.ts). Node side: it uses jieba to flag where words start (hits on
 * word boundaries rank higher).
 */
import type { Article } from '../parse/types.js';
import type { Archive, SiteArticle, SitePage } from '../site/model.js';
import { formatDate } from '../site/model.js';
import { cutWords } from '../text/segment.js';
import { code, codeWidth, dataScript, INDEX_VERSION, lengthCode, writeNumber, writeNumbers, type DocInfo, type Facts, type Manifest, type ReporterTable, type Shard, type Suggestions } from './format.js';
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
/** Keywords the search box can suggest (about 10 bytes each). */
const MAX_SUGGESTIONS = 2_000;
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

/**
 * What one article adds to the index: its length, its terms (joined by spaces) and, for each term in the
 * same order, its postings entry without the document number (joined by spaces). Two strings rather than
 * thousands of small ones: cheap to cache, to pass between threads and to hold.
 */
export interface Contribution {
  length: number;
  terms: string;
  bodies: string;
}

/** Seals every list's tail this often (in documents), so no list keeps pieces of old articles' strings alive. */
const FLATTEN_EVERY = 2048;

/**
 * A postings list as it grows: sealed chunks, and a tail of small strings joined into a chunk every so
 * often (joining only the tail: re-joining the whole list each time would copy long lists over and over).
 */
interface PostingsList {
  chunks: string[];
  tail: string[];
  last: number;
}

function seal(list: PostingsList): void {
  if (list.tail.length) list.chunks.push(list.tail.join(''));
  list.tail = [];
}

/**
 * Builds the search index a page at a time, in document order (newest first: `pages`), so a build can feed
 * it each page's contributions as they are made or read from the cache and never hold them all. Only the
 * postings (the index itself) grow with the archive; display data is handed back as its chunks fill.
 */
export class SearchIndexBuilder {
  /** The pages in the order `add` wants them. */
  readonly pages: SitePage[];
  private readonly lists = new Map<string, PostingsList>();
  private readonly offices: string[];
  private readonly reporters: string[];
  private readonly officeIndex: Map<string, number>;
  private readonly reporterIndex: Map<string, number>;
  private readonly officeWidth: number;
  private readonly reporterWidth: number;
  private readonly months: string[] = [];
  private readonly monthStarts: number[] = [];
  private dated = 0;
  private doc = 0;
  private officeCodes = '';
  private lengthCodes = '';
  private readonly reporterCodes: string[] = [];
  private infos: DocInfo[] = [];
  private readonly keywordCounts = new Map<string, number>();
  private chunk = 0;
  private totalLength = 0;

  constructor(archive: Archive) {
    // Newest first, then in archive order: document numbers carry the date order (see format.ts).
    this.pages = archive.pages.map((p, i) => ({ p, i, date: p.date ?? '' })).sort((x, y) => (x.date === y.date ? x.i - y.i : x.date < y.date ? 1 : -1)).map((x) => x.p);
    this.offices = [...new Set(archive.articles.map((a) => a.office).filter((o): o is string => Boolean(o)))].sort();
    this.reporters = [...new Set(archive.articles.flatMap((a) => [...a.reporters, ...a.correspondents]))].sort();
    this.officeIndex = new Map(this.offices.map((o, i) => [o, i]));
    this.reporterIndex = new Map(this.reporters.map((r, i) => [r, i]));
    this.officeWidth = codeWidth(this.offices.length + 1);
    this.reporterWidth = codeWidth(this.reporters.length);
  }

  /** Adds the next page of `pages` with its articles' contributions; returns the display-data files now complete. */
  add(page: SitePage, contributions: readonly Contribution[]): IndexFile[] {
    const files: IndexFile[] = [];
    page.articles.forEach((a, k) => {
      const doc = this.doc++;
      const c = contributions[k]!;
      const terms = c.terms ? c.terms.split(' ') : [];
      const bodies = c.bodies.split(' ');
      terms.forEach((term, t) => {
        let list = this.lists.get(term);
        if (!list) this.lists.set(term, (list = { chunks: [], tail: [], last: 0 }));
        list.tail.push(writeNumber(doc - list.last), bodies[t]!);
        list.last = doc;
        if (list.tail.length >= 128) seal(list);
      });
      if (doc % FLATTEN_EVERY === FLATTEN_EVERY - 1) for (const list of this.lists.values()) seal(list);
      if (page.date) {
        this.dated = doc + 1;
        const month = page.date.slice(0, 7);
        if (this.months.at(-1) !== month) {
          this.months.push(month);
          this.monthStarts.push(doc);
        }
      }
      this.officeCodes += code(a.office ? this.officeIndex.get(a.office)! + 1 : 0, this.officeWidth);
      this.lengthCodes += code(lengthCode(c.length), 1);
      this.totalLength += c.length;
      this.reporterCodes.push([...new Set([...a.reporters, ...a.correspondents])].map((r) => code(this.reporterIndex.get(r)!, this.reporterWidth)).join(''));
      this.infos.push(docInfo(a, searchFields(a), formatDate(page.date, page.dateInferred)));
      for (const k of new Set(a.keywords)) this.keywordCounts.set(k, (this.keywordCounts.get(k) ?? 0) + 1);
      if (this.infos.length === DOCS_PER_CHUNK) files.push(this.flushInfos());
    });
    return files;
  }

  /** The rest of the index: postings, manifest, facts, the last display chunk. */
  finish(): IndexFile[] {
    const files: IndexFile[] = [];
    if (this.infos.length) files.push(this.flushInfos());
    // Long lists get files of their own; the rest are spread over shards of about SHARD_BYTES by term hash.
    const small: [string, string][] = [];
    const long: [string, string][] = [];
    for (const term of [...this.lists.keys()].sort()) {
      const list = this.lists.get(term)!;
      const text = list.chunks.join('') + list.tail.join('');
      (text.length > OWN_FILE_BYTES ? long : small).push([term, text]);
    }
    this.lists.clear();
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
      docCount: this.doc,
      avgLength: Math.round((this.totalLength / Math.max(1, this.doc)) * 100) / 100,
      offices: this.offices,
      reporters: this.reporters,
      months: this.months,
      monthStarts: this.monthStarts,
      dated: this.dated,
    };
    const facts: Facts = { offices: this.officeCodes, officeWidth: this.officeWidth, lengths: this.lengthCodes };
    const reporterTable: ReporterTable = { width: this.reporterWidth, reporters: this.reporterCodes.join(',') };
    // The archive's keywords (jieba, at parse time), most widely used first: what the search box suggests.
    const suggestions: Suggestions = [...this.keywordCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, MAX_SUGGESTIONS)
      .map(([word, n]) => [normalize(word).chars.join(''), n]);
    files.push(
      { path: 'search/manifest.js', content: dataScript('manifest', manifest) },
      { path: 'search/facts.js', content: dataScript('facts', facts) },
      { path: 'search/reporters.js', content: dataScript('reporters', reporterTable) },
      { path: 'search/suggest.js', content: dataScript('suggest', suggestions) },
    );
    shards.forEach((s, n) => files.push({ path: `search/shard-${n}.js`, content: dataScript(`shard-${n}`, s) }));
    return files;
  }

  private flushInfos(): IndexFile {
    const k = this.chunk++;
    const file = { path: `search/doc-${k}.js`, content: dataScript(`doc-${k}`, this.infos) };
    this.infos = [];
    return file;
  }
}

/** Builds every file of the search index in one go (contributions made here: tests and the benchmark). */
export function buildSearchIndex(archive: Archive): IndexFile[] {
  const builder = new SearchIndexBuilder(archive);
  const files = builder.pages.flatMap((page) => builder.add(page, page.articles.map((a) => contribution(searchFields(a)))));
  return [...files, ...builder.finish()];
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
  const terms: string[] = [];
  const bodies: string[] = [];
  for (const [term, list] of pairs) {
    let last = 0;
    const values: number[] = [list.length / 2];
    for (let k = 0; k < list.length; k += 2) {
      values.push((list[k]! - last) * 8 + list[k + 1]!);
      last = list[k]!;
    }
    terms.push(term);
    bodies.push(writeNumbers(values));
  }
  for (const [term, counts] of singles) {
    while (counts.length > 1 && counts.at(-1) === 0) counts.pop();
    terms.push(term);
    bodies.push(writeNumbers([counts.length, ...counts]));
  }
  return { length, terms: terms.join(' '), bodies: bodies.join(' ') };
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
