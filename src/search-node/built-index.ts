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
  /** Answers a query, best first; `limit` 0 means every match. */
  async function run(query: Query, limit: number): Promise<CliResult[]> {
    return runQuery(query, limit).catch(damaged);
  }
  async function runQuery(query: Query, limit: number): Promise<CliResult[]> {
    const answer = await index.search(query);
    const matches = limit > 0 ? answer.matches.slice(0, limit) : answer.matches;
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
  return { run };
}
