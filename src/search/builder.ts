/**
 * SearchIndexBuilder: the index's files from the articles' contributions (see indexer.ts), a page at a
 * time in document order, so a build never holds every contribution at once. It can also add pages to
 * the index the last build published: documents are numbered oldest first (see format.ts), so a new
 * issue's articles only lengthen lists at their ends, and only the files those lists live in change.
 */
import { hash } from 'node:crypto';
import type { EntryPlace } from '../shared/cache-entry.js';
import type { Archive, SiteArticle, SitePage } from '../site/model.js';
import { formatDate } from '../site/model.js';
import {
  code,
  codeWidth,
  cutPostings,
  dataScript,
  INDEX_VERSION,
  lengthCode,
  longListFile,
  readDataScript,
  writeNumber,
  type DocInfo,
  type Facts,
  type Manifest,
  type ReporterTable,
  type Shard,
  type Suggestions,
} from './format.js';
import { contribution, docInfo, searchFields, termsOf, type Contribution, type IndexFile } from './indexer.js';
import { PostingsStore, type Postings, type PostingsView } from './postings.js';
import { normalize, shardOf } from './tokenize.js';

/** Shards hold about this much (the count is a power of two, so it changes only when the lists double). */
const SHARD_BYTES = 8_000;
/** A term whose postings are longer than this gets a file of its own. */
const OWN_FILE_BYTES = 2_000;
/** No data file is larger than this (a long list comes in parts). */
const FILE_BYTES = 30_000;
/** Keywords the search box can suggest (about 10 bytes each). */
const MAX_SUGGESTIONS = 2_000;
const DOCS_PER_CHUNK = 4;
/** Pages at the end of the published index that may be taken out and added again (beyond: make it whole). */
const MAX_TAKEN_OUT = 32;

/** What `finish` makes: the files, the state to remember, and the published files that must go. */
export interface Finished {
  files: IndexFile[];
  state: IndexState;
  gone: string[];
}

/** What a build remembers of the index it published, so that the next build can add pages to it. */
export interface IndexState {
  version: number;
  shards: number;
  /** A digest per page, in document order: the published index holds exactly these pages. */
  pages: string[];
  docs: number;
  /** Bytes of the lists kept in shards (they decide the shard count). */
  small: number;
  /** Terms with files of their own: [parts, last document]. */
  long: Record<string, [number, number]>;
  /** Length codes of the documents (as in facts.js), and each page's total length. */
  lengths: string;
  sizes: number[];
}

/** Reads a file of the published site (path relative to its root), or null. */
export type PublishedReader = (path: string) => string | null;

/** Builds the search index a page at a time, in document order (oldest first: `pages`). */
export class SearchIndexBuilder {
  /** The pages in the order `add` wants them. */
  readonly pages: SitePage[];
  private digests: string[] = [];
  private base: IndexState | null = null;
  private read: PublishedReader = () => null;
  private doc = 0;
  private lengthCodes = '';
  private sizes: number[] = [];
  private infos: DocInfo[] = [];
  private chunk = 0;
  /** Articles per page added, in order (their lengths are read at the finish). */
  private added: number[] = [];
  /** When pages at the end of the published index changed: their first document, and their terms. */
  private cut: { doc: number; terms: Set<string> } | null = null;

  /** `lists` is where the postings grow (a thread of their own in a build: see postings-thread.ts). */
  constructor(
    private readonly archive: Archive,
    private readonly lists: Postings = new PostingsStore(),
  ) {
    // Undated pages first, then by date, then in archive order: see format.ts.
    this.pages = archive.pages
      .map((p, i) => ({ p, i, date: p.date ?? '' }))
      .sort((x, y) => (x.date === y.date ? x.i - y.i : x.date < y.date ? -1 : 1))
      .map((x) => x.p);
  }

  /**
   * Takes up the published index when it holds the first pages of `pages` as they are now (by `keys`, one
   * per page naming its articles' searchable text), but for at most a few pages at its end, which are
   * taken out again (an edited or corrected latest issue): returns the number of pages kept, from which
   * `add` wants the rest; 0 when the index must be made whole.
   */
  resume(keys: readonly string[], published: IndexState | null, read: PublishedReader): number {
    this.digests = this.pages.map((page, i) => pageDigest(page, keys[i]!));
    const base = published;
    // What the sink kept is data from disk: anything not of this shape means "make it whole".
    if (
      !base ||
      base.version !== INDEX_VERSION ||
      !Array.isArray(base.pages) ||
      !Array.isArray(base.sizes) ||
      typeof base.lengths !== 'string' ||
      typeof base.long !== 'object' ||
      base.long === null
    )
      return 0;
    let kept = 0;
    while (kept < base.pages.length && kept < this.pages.length && base.pages[kept] === this.digests[kept]) kept++;
    if (kept === 0 || base.pages.length - kept > MAX_TAKEN_OUT) return 0;
    this.base = base;
    this.read = read;
    this.sizes = base.sizes.slice(0, kept);
    this.doc = this.pages.slice(0, kept).reduce((n, p) => n + p.articles.length, 0);
    this.lengthCodes = base.lengths.slice(0, this.doc);
    this.chunk = Math.floor(this.doc / DOCS_PER_CHUNK);
    try {
      if (kept < base.pages.length) {
        // The terms of the documents taken out, from their stored fields: their lists are cut back.
        const terms = new Set<string>();
        for (let k = this.chunk; k * DOCS_PER_CHUNK < base.docs; k++) {
          this.published<DocInfo[]>(`search/doc-${k}.js`).forEach((info, i) => {
            if (k * DOCS_PER_CHUNK + i >= this.doc) for (const t of termsOf(info.fields)) terms.add(t);
          });
        }
        this.cut = { doc: this.doc, terms };
      }
      if (this.doc % DOCS_PER_CHUNK)
        this.infos = this.published<DocInfo[]>(`search/doc-${this.chunk}.js`).slice(0, this.doc % DOCS_PER_CHUNK);
    } catch {
      // A display chunk that has gone or is not of its shape (data from disk): make the index whole.
      return this.restart();
    }
    return kept;
  }

  /** A data file of the published index; one that has gone or does not read throws GONE (make the index whole). */
  private published<T>(path: string): T {
    const text = this.read(path);
    if (text === null) throw GONE;
    try {
      return readDataScript(text, path.replace(/^search\//, '').replace(/\.js$/, '')) as T;
    } catch {
      throw GONE;
    }
  }

  private restart(): number {
    this.base = null;
    this.cut = null;
    this.doc = 0;
    this.lengthCodes = '';
    this.sizes = [];
    this.chunk = 0;
    this.infos = [];
    return 0;
  }

  /** The documents so far: the next page's first document. */
  get documents(): number {
    return this.doc;
  }

  /** Whether `finish` adds to the published index (whose other files the build must then carry over). */
  get adding(): boolean {
    return this.base !== null;
  }

  /** Adds the next page of `pages` with its articles' contributions; returns the display-data files now complete. */
  add(page: SitePage, contributions: readonly Contribution[]): IndexFile[] {
    contributions.forEach((c, k) => this.lists.addArticle(this.doc + k, c.terms, c.bodies, c.length));
    return this.placed(page);
  }

  /** `add`, with the contributions in the cache entry `entry` (the lists read it: see Postings.addEntry). */
  addEntry(page: SitePage, entry: EntryPlace): IndexFile[] {
    this.lists.addEntry(this.doc, page.articles.length, entry);
    return this.placed(page);
  }

  /** Numbers the articles of a page just added; returns the display-data files now complete. */
  private placed(page: SitePage): IndexFile[] {
    const files: IndexFile[] = [];
    this.added.push(page.articles.length);
    for (const a of page.articles) {
      this.doc++;
      this.infos.push(docInfo(a, searchFields(a), formatDate(page.date, page.dateInferred)));
      if (this.infos.length === DOCS_PER_CHUNK) files.push(this.flushInfos());
    }
    return files;
  }

  /**
   * The rest of the index: postings, manifest, facts, the last display chunk, the state to remember, and
   * the published files that must go. Null when pages were being added and the lists have outgrown the
   * shard count (or a file it needs has gone): make the index whole.
   */
  async finish(): Promise<Finished | null> {
    let lists: PostingsView;
    try {
      lists = await this.lists.view();
    } catch (error) {
      this.lists.close();
      throw error;
    }
    return this.finishWith(lists);
  }

  /** `finish` with the lists at hand (they are when they grow here: see buildSearchIndex). */
  finishWith(lists: PostingsView): Finished | null {
    try {
      return this.finishing(lists);
    } catch (error) {
      if (error === GONE) return null;
      throw error;
    } finally {
      this.lists.close();
    }
  }

  private finishing(lists: PostingsView): Finished | null {
    // The lengths of the documents added, known where the lists grew.
    let doc = this.doc - this.added.reduce((n, k) => n + k, 0);
    for (const count of this.added) {
      let size = 0;
      for (let k = 0; k < count; k++, doc++) {
        size += lists.length(doc);
        this.lengthCodes += code(lengthCode(lists.length(doc)), 1);
      }
      this.sizes.push(size);
    }
    this.added = [];
    const base = this.base;
    const cut = this.cut;
    const shards = new Map<number, Shard>();
    const publishedShard = (n: number): Shard => {
      let s = shards.get(n);
      if (!s) shards.set(n, (s = this.published<Shard>(`search/shard-${n}.js`)));
      return s;
    };
    const long: Record<string, [number, number]> = { ...base?.long };
    const gone = new Set<string>();
    const partFiles = (term: string, from: number, to: number): string[] =>
      Array.from({ length: Math.max(0, to - from) }, (_, k) => `search/${longListFile(term, from + k)}.js`);
    // Every term with new entries or cut back: its list as it now stands (from part `from` on for a long
    // list), and whether it lives in a shard.
    const grown: { term: string; text: string; from: number; parts: number; small: boolean }[] = [];
    let small = base?.small ?? 0;
    const size = (term: string, text: string): number => term.length + text.length + 6;
    for (const term of [...new Set([...lists.terms(), ...(cut?.terms ?? [])])].sort()) {
      const list = lists.has(term);
      let before = '';
      let last = 0;
      let from = 0;
      const wasLong = base ? long[term] : undefined;
      const cutting = cut?.terms.has(term) ?? false;
      if (wasLong && !cutting) {
        // Only the last part of a long list changes (and parts are added after it).
        from = wasLong[0] - 1;
        before = this.published<string>(`search/${longListFile(term, from)}.js`);
        last = wasLong[1];
      } else if (wasLong) {
        ({ text: before, last } = cutPostings(
          partFiles(term, 0, wasLong[0])
            .map((f) => this.published<string>(f))
            .join(''),
          cut!.doc,
        ));
      } else if (base) {
        const was = publishedShard(shardOf(term, base.shards))[term] ?? '';
        if (was) small -= size(term, was);
        ({ text: before, last } = cutPostings(was, cutting ? cut!.doc : Infinity));
      }
      const text = list ? before + writeNumber(lists.first(term) - last) + lists.text(term) : before;
      // A long list that was only added to is still long; any other is as long as its whole text.
      const isSmall = !(wasLong && !cutting) && text.length <= OWN_FILE_BYTES;
      const parts = isSmall ? 0 : from + Math.ceil(text.length / FILE_BYTES);
      if (wasLong) for (const f of partFiles(term, parts, wasLong[0])) gone.add(f);
      delete long[term];
      if (!text) {
        grown.push({ term, text, from, parts: 0, small: true });
        continue;
      }
      if (isSmall) small += size(term, text);
      else long[term] = [parts, list ? lists.last(term) : last];
      grown.push({ term, text, from, parts, small: isSmall });
    }
    const shardCount = shardsFor(small);
    if (base && shardCount !== base.shards) return null;

    const files: IndexFile[] = [];
    if (this.infos.length) files.push(this.flushInfos());
    if (base) for (let k = this.chunk; k * DOCS_PER_CHUNK < base.docs; k++) gone.add(`search/doc-${k}.js`);
    // The shards that change: all of them for a whole index, else those of the terms above.
    const changed = new Map<number, Shard>();
    if (!base) for (let n = 0; n < shardCount; n++) changed.set(n, {});
    for (const g of grown) {
      const n = shardOf(g.term, shardCount);
      const shard = changed.get(n) ?? publishedShard(n);
      const value = !g.text ? undefined : g.small ? g.text : `@${g.parts}`;
      if (shard[g.term] !== value) {
        if (value === undefined) delete shard[g.term];
        else shard[g.term] = value;
        changed.set(n, shard);
      }
      if (!g.small)
        for (let k = g.from; k < g.parts; k++)
          files.push({
            path: `search/${longListFile(g.term, k)}.js`,
            content: dataScript(
              longListFile(g.term, k),
              g.text.slice((k - g.from) * FILE_BYTES, (k - g.from + 1) * FILE_BYTES),
            ),
          });
    }
    for (const [n, shard] of changed) {
      // Terms in sorted order, whichever way the shard was made.
      const sorted = Object.fromEntries(
        Object.keys(shard)
          .sort()
          .map((t) => [t, shard[t]!]),
      );
      files.push({ path: `search/shard-${n}.js`, content: dataScript(`shard-${n}`, sorted) });
    }
    files.push(...this.tables(shardCount));
    for (const f of files) gone.delete(f.path);
    const state: IndexState = {
      version: INDEX_VERSION,
      shards: shardCount,
      pages: this.digests,
      docs: this.doc,
      small,
      long,
      lengths: this.lengthCodes,
      sizes: this.sizes,
    };
    return { files, state, gone: [...gone].sort() };
  }

  /** Manifest, facts, reporters and suggestions: small, made from the whole archive every time. */
  private tables(shardCount: number): IndexFile[] {
    const offices = [
      ...new Set(this.archive.articles.map((a) => a.office).filter((o): o is string => Boolean(o))),
    ].sort();
    const reporters = [...new Set(this.archive.articles.flatMap((a) => [...a.reporters, ...a.correspondents]))].sort();
    const officeIndex = new Map(offices.map((o, i) => [o, i]));
    const reporterIndex = new Map(reporters.map((r, i) => [r, i]));
    const officeWidth = codeWidth(offices.length + 1);
    const reporterWidth = codeWidth(reporters.length);
    const months: string[] = [];
    const monthStarts: number[] = [];
    const keywordCounts = new Map<string, number>();
    let officeCodes = '';
    const reporterCodes: string[] = [];
    let doc = 0;
    let undated = 0;
    for (const page of this.pages) {
      for (const a of page.articles) {
        if (!page.date) undated = doc + 1;
        else if (months.at(-1) !== page.date.slice(0, 7)) {
          months.push(page.date.slice(0, 7));
          monthStarts.push(doc);
        }
        officeCodes += code(a.office ? officeIndex.get(a.office)! + 1 : 0, officeWidth);
        reporterCodes.push(
          [...new Set([...a.reporters, ...a.correspondents])]
            .map((r) => code(reporterIndex.get(r)!, reporterWidth))
            .join(''),
        );
        for (const k of new Set(a.keywords)) keywordCounts.set(k, (keywordCounts.get(k) ?? 0) + 1);
        doc++;
      }
    }
    const manifest: Manifest = {
      version: INDEX_VERSION,
      shards: shardCount,
      docsPerChunk: DOCS_PER_CHUNK,
      docCount: this.doc,
      avgLength: Math.round((this.sizes.reduce((a, b) => a + b, 0) / Math.max(1, this.doc)) * 100) / 100,
      offices,
      reporters,
      months: months.reverse(),
      monthStarts: monthStarts.reverse(),
      undated,
    };
    const facts: Facts = { offices: officeCodes, officeWidth, lengths: this.lengthCodes };
    const reporterTable: ReporterTable = { width: reporterWidth, reporters: reporterCodes.join(',') };
    // The archive's keywords (jieba, at parse time), most widely used first: what the search box suggests.
    const suggestions: Suggestions = [...keywordCounts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, MAX_SUGGESTIONS)
      .map(([word, n]) => [normalize(word).chars.join(''), n]);
    return [
      { path: 'search/manifest.js', content: dataScript('manifest', manifest) },
      { path: 'search/facts.js', content: dataScript('facts', facts) },
      { path: 'search/reporters.js', content: dataScript('reporters', reporterTable) },
      { path: 'search/suggest.js', content: dataScript('suggest', suggestions) },
    ];
  }

  private flushInfos(): IndexFile {
    const k = this.chunk++;
    const file = { path: `search/doc-${k}.js`, content: dataScript(`doc-${k}`, this.infos) };
    this.infos = [];
    return file;
  }
}

const GONE = Symbol('a published index file has gone');

/** Shards for lists of `bytes` in all: a power of two near bytes / SHARD_BYTES. */
function shardsFor(bytes: number): number {
  let n = 1;
  while (n * SHARD_BYTES < bytes) n *= 2;
  return n;
}

/**
 * Digests made, by a page's first article: a process that builds again (baoku dev) gets the same article
 * objects back for an unchanged page (see site/model.ts), and articles are never changed once made.
 */
const digested = new WeakMap<
  SiteArticle,
  { key: string; date: string | null; inferred: boolean; articles: readonly SiteArticle[]; digest: string }
>();

/** What the index holds of a page: its articles' searchable text (by `key`) and what results show. */
function pageDigest(page: SitePage, key: string): string {
  const first = page.articles[0];
  const known = first && digested.get(first);
  if (
    known &&
    known.key === key &&
    known.date === page.date &&
    known.inferred === page.dateInferred &&
    known.articles.length === page.articles.length &&
    known.articles.every((a, i) => a === page.articles[i])
  )
    return known.digest;
  const shown = page.articles.map((a) => [a.id, a.url, a.title, a.headlineInferred, a.kicker, a.office]);
  const digest = hash('sha1', key + JSON.stringify([shown, page.date, page.dateInferred]), 'base64url');
  if (first)
    digested.set(first, { key, date: page.date, inferred: page.dateInferred, articles: page.articles, digest });
  return digest;
}

/** Builds every file of the search index in one go (contributions made here: tests and the benchmark). */
export function buildSearchIndex(archive: Archive): IndexFile[] {
  const store = new PostingsStore();
  const builder = new SearchIndexBuilder(archive, store);
  const files = builder.pages.flatMap((page) =>
    builder.add(
      page,
      page.articles.map((a) => contribution(searchFields(a))),
    ),
  );
  return [...files, ...builder.finishWith(store)!.files];
}
