/**
 * The search tokenizer, one source for the build's indexer and the browser: NFKC, lower case, full and
 * half width folded; text is read as runs of letters and digits (Han, Latin, numbers alike), and a run
 * matches only as a contiguous phrase. Browser-safe: no node imports, no dictionary.
 */

/** Letters and digits of any script: what a query can match. Punctuation and spaces separate runs. */
const WORD = /[\p{L}\p{N}]/u;

/** A text normalised for search, with the index in the original text of each normalised character. */
export interface Normalized {
  chars: string[];
  source: number[];
}

/** Normalises text character by character (so positions map back to the original for highlighting). */
export function normalize(text: string): Normalized {
  const chars: string[] = [];
  const source: number[] = [];
  let i = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    // Fast path: common Han characters, ASCII digits and lower-case letters are already normal.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
      chars.push(ch);
      source.push(i);
    } else {
      for (const n of ch.normalize('NFKC').toLowerCase()) {
        chars.push(n);
        source.push(i);
      }
    }
    i += ch.length;
  }
  return { chars, source };
}

/** True for a character that belongs to a run. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return true;
  return WORD.test(ch);
}

/** The runs of a query, normalised, in order; each is matched as a contiguous phrase. */
export function queryRuns(query: string): string[] {
  const { chars } = normalize(query);
  const out: string[] = [];
  let run = '';
  for (const ch of chars) {
    if (isWordChar(ch)) run += ch;
    else if (run) {
      out.push(run);
      run = '';
    }
  }
  if (run) out.push(run);
  return [...new Set(out)];
}

/** A term of a run and where in the run it starts. */
export interface CoverTerm {
  term: string;
  offset: number;
}

/**
 * The index terms a run needs to be found as a phrase: the single character of a one-character run;
 * otherwise every other pair (at 0, 2, 4, …) and the last pair, which together cover every character.
 * A document where each pair sits at its offset from one start contains the run there, so half the
 * pairs answer exactly what all of them would.
 */
export function runCover(run: string): CoverTerm[] {
  const chars = [...run];
  if (chars.length === 1) return [{ term: chars[0]!, offset: 0 }];
  const out: CoverTerm[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) out.push({ term: chars[i]! + chars[i + 1]!, offset: i });
  if (chars.length % 2 === 1) out.push({ term: chars.at(-2)! + chars.at(-1)!, offset: chars.length - 2 });
  return out;
}

/** Which shard holds a term: FNV-1a over its UTF-16 code units, the same in node and in the browser. */
export function shardOf(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193) >>> 0;
  return h % shards;
}

/** Field weights for BM25F: headline > kicker and subhead > captions > body. */
export const FIELDS = ['title', 'kicker', 'caption', 'body'] as const;
export const FIELD_WEIGHTS = [4, 2, 1.5, 1] as const;
