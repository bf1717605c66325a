/**
 * Search benchmark (prints numbers, asserts nothing): index size per MB of text, bytes a query loads,
 * query time, client size, on an archive scaled up from the content.
 * Usage: npm run bench:search [-- ARTICLES]   (default 10000)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { clientBundle } from '../src/render/client-bundle.js';
import { openIndex } from '../src/search/engine.js';
import { readDataScript } from '../src/search/format.js';
import { buildSearchIndex } from '../src/search-node/builder.js';
import { searchFields } from '../src/search-node/indexer.js';
import type { Archive, SiteArticle, SitePage } from '../src/site/model.js';
import { mulberry32 } from '../tests/support/layout.js';
import { syntheticArticles } from './synthetic.js';

const n = Number(process.argv[2] ?? 10000);
const made = await syntheticArticles(n, 42);
const pages: SitePage[] = [];
const articles: SiteArticle[] = made.map(({ article, date }, i) => {
  const page = { id: `p${i}`, date, dateInferred: false, articles: [] as SiteArticle[] } as SitePage;
  pages.push(page);
  const a = { ...article, url: `articles/${article.id}.html`, pageId: page.id, index: 0 };
  page.articles.push(a);
  return a;
});
const archive = { articles, pages, issues: [], offices: [], reporters: [] } as unknown as Archive;

let t = performance.now();
const files = buildSearchIndex(archive);
const indexMs = performance.now() - t;
const byPath = new Map(files.map((f) => [f.path, f.content]));
const textBytes = articles.reduce((s, a) => s + Buffer.byteLength(searchFields(a).join('\n')), 0);
const gz = (s: string): number => gzipSync(s).length;
const postingFiles = files.filter((f) => /shard-|\/t-|manifest|facts|reporters/.test(f.path));
const postingGzip = postingFiles.reduce((s, f) => s + gz(f.content), 0);
const docGzip = files.filter((f) => /doc-/.test(f.path)).reduce((s, f) => s + gz(f.content), 0);

const loadedLog: string[] = [];
const load = async (name: string): Promise<unknown> => {
  loadedLog.push(name);
  return readDataScript(byPath.get(`search/${name}.js`)!, name);
};
const rand = mulberry32(9);
const allText = articles.map((a) => a.paragraphs.join('')).join('');
const sample = (len: number): string => {
  for (;;) {
    const at = Math.floor(rand() * (allText.length - len));
    const q = allText.slice(at, at + len);
    if (/^\p{sc=Han}+$/u.test(q)) return q;
  }
};

const rows: Record<string, number | string>[] = [];
let reporterBytes = 0;
for (const len of [2, 4, 8]) {
  const bytes: number[] = [];
  const gzBytes: number[] = [];
  const times: number[] = [];
  const snippetBytes: number[] = [];
  for (let k = 0; k < 30; k++) {
    const q = sample(len);
    loadedLog.length = 0;
    const index = await openIndex(load);
    const answer = await index.search({ q });
    await Promise.all(answer.matches.slice(0, 10).map((m) => index.info(m.doc)));
    const names = [...new Set(loadedLog)];
    const indexNames = names.filter((nm) => !nm.startsWith('doc-'));
    // The reporter counts come after the first results, from a file of their own: measured apart.
    await index.reporterFacet(answer.matches);
    reporterBytes = byPath.get('search/reporters.js')!.length;
    bytes.push(indexNames.reduce((s, nm) => s + byPath.get(`search/${nm}.js`)!.length, 0));
    gzBytes.push(indexNames.reduce((s, nm) => s + gz(byPath.get(`search/${nm}.js`)!), 0));
    snippetBytes.push(
      names.filter((nm) => nm.startsWith('doc-')).reduce((s, nm) => s + byPath.get(`search/${nm}.js`)!.length, 0),
    );
    // Query time once its files are loaded (as a browser has them after their <script> tags ran): a fresh
    // engine over the loaded payloads, so decoding the postings and the facts is counted, loading is not.
    const payloads = new Map(await Promise.all(names.map(async (nm) => [nm, await load(nm)] as const)));
    const t0 = performance.now();
    const fresh = await openIndex(async (nm) => payloads.get(nm) ?? load(nm));
    await fresh.search({ q });
    times.push(performance.now() - t0);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  rows.push({
    query: `${len} chars`,
    loadedKB: +(median(bytes) / 1024).toFixed(1),
    loadedGzipKB: +(median(gzBytes) / 1024).toFixed(1),
    snippetKB: +(median(snippetBytes) / 1024).toFixed(1),
    queryMs: +median(times).toFixed(2),
  });
}
const client = clientBundle();
const summary = {
  articles: n,
  textMB: +(textBytes / 1048576).toFixed(2),
  indexSeconds: +(indexMs / 1000).toFixed(1),
  shards: files.filter((f) => f.path.includes('shard-')).length,
  termFiles: files.filter((f) => f.path.includes('/t-')).length,
  largestFileKB: +(
    Math.max(...files.filter((f) => !f.path.includes('/doc-')).map((f) => f.content.length)) / 1024
  ).toFixed(1),
  largestShardKB: +(
    Math.max(...files.filter((f) => f.path.includes('shard-')).map((f) => f.content.length)) / 1024
  ).toFixed(1),
  postingsGzipKBPerMBText: +(postingGzip / 1024 / (textBytes / 1048576)).toFixed(0),
  snippetDataGzipKBPerMBText: +(docGzip / 1024 / (textBytes / 1048576)).toFixed(0),
  clientGzipKB: +(gz(client) / 1024).toFixed(1),
  reporterFacetKB: +(reporterBytes / 1024).toFixed(1),
  reporterFacetGzipKB: +(gz(byPath.get('search/reporters.js')!) / 1024).toFixed(1),
  queries: rows,
};
console.log(
  `articles ${summary.articles}, text ${summary.textMB} MB, indexed in ${summary.indexSeconds} s, ${summary.shards} shards and ${summary.termFiles} long-list files (largest shard ${summary.largestShardKB} KB, largest index file ${summary.largestFileKB} KB)`,
);
console.log(
  `index (postings, manifest, facts, reporters): ${summary.postingsGzipKBPerMBText} KB gzip per MB of text; snippet data ${summary.snippetDataGzipKBPerMBText} KB gzip per MB`,
);
console.log(`client code: ${summary.clientGzipKB} KB gzip`);
console.log(
  `reporter facet (loaded after the first results): ${summary.reporterFacetKB} KB (${summary.reporterFacetGzipKB} KB gzip)`,
);
console.log('query     index KB loaded  (gzip)  snippets KB (10 results)  query ms (files loaded)');
for (const r of rows)
  console.log(
    `${String(r['query']).padEnd(9)} ${String(r['loadedKB']).padStart(15)} ${String(r['loadedGzipKB']).padStart(7)} ${String(r['snippetKB']).padStart(24)} ${String(r['queryMs']).padStart(16)}`,
  );
mkdirSync('test-output', { recursive: true });
writeFileSync('test-output/bench-search.json', `${JSON.stringify(summary, null, 2)}\n`);
