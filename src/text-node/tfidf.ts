/**
 * TF-IDF keywords exactly as nodejs-jieba's `extract` finds them (cppjieba's KeywordExtractor), computed
 * here from a cut the caller already has: jieba's own `extract` cuts the text again, and the parser asks
 * for keywords of texts whose words it has just cut. Same dictionary files, same arithmetic, same order:
 * candidates in the words' byte order, then libstdc++'s partial_sort (not stable: among equal weights it
 * picks and orders by its heap, so that heap is reproduced step by step).
 */
import { readFileSync } from 'node:fs';
import { KEPT_DIR } from '../shared/atomic.js';
import { byCodePoint, keptTable, SortedLines } from './sorted-lines.js';

export interface KeywordTables {
  /** A word's IDF as jieba's table has it, or undefined for a word it does not list. */
  idf(word: string): number | undefined;
  idfAverage: number;
  stopWords: Set<string>;
}

/**
 * Reads jieba's IDF and stop-word files as cppjieba does (its line splitting and averaging included).
 * Every parse process needs the IDF table, and making a map of its hundreds of thousands of lines was a
 * large part of each one's start; the table is kept sorted in one text instead (made once, then read as
 * it is) and looked up by binary search.
 */
export function readKeywordTables(idfPath: string, stopWordPath: string, dir = KEPT_DIR): KeywordTables {
  const table = new SortedLines(
    keptTable(
      idfPath,
      'idf',
      dir,
      () => sortedTable(idfPath),
      (header) => Number.isFinite(Number(header)),
    ),
  );
  const idfAverage = Number(table.header);
  return {
    idf(word) {
      const line = table.line(word);
      return line === undefined ? undefined : Number(line.slice(word.length + 1));
    },
    idfAverage,
    stopWords: new Set(fileLines(stopWordPath)),
  };
}

/**
 * jieba's IDF file as one text: its average on the first line, then "word idf" lines sorted by word (code
 * point order), one per word (the last line of a word wins, as in cppjieba's map).
 */
export function sortedTable(idfPath: string): string {
  const idf = new Map<string, number>();
  let sum = 0;
  const lines = fileLines(idfPath);
  for (const line of lines) {
    if (!line) continue;
    const parts = line.split(' ');
    // limonp's Split drops one empty piece after a trailing separator.
    if (line.endsWith(' ')) parts.pop();
    if (parts.length !== 2) continue;
    const value = Number.parseFloat(parts[1]!);
    const weight = Number.isNaN(value) ? 0 : value;
    idf.set(parts[0]!, weight);
    sum += weight;
  }
  const words = [...idf.keys()].sort(byCodePoint);
  return `${sum / lines.length}\n${words.map((w) => `${w} ${idf.get(w)}`).join('\n')}\n`;
}

/** A file's lines as C++ getline reads them (no empty line after a final newline). */
function fileLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

interface Candidate {
  word: string;
  weight: number;
}

/** A word's IDF as a keyword, or -1 for a word that is never one (a single character, a stop word). */
export function keywordIdf(word: string, tables: KeywordTables): number {
  if (isSingleRune(word) || tables.stopWords.has(word)) return -1;
  return tables.idf(word) ?? tables.idfAverage;
}

/** The top `topN` keywords of a text cut into `words`, best first; `idfOf` is keywordIdf (or a memo of it). */
export function topKeywords(words: readonly string[], topN: number, idfOf: (word: string) => number): string[] {
  const counts = new Map<string, number>();
  for (const w of words) {
    const idf = idfOf(w);
    if (idf >= 0) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const distinct = [...counts.keys()];
  // The native sort compares UTF-16 code units: code point order, unless a word holds a surrogate.
  if (distinct.some((w) => SURROGATE.test(w))) distinct.sort(byCodePoint);
  else distinct.sort();
  const candidates: Candidate[] = distinct.map((word) => ({ word, weight: counts.get(word)! * idfOf(word) }));
  return partialSort(candidates, Math.min(topN, candidates.length)).map((c) => c.word);
}

const SURROGATE = /[\ud800-\udfff]/;

function isSingleRune(word: string): boolean {
  return word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff);
}

// libstdc++'s std::partial_sort (bits/stl_heap.h, bits/stl_algo.h) with comp(a, b) = a.weight > b.weight.
// Indexes are ptrdiff_t there: division truncates toward zero.
const before = (a: Candidate, b: Candidate): boolean => a.weight > b.weight;

function partialSort(a: Candidate[], middle: number): Candidate[] {
  makeHeap(a, middle);
  for (let i = middle; i < a.length; i++) if (before(a[i]!, a[0]!)) popHeap(a, middle, i);
  for (let last = middle; last > 1;) {
    last--;
    popHeap(a, last, last);
  }
  return a.slice(0, middle);
}

function makeHeap(a: Candidate[], len: number): void {
  if (len < 2) return;
  for (let parent = Math.trunc((len - 2) / 2); ; parent--) {
    adjustHeap(a, parent, len, a[parent]!);
    if (parent === 0) return;
  }
}

function popHeap(a: Candidate[], last: number, result: number): void {
  const value = a[result]!;
  a[result] = a[0]!;
  adjustHeap(a, 0, last, value);
}

function adjustHeap(a: Candidate[], hole: number, len: number, value: Candidate): void {
  const top = hole;
  let second = hole;
  while (second < Math.trunc((len - 1) / 2)) {
    second = 2 * (second + 1);
    if (before(a[second]!, a[second - 1]!)) second--;
    a[hole] = a[second]!;
    hole = second;
  }
  if ((len & 1) === 0 && second === Math.trunc((len - 2) / 2)) {
    second = 2 * (second + 1);
    a[hole] = a[second - 1]!;
    hole = second - 1;
  }
  let parent = Math.trunc((hole - 1) / 2);
  while (hole > top && before(a[parent]!, value)) {
    a[hole] = a[parent]!;
    hole = parent;
    parent = Math.trunc((hole - 1) / 2);
  }
  a[hole] = value;
}
