/**
 * Chinese word segmentation: the one module that imports nodejs-jieba (its dictionary is process-wide).
 * Node-only; the browser never needs it.
 */
import { createRequire } from 'node:module';

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
  extract(text: string, topN: number): { word: string; weight: number }[];
}

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

function load(): Jieba {
  if (!jieba) {
    jieba = require('nodejs-jieba') as Jieba;
    jieba.load();
  }
  return jieba;
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
export const cutWords: (text: string) => readonly string[] = remembered((text) => Object.freeze(load().cut(text, true)));

/** Splits text for search: words plus the shorter words inside long ones. */
export function cutForSearch(text: string): string[] {
  return load().cutForSearch(text, true);
}

// Keyed by count and text: jieba's order among equal weights may depend on how many are asked for.
const keywordsOf = remembered((key) => {
  const cut = key.indexOf('\n');
  return Object.freeze(load().extract(key.slice(cut + 1), Number(key.slice(0, cut))).map((k) => k.word));
});

/** The text's top keywords by TF-IDF, best first. */
export function extractKeywords(text: string, topN: number): readonly string[] {
  return keywordsOf(`${topN}\n${text}`);
}

/** Content words of a text: words of two or more characters, and numbers, without punctuation. */
export function contentWords(text: string): string[] {
  return cutWords(text).filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && (w.length >= 2 || /\d/.test(w)));
}
