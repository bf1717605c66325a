/**
 * The search index's data as the build writes it and the engine reads it. Browser-safe.
 *
 * Documents are numbered oldest first (pages without a date, then by publication date, then archive
 * order), so "newer first" is "higher number first", and each month is a contiguous range of numbers:
 * neither dates nor months need a per-document table. Oldest first also means a new issue's articles
 * take the next numbers, so a build can add them to the published index (every list only grows at its
 * end) instead of making it again. What every query loads is the manifest, one facts file (office and
 * length of each document, one character each) and the postings of its terms.
 */

/** The small file every query loads first. */
export interface Manifest {
  version: number;
  shards: number;
  docsPerChunk: number;
  docCount: number;
  avgLength: number;
  offices: string[];
  reporters: string[];
  /** Months as YYYY-MM, newest first; month k covers documents monthStarts[k] up to the start of the newer month before it (or docCount). */
  months: string[];
  monthStarts: number[];
  /** Documents without a date (they come first, and have no month). */
  undated: number;
}

/** Per-document facts every query needs, as fixed-width codes (see `code`/`readCode`). */
export interface Facts {
  /** Office of each document: index into manifest.offices plus one (0: none), `officeWidth` digits each. */
  offices: string;
  officeWidth: number;
  /** Length of each document (in indexed characters), one digit each on a log scale (see `lengthCode`). */
  lengths: string;
}

/** Reporters of each document (loaded only for a reporter filter or facet): codes joined, `,` between documents. */
export interface ReporterTable {
  width: number;
  reporters: string;
}

/** Keywords to suggest, normalised as queries are, with the number of articles that have each; most used first. */
export type Suggestions = [string, number][];

/** What a result shows: stored per document in chunks, loaded for the results on screen. */
export interface DocInfo {
  id: string;
  url: string;
  title: string;
  inferred: boolean;
  kicker: string | null;
  office: string | null;
  date: string;
  /** The searchable fields' text as displayed (title, kicker line, captions, body), in index order. */
  fields: string[];
}

/**
 * A term shard: term → postings (see `DecodedPostings` for what a list holds), or `@K` when the term's postings are long enough to
 * have files of their own (`longListFile(term, 0)` … `(term, K - 1)`, parts of one text), so a query
 * never loads another term's long list and no file is large.
 */
export type Shard = Record<string, string>;

/** The name of part `k` of a term's own postings file: the term's code points, so it never changes. */
export function longListFile(term: string, k: number): string {
  return `t-${[...term].map((c) => c.codePointAt(0)!.toString(36)).join('_')}-${k}`;
}

/** One occurrence of a term: where it starts, in which field, and whether a word starts there. */
export interface Hit {
  pos: number;
  field: number;
  wordStart: boolean;
  /** Occurrences this hit stands for (single characters are stored as counts per field, without positions). */
  count?: number;
}

/**
 * Numbers as text, self-delimiting so that lists concatenate: base 32, most significant digit first,
 * every digit but the last drawn from the upper half of the alphabet. Numbers below 32 take one
 * character, below 1024 two. The alphabet needs no escaping inside a JSON string.
 */
export const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

const SMALL = Array.from({ length: 32 }, (_, n) => DIGITS[n]!);

/** Writes one non-negative integer as self-delimiting text. */
export function writeNumber(n: number): string {
  return n < 32 ? SMALL[n]! : writeNumbers([n]);
}

/** Writes non-negative integers as self-delimiting text. */
export function writeNumbers(numbers: readonly number[]): string {
  let out = '';
  for (let n of numbers) {
    let digits = DIGITS[n & 31]!;
    n = Math.floor(n / 32);
    while (n > 0) {
      digits = DIGITS[32 + (n & 31)]! + digits;
      n = Math.floor(n / 32);
    }
    out += digits;
  }
  return out;
}

/** A fixed-width code (for the facts tables): `width` digits of base 64. */
export function code(n: number, width: number): string {
  let out = '';
  for (let k = 0; k < width; k++) {
    out = DIGITS[n & 63]! + out;
    n >>= 6;
  }
  return out;
}

/** Reads the fixed-width code at `at`. */
export function readCode(text: string, at: number, width: number): number {
  let n = 0;
  for (let k = 0; k < width; k++) n = n * 64 + VALUE[text.charCodeAt(at + k)]!;
  return n;
}

/** Digits a fixed-width code needs for `count` values. */
export function codeWidth(count: number): number {
  let width = 1;
  while (64 ** width < count) width++;
  return width;
}

/** A length on a log scale in one base-64 digit (about 10% steps, up to 60,000 characters): BM25 needs no more. */
export function lengthCode(length: number): number {
  return Math.min(63, Math.round(Math.log(1 + length) / Math.log(1.19)));
}

/** The length a code stands for. */
export function codeLength(c: number): number {
  return Math.round(1.19 ** c - 1);
}

/**
 * A postings list, decoded: entry k is document `docs[k]` with values `values[starts[k]]` up to
 * `starts[k + 1]`. On disk a list is a run of numbers: for each document its number's delta, the count
 * of its values, then the values. For character pairs a value is a position (delta-coded) * 8 + field
 * * 2 + word-start flag; for single characters the values are the occurrences in each field.
 */
export interface DecodedPostings {
  docs: number[];
  starts: number[];
  values: number[];
}

/** Reads self-delimiting numbers from `text`, starting at `at`. */
function numbers(text: string): { at: number; next(): number } {
  const r = {
    at: 0,
    next(): number {
      let n = 0;
      for (;;) {
        const v = VALUE[text.charCodeAt(r.at++)]!;
        if (v < 32) return n * 32 + v;
        n = n * 32 + (v - 32);
      }
    },
  };
  return r;
}

/** Decodes a postings list. */
export function readPostings(text: string): DecodedPostings {
  const docs: number[] = [];
  const starts: number[] = [];
  const values: number[] = [];
  const r = numbers(text);
  let doc = 0;
  while (r.at < text.length) {
    doc += r.next();
    docs.push(doc);
    starts.push(values.length);
    const count = r.next();
    for (let k = 0; k < count; k++) values.push(r.next());
  }
  starts.push(values.length);
  return { docs, starts, values };
}

/** A postings list without its entries for documents from `doc` on (the text before them, and its last document). */
export function cutPostings(text: string, doc: number): { text: string; last: number } {
  const r = numbers(text);
  let d = 0;
  let last = 0;
  while (r.at < text.length) {
    const start = r.at;
    d += r.next();
    if (d >= doc) return { text: text.slice(0, start), last };
    last = d;
    for (let count = r.next(), k = 0; k < count; k++) r.next();
  }
  return { text, last };
}

/** The hits of entry `k` of a pair's postings (positions restored from their deltas). */
export function pairHits(p: DecodedPostings, k: number): Hit[] {
  const hits: Hit[] = [];
  let pos = 0;
  for (let j = p.starts[k]!; j < p.starts[k + 1]!; j++) {
    const v = p.values[j]!;
    pos += Math.floor(v / 8);
    hits.push({ pos, field: (v >> 1) & 3, wordStart: (v & 1) === 1 });
  }
  return hits;
}

/** The hits of entry `k` of a single character's postings: one per field it occurs in, with its count. */
export function countHits(p: DecodedPostings, k: number): Hit[] {
  const hits: Hit[] = [];
  for (let j = p.starts[k]!, field = 0; j < p.starts[k + 1]!; j++, field++) {
    const count = p.values[j]!;
    if (count) hits.push({ pos: -1, field, wordStart: false, count });
  }
  return hits;
}

/** The script a data file is: it registers its payload when loaded by a <script> tag (works from file://). */
export function dataScript(name: string, payload: unknown): string {
  return `baokuSearch.add(${JSON.stringify(name)},${JSON.stringify(payload)});\n`;
}

/** Reads the payload back out of a data script (the node side of the same files); throws IndexFileError when it is not one. */
export function readDataScript(script: string, name: string): unknown {
  const head = `baokuSearch.add(${JSON.stringify(name)},`;
  const end = script.lastIndexOf(');');
  if (!script.startsWith(head) || end < head.length)
    throw new IndexFileError(name, script.length ? 'is cut short or damaged' : 'is empty');
  try {
    return JSON.parse(script.slice(head.length, end));
  } catch {
    throw new IndexFileError(name, 'is cut short or damaged');
  }
}

/**
 * A data file of the index that cannot be used (damaged, empty, of another version, or never loaded):
 * `file` is its name (`shard-3`), for a message that says which file and what to do.
 */
export class IndexFileError extends Error {
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`the search index file search/${file}.js ${problem}`);
    this.name = 'IndexFileError';
    this.file = file;
  }
}

/** The index format's version: data from another version is never read. */
export const INDEX_VERSION = 3;
