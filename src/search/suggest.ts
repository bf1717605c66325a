/**
 * Suggestions: the archive's keywords (suggest.js, most used first) offered for a query, found through an
 * index of the character pairs in each word. Browser-safe.
 */
import { IndexFileError } from './format.js';

/** The suggestions file with an index of the character pairs in its words. */
export interface SuggestionIndex {
  words: string[];
  byPair: Map<string, number[]>;
  longest: number;
}

/**
 * Indexes the suggestions file: a piece of a query is then compared with the few words that share its
 * first pair, not with every word.
 */
export function indexSuggestions(list: unknown): SuggestionIndex {
  if (!Array.isArray(list)) throw new IndexFileError('suggest', 'is damaged');
  const words = list.map((w: unknown[]) => String(w[0]));
  const byPair = new Map<string, number[]>();
  let longest = 0;
  words.forEach((word, i) => {
    const chars = [...word];
    longest = Math.max(longest, chars.length);
    const pairs = new Set<string>();
    for (let k = 0; k + 1 < chars.length; k++) pairs.add(chars[k]! + chars[k + 1]!);
    for (const p of pairs) {
      const holders = byPair.get(p);
      if (holders) holders.push(i);
      else byPair.set(p, [i]);
    }
  });
  return { words, byPair, longest };
}

/**
 * Keywords to offer for a query whose runs' characters are `chars`: those containing the whole query
 * first, then those containing the longest pieces of it, most used first. Only pieces no longer than the
 * longest keyword can be in one, so the work grows with the query's length times that, not with its
 * square times the number of keywords.
 */
export function suggestFor(index: SuggestionIndex, chars: readonly string[], limit: number): string[] {
  const { words, byPair, longest } = index;
  const out: string[] = [];
  const tried = new Set<string>();
  for (let len = Math.min(chars.length, longest); len >= 2 && out.length < limit; len--) {
    for (let at = 0; at + len <= chars.length && out.length < limit; at++) {
      const piece = chars.slice(at, at + len).join('');
      if (tried.has(piece)) continue;
      tried.add(piece);
      // Holders are in the file's order (most used first), as the words were compared before.
      for (const i of byPair.get(chars[at]! + chars[at + 1]!) ?? []) {
        if (out.length >= limit) break;
        const word = words[i]!;
        if (word.includes(piece) && !out.includes(word)) out.push(word);
      }
    }
  }
  return out;
}
