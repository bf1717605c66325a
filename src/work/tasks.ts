/**
 * The work a build spreads over its worker processes (see pool.ts): the jieba-heavy steps, each a pure
 * function of its input. A worker runs them by name; without workers the build calls them directly.
 */
import { parsePage, type ParseOptions } from '../parse/page.js';
import { contribution, searchFields } from '../search-node/indexer.js';
import { expectMany, expectText, forgetCuts, warmUp } from '../text-node/words.js';
import { writeEntry, type EntryPlace } from '../shared/cache-entry.js';

/** A page to parse. */
export interface ParseJob {
  path: string;
  body: string;
  options: ParseOptions;
  /** Where the page's index contributions go in the index cache (they are not sent back). */
  index: EntryPlace;
  /** One of a few pages to parse: jieba then loads only their words (see text-node/words.ts expectText). */
  few?: boolean;
}

export const tasks = {
  /**
   * A page parsed. Its articles' index contributions are made too, as parsed (a correction, made later,
   * means indexing that page again), since the index cuts the clauses the parse just cut (see
   * forgetCuts); they go straight to the index cache, as the index reads them from there.
   */
  parse(job: ParseJob) {
    forgetCuts();
    if (job.few) expectText(job.body);
    else expectMany();
    const parsed = parsePage(job.path, job.body, job.options);
    writeEntry(
      job.index,
      parsed.articles.map((a) => contribution(searchFields(a))),
    );
    return parsed;
  },
  /** Nothing yet: what a few pages' parse needs is read ahead (see Pool.warm). */
  warm(_: null): null {
    warmUp();
    return null;
  },
  /** The index contributions of one page's articles, from their search fields (`few`: as for parse). */
  index({ articles, few }: { articles: string[][]; few?: boolean }) {
    if (few) for (const fields of articles) expectText(fields.join('\n'));
    else expectMany();
    return articles.map((fields) => contribution(fields));
  },
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
