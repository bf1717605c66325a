/**
 * The index's small tables, made from the whole archive every build: the manifest, the per-document facts
 * (office, length), the reporters of each document, and the keywords the search box suggests.
 */
import {
  code,
  codeWidth,
  dataScript,
  INDEX_VERSION,
  type Facts,
  type Manifest,
  type ReporterTable,
  type Suggestions,
} from '../search/format.js';
import { normalize } from '../search/tokenize.js';
import type { Archive, SitePage } from '../site/model.js';
import type { IndexFile } from './indexer.js';

/** Keywords the search box can suggest (about 10 bytes each). */
const MAX_SUGGESTIONS = 2_000;

/** What the tables need of the index: its shard count, document count, length codes and each page's total length. */
export interface TableInputs {
  shards: number;
  docsPerChunk: number;
  docs: number;
  lengthCodes: string;
  sizes: readonly number[];
}

/** Manifest, facts, reporters and suggestions, for `pages` in document order. */
export function indexTables(archive: Archive, pages: readonly SitePage[], index: TableInputs): IndexFile[] {
  const offices = [...new Set(archive.articles.map((a) => a.office).filter((o): o is string => Boolean(o)))].sort();
  const reporters = [...new Set(archive.articles.flatMap((a) => [...a.reporters, ...a.correspondents]))].sort();
  const officeIndex = new Map(offices.map((o, i) => [o, i]));
  const reporterIndex = new Map(reporters.map((r, i) => [r, i]));
  const officeWidth = codeWidth(offices.length + 1);
  const reporterWidth = codeWidth(reporters.length);
  const months: string[] = [];
  const monthStarts: number[] = [];
  let officeCodes = '';
  const reporterCodes: string[] = [];
  let doc = 0;
  let undated = 0;
  for (const page of pages) {
    for (const a of page.articles) {
      if (!page.date) undated = doc + 1;
      else if (months.at(-1) !== page.date.slice(0, 7)) {
        months.push(page.date.slice(0, 7));
        monthStarts.push(doc);
      }
      officeCodes += code(a.office ? officeIndex.get(a.office)! + 1 : 0, officeWidth);
      reporterCodes.push(
        [...new Set([...a.reporters, ...a.correspondents])]
          .map((r) => code(reporterIndex.get(r)!, reporterWidth))
          .join(''),
      );
      doc++;
    }
  }
  const manifest: Manifest = {
    version: INDEX_VERSION,
    shards: index.shards,
    docsPerChunk: index.docsPerChunk,
    docCount: index.docs,
    avgLength: Math.round((index.sizes.reduce((a, b) => a + b, 0) / Math.max(1, index.docs)) * 100) / 100,
    offices,
    reporters,
    months: months.reverse(),
    monthStarts: monthStarts.reverse(),
    undated,
  };
  const facts: Facts = { offices: officeCodes, officeWidth, lengths: index.lengthCodes };
  const reporterTable: ReporterTable = { width: reporterWidth, reporters: reporterCodes.join(',') };
  return [
    { path: 'search/manifest.js', content: dataScript('manifest', manifest) },
    { path: 'search/facts.js', content: dataScript('facts', facts) },
    { path: 'search/reporters.js', content: dataScript('reporters', reporterTable) },
    { path: 'search/suggest.js', content: dataScript('suggest', suggestions(pages)) },
  ];
}

/** The archive's keywords (jieba, at parse time), most widely used first: what the search box suggests. */
function suggestions(pages: readonly SitePage[]): Suggestions {
  const keywordCounts = new Map<string, number>();
  for (const page of pages)
    for (const a of page.articles)
      for (const k of new Set(a.keywords)) keywordCounts.set(k, (keywordCounts.get(k) ?? 0) + 1);
  return [...keywordCounts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_SUGGESTIONS)
    .map(([word, n]) => [normalize(word).chars.join(''), n]);
}
