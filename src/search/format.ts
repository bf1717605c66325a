/**
 * The search index's data as the build writes it and the engine reads it. Browser-safe.
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
  months: string[];
}

/** Per-document facts for filters, facets, ranking ties and length normalisation. */
export interface DocTable {
  /** Article id, in doc-number order. */
  ids: string[];
  /** Publication date as YYYYMMDD (0 when unknown). */
  dates: number[];
  lengths: number[];
  /** Index into manifest.offices, or -1. */
  offices: number[];
  /** Indexes into manifest.reporters. */
  reporters: number[][];
  /** Index into manifest.months, or -1. */
  months: number[];
}

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

/** A term shard: term → postings (see encodePostings). */
export type Shard = Record<string, string>;

/** One occurrence of a term: where it starts, in which field, and whether a word starts there. */
export interface Hit {
  pos: number;
  field: number;
  wordStart: boolean;
  /** Occurrences this hit stands for (single characters are stored as counts per field, without positions). */
  count?: number;
}

/**
 * Postings as text: `doc:pos.pos.pos;doc:pos…` in base 36, document numbers and positions delta-coded,
 * each position carrying its field and a word-start flag in its low bits (delta * 8 + field * 2 + flag).
 * The indexer writes them as it reads each document.
 */
export function decodePostings(text: string): Map<number, Hit[]> {
  return decodeEach(text, (body) => {
    let pos = 0;
    return body.split('.').map((p) => {
      const v = parseInt(p, 36);
      pos += Math.floor(v / 8);
      return { pos, field: (v >> 1) & 3, wordStart: (v & 1) === 1 };
    });
  });
}

/** Splits `doc:body;doc:body…` (document numbers delta-coded) and reads each body. */
function decodeEach(text: string, read: (body: string) => Hit[]): Map<number, Hit[]> {
  const out = new Map<number, Hit[]>();
  if (!text) return out;
  let doc = 0;
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    doc += parseInt(part.slice(0, colon), 36);
    out.set(doc, read(part.slice(colon + 1)));
  }
  return out;
}

/** The script a data file is: it registers its payload when loaded by a <script> tag (works from file://). */
export function dataScript(name: string, payload: unknown): string {
  return `baokuSearch.add(${JSON.stringify(name)},${JSON.stringify(payload)});\n`;
}

/** Reads the payload back out of a data script (the node side of the same files). */
export function readDataScript(script: string): unknown {
  const start = script.indexOf(',');
  const end = script.lastIndexOf(');');
  return JSON.parse(script.slice(start + 1, end));
}

/** The index format's version: data from another version is never read. */
export const INDEX_VERSION = 1;

/**
 * Single-character postings carry no positions (a one-character run needs none): `doc:c0.c1.c2.c3`,
 * the occurrences in each field, in base 36. Read as one hit per field that occurs.
 */
export function decodeCounts(text: string): Map<number, Hit[]> {
  return decodeEach(text, (body) => {
    const hits: Hit[] = [];
    body.split('.').forEach((c, field) => {
      const count = parseInt(c, 36);
      if (count) hits.push({ pos: -1, field, wordStart: false, count });
    });
    return hits;
  });
}
