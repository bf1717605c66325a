/**
 * jieba's dictionary cut down to the words some texts can contain, and cut so that jieba cuts those texts
 * exactly as with the whole dictionary. Loading the whole one (nodejs-jieba builds its trie twice) takes
 * seconds; a page's few thousand words load in milliseconds (docs/performance.md), which is what a build
 * that parses one new page, or `baoku parse FILE`, needs.
 *
 * Why the cut is exact (cppjieba's DictTrie, MixSegment): a text's cut depends only on the dictionary's
 * words that occur in it, on each word's weight log(freq / sum of all freqs), on the least weight (given to
 * characters no word covers) and, for user words written without a frequency, on the median weight. So the
 * small dictionary keeps the text's words with their frequencies, plus two filler words made of a
 * character the texts never contain: one with the least frequency, one with what the sum still lacks. The
 * user dictionary's words are given the median's frequency in writing. Frequencies are whole numbers in
 * jieba's dictionary, so every sum is exact; a dictionary for which any of this does not hold is never cut.
 */
import { readFileSync } from 'node:fs';
import { KEPT_DIR } from '../shared/atomic.js';
import { byCodePoint, keptTable, SortedLines } from './sorted-lines.js';

/** The filler words' character: a private-use one. A text containing it is cut with the whole dictionary. */
export const FILLER = '\uf8ff';

/** jieba's dictionary as one sorted text, looked up without taking it apart. */
export interface DictionaryTable {
  /** Every dictionary word that occurs in `text`, added to `into`. */
  wordsIn(text: string, into: Set<string>): void;
  /** The files to load instead of the dictionary and user dictionary, for texts whose words are `words`. */
  smallDictionary(words: ReadonlySet<string>): { dict: string; userDict: string };
}

/**
 * Reads jieba's dictionary, kept sorted in `dir` (made once from the dictionary, as the IDF table is:
 * keyed by the file's size and time). Undefined when the dictionary cannot be cut exactly.
 */
export function readDictionaryTable(
  dictPath: string,
  userDictPath: string,
  dir = KEPT_DIR,
): DictionaryTable | undefined {
  const table = new SortedLines(
    keptTable(dictPath, 'dict', dir, () => sortedDictionary(readFileSync(dictPath, 'utf8'))),
  );
  const header = table.header.split(' ').map(Number);
  if (header.length !== 3 || !header.every(Number.isSafeInteger)) return undefined;
  const [sum, least, median] = header as [number, number, number];
  const user = userLines(readFileSync(userDictPath, 'utf8'), median);
  return {
    wordsIn: (t, into) => table.wordsIn(t, into),
    smallDictionary(words) {
      const lines: string[] = [];
      let kept = 0;
      for (const w of [...words].sort()) {
        const line = table.line(w);
        if (line === undefined) continue;
        lines.push(line);
        kept += Number(line.split(' ')[1]);
      }
      lines.push(`${FILLER} ${least} x`, `${FILLER}${FILLER} ${sum - kept - least} x`);
      return { dict: `${lines.join('\n')}\n`, userDict: user };
    },
  };
}

/**
 * The dictionary's "word freq tag" lines sorted by word (code point order), one per word (the last line of
 * a word wins, as in the trie), after a header: the sum of all frequencies, the least and the median, or
 * "-" when some frequency is not a whole number or a line is not three fields.
 */
export function sortedDictionary(source: string): string {
  const byWord = new Map<string, string>();
  const freqs: number[] = [];
  let sum = 0;
  let exact = true;
  for (const line of source.split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    const freq = Number(parts[1]);
    if (parts.length !== 3 || !Number.isSafeInteger(freq) || freq <= 0) exact = false;
    byWord.set(parts[0]!, line);
    freqs.push(freq);
    sum += freq;
  }
  if (!exact || !freqs.length || !Number.isSafeInteger(sum)) return '-\n';
  // cppjieba's median: the weight at index size/2 of the weights sorted, and weights rise with frequencies.
  freqs.sort((a, b) => a - b);
  const words = [...byWord.keys()].sort(byCodePoint);
  return `${sum} ${freqs[0]} ${freqs[freqs.length >> 1]}\n${words.map((w) => byWord.get(w)).join('\n')}\n`;
}

/**
 * The user dictionary with each word's frequency written out: a word listed without one has the median
 * weight of the dictionary it is loaded with, and the small dictionary's median is another.
 */
function userLines(source: string, median: number): string {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    // limonp's Split drops one empty piece after a trailing separator.
    if (line.endsWith(' ')) parts.pop();
    if (parts.length === 1) out.push(`${parts[0]} ${median} x`);
    else if (parts.length === 2) out.push(`${parts[0]} ${median} ${parts[1]}`);
    else out.push(line);
  }
  return `${out.join('\n')}\n`;
}
