/**
 * The work a build spreads over worker threads: the jieba-heavy steps, each a pure function of its input.
 * A worker runs them by name; without workers the build calls them directly.
 */
import { parsePage, type ParseOptions } from '../parse/page.js';
import { contribution, searchFields } from '../search/indexer.js';
import { forgetCuts } from '../text/segment.js';

/** A page to parse. */
export interface ParseJob {
  path: string;
  body: string;
  options: ParseOptions;
}

export const tasks = {
  /**
   * A page parsed, with its articles' index contributions as parsed (a correction, made later, means
   * indexing that page again): the index cuts the same clauses the parse just cut (see forgetCuts).
   */
  parse(job: ParseJob) {
    forgetCuts();
    const parsed = parsePage(job.path, job.body, job.options);
    return { parsed, contributions: parsed.articles.map((a) => contribution(searchFields(a))) };
  },
  /** The index contributions of one page's articles, from their search fields. */
  index: (articles: string[][]) => articles.map((fields) => contribution(fields)),
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
