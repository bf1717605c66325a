/**
 * `baoku search QUERY`: searches a built site with the browser's engine and index files, with the search
 * page's filters; when the filters leave nothing the words found, it says so.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliResult } from '../search-node/built-index.js';
import type { Gazetteer } from '../search/office-names.js';
import { namedFilters, readFilters, type Filters } from './search-options.js';

/** Runs `baoku search`. */
export async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      dist: { type: 'string' },
      office: { type: 'string' },
      reporter: { type: 'string' },
      month: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      sort: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      queries: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  // The command line is checked before the index is read.
  const checked = readFilters(values);
  // Filters alone list their articles, as the search page does with an empty box.
  const filtered = [values.office, values.reporter, values.month, values.from, values.to].some((v) => v !== undefined);
  if (!values.queries && !positionals.length && !filtered)
    throw new UsageError('give the words to search for, a filter (--office, --month, ...), or --queries FILE');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new UsageError(`--limit must be a whole number (0 for every match), not ${values.limit}`);
  const dist = values.dist ?? 'dist';
  const [{ openBuiltIndex }, { limitQuery, MAX_QUERY_CHARS }] = await Promise.all([
    import('../search-node/built-index.js'),
    import('../search/engine.js'),
  ]);
  const index = await openBuiltIndex(dist);
  const { offices, reporters } = index.manifest;
  const filters = namedFilters(checked, values, { gazetteer: gazetteerOf(dist), offices, reporters });
  const queries = values.queries ? await queryLines(values.queries) : [positionals.join(' ')];
  const cut = queries.filter((q) => limitQuery(q).cut).length;
  if (cut)
    process.stderr.write(
      `baoku: ${cut > 1 ? `${cut} queries are` : 'the query is'} longer than ${MAX_QUERY_CHARS} characters: only the first ${MAX_QUERY_CHARS} were searched\n`,
    );
  const ask = (q: string): Promise<CliResult[]> => index.run({ q, ...filters.query }, limit, filters.days);
  if (values.queries) {
    const out: string[] = [];
    for (const q of queries) out.push(JSON.stringify(await ask(q)));
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  }
  const q = queries[0]!;
  const results = await ask(q);
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else if (results.length)
    process.stdout.write(
      `${results.map((r, i) => `${i + 1}. ${r.title}  (${r.url}, ${r.score})\n   ${r.snippet}`).join('\n')}\n`,
    );
  else process.stdout.write(`${await nothingFound(q, filters, (query) => index.count({ ...query, q }))}\n`);
  return 0;
}

/** Why a search found nothing: no article has the words, or the filters left out the ones that do. */
async function nothingFound(
  q: string,
  filters: Filters,
  count: (query: Filters['query']) => Promise<number>,
): Promise<string> {
  if (!q.trim()) return `no article ${filters.said.join(', ')}`;
  const found = filters.said.length ? await count({}) : 0;
  if (!found) return `no article contains "${q}"`;
  return `${found} article${found > 1 ? 's contain' : ' contains'} "${q}", none ${filters.said.join(', ')}`;
}

/** The queries of a --queries file, one a line. */
async function queryLines(file: string): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The gazetteer the built site ships for its search page (baoku-offices.js); none from a site built
 * before it did, whose offices are then found by their own names only.
 */
function gazetteerOf(dist: string): Gazetteer {
  let text: string;
  try {
    text = readFileSync(join(dist, 'baoku-offices.js'), 'utf8');
  } catch {
    return [];
  }
  const json = /^window\.baokuOffices=(.*);\s*$/s.exec(text)?.[1];
  try {
    const list: unknown = json === undefined ? [] : JSON.parse(json);
    return Array.isArray(list) ? (list as Gazetteer) : [];
  } catch {
    return [];
  }
}
