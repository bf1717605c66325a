/**
 * What one build keeps for the next, behind one object: the parse and index caches (`.cache/parse`,
 * `.cache/index`), the page record (what the last build knew of each file, `.cache/pages`), and what a
 * process that stays (`baoku dev`) holds in memory between its builds. A stage asks it "do you have this?"
 * and never needs to know where the answer came from. The published site's files and their keys are the
 * disk sink's to keep (write/disk-sink.ts, write/published.ts, write/kept-site.ts).
 */
import type { Config } from '../ingest/config.js';
import type { Diagnostic } from '../errors.js';
import type { PageFile } from '../ingest/content.js';
import type { Article, ParsedPage } from '../parse/types.js';
import { isParsedPage } from '../parse/valid.js';
import type { RelatedMemory } from '../search-node/related.js';
import { PageDigests } from '../search-node/page-digests.js';
import { isContributions, searchFields, type Contribution } from '../search-node/indexer.js';
import type { KeyMemory } from '../render/output-keys.js';
import type { SiteArticle } from '../site/model.js';
import type { PublishedMemory } from '../write/published.js';
import { codeVersion, lockCacheDir, openCache, type Cache } from './cache.js';
import { readPageRecord, writePageRecord, type PageEntry, type PageRecord } from './page-record.js';

/**
 * What a caller keeps between builds (`baoku dev`), made empty by the caller and filled by each build.
 * `pages`, by page path: the file's stamp, the page, its id and the gazetteer it was parsed with (what
 * its cache key is made of besides the page), the key, its parse.
 */
export interface BuildMemory {
  pages: Map<
    string,
    { stamp: string; page: PageFile; id: string; offices: Config['offices']; key: string; parsed: ParsedPage }
  >;
  /** The outputs' keys and what they were made from (see render/output-keys.ts); made by the first build. */
  outputs?: KeyMemory;
  /** Related articles and what they were found from (see search-node/related.ts); made by the first build. */
  related?: RelatedMemory;
  /** What the search index holds of each page (see search-node/page-digests.ts); made by the first build. */
  digests?: PageDigests;
  /** The keys of the site this process last published (see write/published.ts); kept by the caller for its disk sink. */
  published?: PublishedMemory;
  /** Each article of the site model as last placed, by the parsed article it came from (see site/model.ts). */
  placed?: WeakMap<Article, SiteArticle>;
}

/** The kept state of one build: opened (taking the cache's lock) before it reads, closed after it. */
export class Kept {
  /** Parsed pages, by their page's text and parse options. */
  readonly pages: Cache<ParsedPage>;
  /** Each page's search index contributions, by its source and its corrected articles. */
  readonly index: Cache<Contribution[]>;
  /** What the last build knew of each page file (empty in a process that keeps its pages). */
  readonly record: PageRecord;
  /** What the caller keeps between builds, if it does. */
  readonly memory: BuildMemory | undefined;
  /**
   * Whether the caller holds the pages already (`baoku dev` after its first build): it has no use for the
   * record, and leaves it to the next build that does (a page it changed is then read again, as the
   * record's stamp says).
   */
  readonly resident: boolean;
  readonly #config: Config;
  readonly #recordToken: string;
  readonly #unlock: () => void;
  /** Cache entries discarded (damaged, or of another version): warnings for the build's report. */
  readonly #notices: Diagnostic[] = [];

  /** Takes the cache's lock (one build at a time per cache) and opens what the last build kept. */
  constructor(config: Config, memory: BuildMemory | undefined) {
    this.#config = config;
    this.memory = memory;
    this.#unlock = lockCacheDir(config.cacheDir);
    try {
      const discard = this.#discard(config.cacheDir);
      this.pages = openCache(
        config.cacheDir,
        'parse',
        codeVersion(['parse', 'text', 'text-node']),
        isParsedPage,
        discard,
      );
      this.index = openCache(
        config.cacheDir,
        'index',
        codeVersion(['search', 'search-node', 'text', 'text-node']),
        isContributions,
        discard,
      );
      // The record holds what the ingest code made of each file (front matter, id): another version's is not
      // trusted (a date an older reader let roll over to the next month stayed published while the file was untouched).
      this.#recordToken = this.pages.key(['page-record', config.offices, codeVersion(['ingest'])]);
      this.resident = !!memory?.pages.size;
      this.record = this.resident
        ? { pages: new Map(), read: new Set() }
        : readPageRecord(config.cacheDir, this.#recordToken, (file, message) => this.#discard(file)(message));
    } catch (error) {
      this.#unlock();
      throw error;
    }
    if (memory) {
      memory.outputs ??= new Map();
      memory.related ??= { byKeyword: new Map(), results: new Map() };
      memory.placed ??= new WeakMap();
      memory.digests ??= new PageDigests();
    }
  }

  /** The index cache's key for a page of `source` whose articles (corrections applied) are `articles`. */
  indexKey(source: string, articles: readonly Article[] | null = null): string {
    const corrected = articles?.map((a) => (a.correction ? searchFields(a) : null)) ?? null;
    // As parsed (no article corrected): the key the parse writes its contributions under.
    return this.index.key([source, corrected && corrected.some(Boolean) ? corrected : null]);
  }

  /** The warnings about kept data since last asked (each told once). */
  notices(): Diagnostic[] {
    return this.#notices.splice(0);
  }

  /**
   * After the site is published: the record of this build's pages is written for the next, and, when
   * every page was read, what this build did not use (other versions, old page texts) goes, so that the
   * cache stays the size of the archive. A failed build keeps everything.
   */
  async save(entries: [string, PageEntry][], prune: boolean): Promise<void> {
    if (!this.resident) writePageRecord(this.#config.cacheDir, this.#recordToken, entries, this.record);
    if (prune) await Promise.all([this.pages.prune(), this.index.prune()]);
  }

  /** Releases the cache's lock. */
  close(): void {
    this.#unlock();
  }

  #discard(file: string): (message: string) => void {
    return (message) =>
      void this.#notices.push({ file, line: 1, column: 1, severity: 'warning', rule: 'cache-discarded', message });
  }
}
