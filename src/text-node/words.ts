/**
 * Cutting Chinese text into words: the one module that imports nodejs-jieba (its dictionary is process-wide).
 * Node-only; the browser never needs it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILLER, readDictionaryTable, type DictionaryTable } from './dictionary.js';
import { keywordIdf, readKeywordTables, topKeywords, type KeywordTables } from './tfidf.js';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
}

const requireHere = createRequire(import.meta.url);
// Required when first needed: the build's own thread imports the parser but never cuts.
let addon: Jieba | undefined;
const jieba = (): Jieba => (addon ??= requireHere('nodejs-jieba') as Jieba);
let tables: KeywordTables | undefined;

/**
 * What jieba has loaded: nothing yet, the whole dictionary, or a small one (see dictionary.ts) for the
 * dictionary's words found in the texts met so far (`words`; `loaded`: how many of them it has).
 */
let small: { table: DictionaryTable; words: Set<string>; loaded: number; loads: number } | undefined;
let whole: 'wanted' | 'loaded' | undefined;
/** Past this many words a small dictionary is no longer worth it: the whole one is loaded instead. */
const MAX_SMALL_WORDS = 60_000;
/**
 * Past this many loads of a small dictionary the whole one is loaded instead. The parser asks about the
 * words across every join it weighs, so a long page keeps bringing words its text alone lacks, and each
 * load costs a fiftieth to a sixtieth of the whole dictionary's (jieba reads its HMM model every time): so
 * loading costs a page at most about twice the whole load, however long it is (docs/performance.md).
 */
const MAX_SMALL_LOADS = 64;

/**
 * Loads jieba with `dict` and `userDict` (the defaults: its own). Its keyword extractors need an IDF table
 * and stop words to load, which baoku never asks them for (tfidf.ts reads jieba's own): they get one
 * line each instead of jieba's whole tables.
 */
function loadJieba(files: { dict?: string; userDict?: string } = {}): void {
  const dir = mkdtempSync(join(tmpdir(), 'baoku-jieba-'));
  try {
    const write = (name: string, text: string): string => (writeFileSync(join(dir, name), text), join(dir, name));
    jieba().load({
      dict: files.dict === undefined ? jieba().DEFAULT_DICT : write('dict.utf8', files.dict),
      userDict: files.userDict === undefined ? jieba().DEFAULT_USER_DICT : write('user.utf8', files.userDict),
      idfDict: write('idf.utf8', '的 1\n'),
      stopWordDict: write('stop.utf8', '的\n'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Makes the texts to be cut next cut by a small dictionary of their own words, while the texts met stay
 * few (a page or a few): loading jieba's whole dictionary takes seconds, a page's words milliseconds.
 * Every text cut is checked for words the loaded dictionary lacks, so the cut is jieba's in any case.
 */
export function expectText(text: string): void {
  if (whole) return;
  if (!small) {
    const table = readDictionaryTable(jieba().DEFAULT_DICT, jieba().DEFAULT_USER_DICT);
    if (!table) return void (whole = 'wanted');
    small = { table, words: new Set(), loaded: -1, loads: 0 };
  }
  // Lines joined as the parser joins them (hard wraps, stray spaces): their words are met then.
  for (const t of [text, text.replace(/\s+/g, '')]) small.table.wordsIn(t, small.words);
}

/**
 * Reads what cutting a few texts needs before any arrives (jieba's addon, the kept dictionary and IDF
 * tables), so that a process started ahead of the work has it ready.
 */
export function warmUp(): void {
  if (!whole && !small) {
    const table = readDictionaryTable(jieba().DEFAULT_DICT, jieba().DEFAULT_USER_DICT);
    if (table) small = { table, words: new Set(), loaded: -1, loads: 0 };
  }
  tables ??= readKeywordTables(jieba().DEFAULT_IDF_DICT, jieba().DEFAULT_STOP_WORD_DICT);
}

/** Many texts are coming (a whole archive to parse): the whole dictionary is loaded for them. */
export function expectMany(): void {
  whole ??= 'wanted';
}

/** jieba, ready to cut `texts` as with its whole dictionary. */
function ready(texts: readonly string[]): Jieba {
  if (!whole && small) {
    for (const t of texts) small.table.wordsIn(t, small.words);
    const grown = small.words.size !== small.loaded;
    if (texts.some((t) => t.includes(FILLER)) || small.words.size > MAX_SMALL_WORDS) whole = 'wanted';
    else if (grown && small.loads >= MAX_SMALL_LOADS) whole = 'wanted';
    else if (grown) {
      loadJieba(small.table.smallDictionary(small.words));
      small.loaded = small.words.size;
      small.loads += 1;
    }
  }
  if (whole !== 'loaded' && (whole || !small)) {
    loadJieba();
    whole = 'loaded';
    small = undefined;
  }
  return jieba();
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
    tables ??= readKeywordTables(jieba().DEFAULT_IDF_DICT, jieba().DEFAULT_STOP_WORD_DICT);
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
    for (const w of ready(list).cut(list.join('\n'), true)) {
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
    // (One by one: a clause of a hundred thousand words spread as arguments overflows the stack.)
    else if (piece) for (const w of clauses.get(piece)!) out.push(w);
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

/**
 * Splits a short text into the words of jieba's dictionary only (no HMM): whether two characters make a
 * known word, with no guessing at names (the parser asks this of the few characters around a join).
 */
export const cutKnownWords: (text: string) => readonly string[] = remembered(
  (text) => Object.freeze(ready([text]).cut(text, false)),
  1024,
);

/** Splits text into words (jieba with HMM for names and places it does not know). */
export const cutWords: (text: string) => readonly string[] = remembered((text) => Object.freeze(cutClauses(text)));

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
