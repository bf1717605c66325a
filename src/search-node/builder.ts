/**
 * SearchIndexBuilder: the index's files from the articles' contributions (see indexer.ts), a page at a
 * time in document order, so a build never holds every contribution at once. It can also add pages to
 * the index the last build published: documents are numbered oldest first (see search/format.ts), so a
 * new issue's articles only lengthen lists at their ends, and only the files those lists live in change.
 */
import { code, dataScript, INDEX_VERSION, lengthCode, type DocInfo } from '../search/format.js';
import type { EntryPlace } from '../shared/cache-entry.js';
import type { Archive, SitePage } from '../site/model.js';
import { formatDate } from '../site/model.js';
import { indexTables } from './index-tables.js';
import { contribution, docInfo, searchFields, termsOf, type Contribution, type IndexFile } from './indexer.js';
import { listFiles, mergeLists, type Base } from './list-merge.js';
import { PageDigests } from './page-digests.js';
import { PostingsStore, type Postings, type PostingsView } from './postings.js';
import {
  isIndexState,
  PublishedFileGone,
  PublishedIndex,
  type IndexState,
  type PublishedReader,
} from './published-index.js';

export type { IndexState, PublishedReader } from './published-index.js';

/** Shards hold about this much (the count is a power of two, so it changes only when the lists double). */
const SHARD_BYTES = 8_000;
const DOCS_PER_CHUNK = 4;
/** Pages at the end of the published index that may be taken out and added again (beyond: make it whole). */
const MAX_TAKEN_OUT = 32;

/** What `finish` makes: the files, the state to remember, and the published files that must go. */
export interface Finished {
  files: IndexFile[];
  state: IndexState;
  gone: string[];
}

/** Builds the search index a page at a time, in document order (oldest first: `pages`). */
export class SearchIndexBuilder {
  /** The pages in the order `add` wants them. */
  readonly pages: SitePage[];
  private digests: string[] = [];
  /** The published index being added to, or null: the index is made whole. */
  private base: Base | null = null;
  private doc = 0;
  private lengthCodes = '';
  private sizes: number[] = [];
  private infos: DocInfo[] = [];
  private chunk = 0;
  /** Articles per page added, in order (their lengths are read at the finish). */
  private added: number[] = [];

  /**
   * `lists` is where the postings grow (a thread of their own in a build: see postings-thread.ts);
   * `pageDigests` remembers pages' digests across builds of one process.
   */
  constructor(
    private readonly archive: Archive,
    private readonly lists: Postings = new PostingsStore(),
    private readonly pageDigests: PageDigests = new PageDigests(),
  ) {
    // Undated pages first, then by date, then in archive order: see search/format.ts.
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
    this.digests = this.pages.map((page, i) => this.pageDigests.digest(page, keys[i]!));
    if (!isIndexState(published)) return 0;
    let kept = 0;
    while (kept < published.pages.length && kept < this.pages.length && published.pages[kept] === this.digests[kept])
      kept++;
    if (kept === 0 || published.pages.length - kept > MAX_TAKEN_OUT) return 0;
    const base: Base = { state: published, published: new PublishedIndex(read), cut: null };
    this.base = base;
    this.sizes = published.sizes.slice(0, kept);
    this.doc = this.pages.slice(0, kept).reduce((n, p) => n + p.articles.length, 0);
    this.lengthCodes = published.lengths.slice(0, this.doc);
    this.chunk = Math.floor(this.doc / DOCS_PER_CHUNK);
    try {
      if (kept < published.pages.length) base.cut = { doc: this.doc, terms: this.termsTakenOut(base) };
      if (this.doc % DOCS_PER_CHUNK)
        this.infos = base.published.file<DocInfo[]>(`search/doc-${this.chunk}.js`).slice(0, this.doc % DOCS_PER_CHUNK);
    } catch {
      // A display chunk that has gone or is not of its shape (data from disk): make the index whole.
      return this.restart();
    }
    return kept;
  }

  /** The terms of the documents taken out, from their stored fields: their lists are cut back. */
  private termsTakenOut(base: Base): Set<string> {
    const terms = new Set<string>();
    for (let k = this.chunk; k * DOCS_PER_CHUNK < base.state.docs; k++) {
      base.published.file<DocInfo[]>(`search/doc-${k}.js`).forEach((info, i) => {
        if (k * DOCS_PER_CHUNK + i >= this.doc) for (const t of termsOf(info.fields)) terms.add(t);
      });
    }
    return terms;
  }

  private restart(): number {
    this.base = null;
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
      if (error instanceof PublishedFileGone) return null;
      throw error;
    } finally {
      this.lists.close();
    }
  }

  private finishing(lists: PostingsView): Finished | null {
    this.recordLengths(lists);
    const base = this.base;
    const { grown, long, small, gone } = mergeLists(lists, base);
    const shardCount = shardsFor(small);
    if (base && shardCount !== base.state.shards) return null;
    const files: IndexFile[] = [];
    if (this.infos.length) files.push(this.flushInfos());
    if (base) for (let k = this.chunk; k * DOCS_PER_CHUNK < base.state.docs; k++) gone.add(`search/doc-${k}.js`);
    files.push(...listFiles(grown, shardCount, base?.published ?? null));
    files.push(
      ...indexTables(this.archive, this.pages, {
        shards: shardCount,
        docsPerChunk: DOCS_PER_CHUNK,
        docs: this.doc,
        lengthCodes: this.lengthCodes,
        sizes: this.sizes,
      }),
    );
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

  /** The lengths of the documents added, known where the lists grew: their codes, and each page's total. */
  private recordLengths(lists: PostingsView): void {
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
  }

  private flushInfos(): IndexFile {
    const k = this.chunk++;
    const file = { path: `search/doc-${k}.js`, content: dataScript(`doc-${k}`, this.infos) };
    this.infos = [];
    return file;
  }
}

/** Shards for lists of `bytes` in all: a power of two near bytes / SHARD_BYTES. */
function shardsFor(bytes: number): number {
  let n = 1;
  while (n * SHARD_BYTES < bytes) n *= 2;
  return n;
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
