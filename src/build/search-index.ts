/**
 * The index stage: the search index's files, page by page in document order, while the pages render.
 * Each page's contributions come from the index cache when its articles read the same (after
 * corrections), otherwise from the workers, and are merged as they arrive, so they are never all in
 * memory. When the published index already holds the first pages as they are now (the usual case: a new
 * issue is the newest), only the pages after them are added.
 */
import type { Kept } from '../kept/kept.js';
import type { Article } from '../parse/types.js';
import { SearchIndexBuilder, type IndexState } from '../search-node/builder.js';
import { searchFields } from '../search-node/indexer.js';
import { openPostings } from '../search-node/postings-thread.js';
import type { Archive, SitePage } from '../site/model.js';
import type { Pool } from '../work/pool.js';
import { tasks } from '../work/tasks.js';
import type { Sink } from '../write/sink.js';
import { FEW_PAGES } from './parse-pages.js';

/** The name the index's state is remembered under, and the key its files are written with (see write/disk-sink.ts). */
const INDEX_STATE = 'search-index';
const INDEX_FILE = 'search-index';

/** Where the index stage's files go, and how it lets the workers go when it needs them no more. */
export interface IndexTarget {
  sink: Sink;
  write(path: string, content: string, key?: string): void;
  release(): Promise<void>;
}

/**
 * Indexes again, on the workers, the pages whose articles an editor corrected (once: then it is cached).
 * The parse made every other page's contributions as parsed. Mostly a corrected page or two: their worker
 * loads jieba with their words only, as for parsing.
 */
export async function indexCorrected(
  pages: readonly { source: string; parsed: { articles: readonly Article[] } }[],
  kept: Kept,
  pool: Pool,
): Promise<void> {
  const reindex = pages
    .map((i) => ({ articles: i.parsed.articles, key: kept.indexKey(i.source, i.parsed.articles) }))
    .filter((i) => !kept.index.has(i.key));
  const few = kept.index.held && reindex.length <= FEW_PAGES;
  await Promise.all(
    reindex.map((i) =>
      pool
        .submit('index', { articles: i.articles.map((a) => searchFields(a)), few })
        .then((c) => kept.index.set(i.key, c)),
    ),
  );
}

/** Writes the search index of `archive`; returns how many of its files were taken from the published site. */
export async function writeSearchIndex(
  archive: Archive,
  kept: Kept,
  pool: Pool,
  target: IndexTarget,
  whole = false,
): Promise<number> {
  const cache = kept.index;
  const { sink, write } = target;
  // The lists grow on a thread of their own while this one renders; that thread reads the cached
  // contributions too. One it cannot read when its turn comes (gone or damaged since) is read here, or
  // made again.
  const firstDocs = new Map<number, IndexJob>();
  const postings = openPostings((first) => {
    const job = firstDocs.get(first)!;
    return cache.get(job.key) ?? tasks.index({ articles: job.fields });
  });
  const builder = new SearchIndexBuilder(archive, postings, kept.memory?.digests);
  const jobs = indexJobs(builder.pages, kept);
  const from = builder.resume(
    jobs.map((j) => j.key),
    whole ? null : (sink.recall(INDEX_STATE) as IndexState | null),
    (path) => sink.readPublished(path),
  );
  const todo = jobs.slice(from).filter((j) => !j.cached);
  let at = from;
  const emit = (files: readonly { path: string; content: string }[]): void => {
    for (const f of files) write(f.path, f.content, INDEX_FILE);
  };
  // Pages before `upTo` whose contributions are cached go in first, keeping document order.
  const addCached = (upTo: number): void => {
    for (; at < upTo; at++) addOneCached(jobs[at]!);
  };
  const addOneCached = (job: IndexJob): void => {
    if (!job.cached) return;
    firstDocs.set(builder.documents, job);
    emit(builder.addEntry(job.page, cache.place(job.key)));
  };
  try {
    await pool.each(
      'index',
      todo.map((t) => ({ articles: t.fields })),
      (contributions, n) => {
        const job = todo[n]!;
        addCached(job.position);
        cache.set(job.key, contributions);
        emit(builder.add(job.page, contributions));
        at++;
      },
    );
    // Nothing after this needs the workers: let their memory (jieba's dictionary each) go before the
    // rest of the postings are added and joined into files, the build's largest moments.
    await target.release();
    // The rest (all of a full build's pages: the parse made their contributions), a few at a time so
    // that the postings' thread keeps up and the pages render meanwhile.
    for (; at < jobs.length; at++) {
      addOneCached(jobs[at]!);
      if (at % 16 === 15) await postings.ready();
    }
  } catch (error) {
    postings.close();
    throw error;
  }
  const done = await builder.finish();
  // The lists outgrew the published shards: make the index whole (every contribution is cached by now).
  if (!done) return writeSearchIndex(archive, kept, pool, target, true);
  for (const f of done.files) write(f.path, f.content, INDEX_FILE);
  sink.remember(INDEX_STATE, done.state);
  // The rest of the published index is unchanged: its files are taken over as they are.
  return builder.adding ? sink.carry('search/', new Set(done.gone)).length : 0;
}

/** A page of the index: where it goes, its key in the index cache, and whether the cache has its contributions. */
interface IndexJob {
  page: SitePage;
  position: number;
  /** Its articles' searchable text (made when asked: a cached page never needs it). */
  readonly fields: ReturnType<typeof searchFields>[];
  key: string;
  cached: boolean;
}

/** The index's pages in the order the builder adds them, each keyed for the index cache. */
function indexJobs(pages: readonly SitePage[], kept: Kept): IndexJob[] {
  return pages.map((page, position) => {
    // A page's searchable text follows from its source and its corrections: no need to read it all to key it.
    const key = kept.indexKey(page.source, page.articles);
    return {
      page,
      position,
      get fields() {
        return page.articles.map((a) => searchFields(a));
      },
      key,
      cached: kept.index.has(key),
    };
  });
}
