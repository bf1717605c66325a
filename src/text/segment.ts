/**
 * Chinese word segmentation: the one module that imports nodejs-jieba (its dictionary is process-wide).
 * Node-only; the browser never needs it.
 */
import { createRequire } from 'node:module';
import { keywordIdf, readKeywordTables, topKeywords, type KeywordTables } from './keywords.js';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
let tables: KeywordTables | undefined;

function load(): Jieba {
  if (!jieba) {
    jieba = require('nodejs-jieba') as Jieba;
    jieba.load();
  }
  return jieba;
}

/**
 * jieba cuts the text between these characters on its own (cppjieba's separators, each a word of its
 * own), so a text's words are its clauses' words: a clause is cut once however many texts contain it.
 */
const SEPARATORS = /([ \t\n，。])/;
/** Clauses cut so far, for the page at hand (see forgetCuts); at most this many. */
const MAX_CLAUSES = 50_000;
let clauses = new Map<string, readonly string[]>();
/**
 * Keyword IDFs of the words met so far (at most MAX_WORDS): a map of the archive's own vocabulary is
 * much faster to ask than jieba's whole IDF table, and news pages share most of their words.
 */
const MAX_WORDS = 200_000;
let idfs = new Map<string, number>();

/**
 * Starts a new page: parsing a page asks about the same clauses again and again (every possible break,
 * then the index), other pages rarely. Scoping the memory to the page keeps it small.
 */
export function forgetCuts(): void {
  clauses = new Map();
}

function idfOf(word: string): number {
  let idf = idfs.get(word);
  if (idf === undefined) {
    tables ??= readKeywordTables(load().DEFAULT_IDF_DICT, load().DEFAULT_STOP_WORD_DICT);
    if (idfs.size >= MAX_WORDS) idfs = new Map();
    idfs.set(word, (idf = keywordIdf(word, tables)));
  }
  return idf;
}

function cutClauses(text: string): string[] {
  const pieces = text.split(SEPARATORS);
  const missing = new Set<string>();
  for (let i = 0; i < pieces.length; i += 2) if (pieces[i] && !clauses.has(pieces[i]!)) missing.add(pieces[i]!);
  if (missing.size) {
    if (clauses.size + missing.size > MAX_CLAUSES) clauses = new Map();
    // One call for all of them: joined by a separator, they come back cut apart at it.
    const list = [...missing];
    let k = 0;
    let words: string[] = [];
    for (const w of load().cut(list.join('\n'), true)) {
      if (w !== '\n') words.push(w);
      else {
        clauses.set(list[k++]!, words);
        words = [];
      }
    }
    clauses.set(list[k]!, words);
  }
  const out: string[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2) out.push(piece);
    else if (piece) out.push(...clauses.get(piece)!);
  });
  return out;
}

/**
 * Remembers the last results of a pure text function: parsing asks about the same article text again as
 * it weighs each possible break, and jieba is most of the parse's time.
 */
function remembered<T>(fn: (text: string) => T, size = 256): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) {
      out = fn(text);
      if (seen.size >= size) seen.delete(seen.keys().next().value!);
      seen.set(text, out);
    }
    return out;
  };
}

/** Splits text into words (jieba with HMM for names and places it does not know). */
export const cutWords: (text: string) => readonly string[] = remembered((text) => Object.freeze(cutClauses(text)));

/** Splits text for search: words plus the shorter words inside long ones. */
export function cutForSearch(text: string): string[] {
  return load().cutForSearch(text, true);
}

// Keyed by count and text: jieba's order among equal weights may depend on how many are asked for.
const keywordsOf = remembered((key) => {
  const cut = key.indexOf('\n');
  return Object.freeze(topKeywords(cutWords(key.slice(cut + 1)), Number(key.slice(0, cut)), idfOf));
});

/** The text's top keywords by TF-IDF, best first. */
export function extractKeywords(text: string, topN: number): readonly string[] {
  return keywordsOf(`${topN}\n${text}`);
}

/** Content words of a text: words of two or more characters, and numbers, without punctuation. */
export function contentWords(text: string): string[] {
  return cutWords(text).filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && (w.length >= 2 || /\d/.test(w)));
}
