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

/** Splits text into words (jieba with HMM for names and places it does not know). */
export function cutWords(text: string): string[] {
  return load().cut(text, true);
}

/** Splits text for search: words plus the shorter words inside long ones. */
export function cutForSearch(text: string): string[] {
  return load().cutForSearch(text, true);
}

/** The text's top keywords by TF-IDF, best first. */
export function extractKeywords(text: string, topN: number): string[] {
  return load()
    .extract(text, topN)
    .map((k) => k.word);
}

/** Content words of a text: words of two or more characters, and numbers, without punctuation. */
export function contentWords(text: string): string[] {
  return cutWords(text).filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && (w.length >= 2 || /\d/.test(w)));
}
