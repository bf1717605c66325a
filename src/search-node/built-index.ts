/**
 * Reads a built site's search index from disk for the CLI: the same files and engine the browser uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from '../errors.js';
import { openIndex, type Query } from '../search/engine.js';
import { IndexFileError, readDataScript } from '../search/format.js';
import { snippet } from '../search/snippet.js';

/** A result as the CLI prints it. */
export interface CliResult {
  id: string;
  title: string;
  url: string;
  score: number;
  snippet: string;
}

/** Dates (YYYY-MM-DD) the articles must fall within, either end open. */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** Opens the index of the site built in `dist`; a missing, damaged or foreign index file is a BuildError naming it. */
export async function openBuiltIndex(dist: string) {
  const load = async (name: string): Promise<unknown> => {
    const file = join(dist, 'search', `${name}.js`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new BuildError(`no search index here (${name}.js missing): run \`baoku build\` first`, {
        file,
        rule: 'no-index',
      });
    }
    return readDataScript(text, name);
  };
  const damaged = (error: unknown): never => {
    if (!(error instanceof IndexFileError)) throw error;
    throw new BuildError(
      `${error.message.replace(/^the search index file \S+ /, 'the search index file ')}: build the site again (\`baoku build\`) to make a whole one`,
      { file: join(dist, 'search', `${error.file}.js`), rule: 'index-damaged', cause: error },
    );
  };
  const index = await openIndex(load).catch(damaged);
  /**
   * Answers a query, best first; `limit` 0 means every match. `days` narrows the months of `query.from`
   * and `query.to` to dates (YYYY-MM-DD, both ends in).
   */
  async function run(query: Query, limit: number, days: DayRange = {}): Promise<CliResult[]> {
    return runQuery(query, limit, days).catch(damaged);
  }
  /** How many articles match a query. */
  async function count(query: Query): Promise<number> {
    return (await index.search(query).catch(damaged)).matches.length;
  }
  async function runQuery(query: Query, limit: number, days: DayRange): Promise<CliResult[]> {
    const answer = await index.search(query);
    let matches = answer.matches;
    if (days.from || days.to) {
      // The index filters by month; the days at either end are checked against each article's date.
      const inside: typeof matches = [];
      for (const m of matches) {
        if (limit > 0 && inside.length >= limit) break;
        const day = dayOf((await index.info(m.doc)).date);
        // An article dated by its month only (inferred) is in the month the index placed it in: kept.
        if (day === null || ((!days.from || day >= days.from) && (!days.to || day <= days.to))) inside.push(m);
      }
      matches = inside;
    }
    if (limit > 0) matches = matches.slice(0, limit);
    const ids = await index.idsOf(matches);
    return Promise.all(
      matches.map(async (m, k) => {
        const info = await index.info(m.doc);
        const text = snippet(info, answer.runs)
          .map((p) => (p.hit ? `【${p.text}】` : p.text))
          .join('');
        return { id: ids[k]!, title: info.title, url: info.url, score: m.score, snippet: text };
      }),
    );
  }
  return { run, count, manifest: index.manifest };
}

/** The day (YYYY-MM-DD) of a date as the index shows it (2023年6月8日), or null for a month or no date. */
function dayOf(shown: string): string | null {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(shown);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}
