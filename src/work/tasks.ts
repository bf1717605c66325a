/**
 * The work a build spreads over worker threads: the jieba-heavy steps, each a pure function of its input.
 * A worker runs them by name; without workers the build calls them directly.
 */
import { parsePage, type ParseOptions } from '../parse/page.js';
import { contribution } from '../search/indexer.js';

/** A page to parse. */
export interface ParseJob {
  path: string;
  body: string;
  options: ParseOptions;
}

export const tasks = {
  parse: (job: ParseJob) => parsePage(job.path, job.body, job.options),
  /** The index contributions of one page's articles, from their search fields. */
  index: (articles: string[][]) => articles.map((fields) => contribution(fields)),
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
