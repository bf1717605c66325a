/**
 * jieba's dictionary cut down to the words some texts can contain, and cut so that jieba cuts those texts
 * exactly as with the whole dictionary. Loading the whole one (350,000 words, built into a trie twice by
 * nodejs-jieba's load) takes about 3 s; a page's few thousand words load in a few milliseconds, which is
 * what a build that parses one new page, or `baoku parse FILE`, needs.
 *
 * Why the cut is exact (cppjieba's DictTrie, MixSegment): a text's cut depends only on the dictionary's
 * words that occur in it, on each word's weight log(freq / sum of all freqs), on the least weight (given to
 * characters no word covers) and, for user words written without a frequency, on the median weight. So the
 * small dictionary keeps the text's words with their frequencies, plus two filler words made of a
 * character the texts never contain: one with the least frequency, one with what the sum still lacks. The
 * user dictionary's words are given the median's frequency in writing. Frequencies are whole numbers in
 * jieba's dictionary, so every sum is exact; a dictionary for which any of this does not hold is never cut.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KEPT_DIR, writeAtomic } from '../write/atomic.js';

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
export function readDictionaryTable(dictPath: string, userDictPath: string, dir = KEPT_DIR): DictionaryTable | undefined {
  const stamp = statSync(dictPath);
  const kept = join(dir, `dict-${stamp.size}-${Math.round(stamp.mtimeMs)}-1.txt`);
  let text: string | null = null;
  try {
    text = readFileSync(kept, 'utf8');
  } catch {
    // Not made yet.
  }
  // Written whole (through a rename), so a table that does not end its last line was damaged since.
  if (text === null || !text.endsWith('\n')) {
    text = sortedDictionary(readFileSync(dictPath, 'utf8'));
    try {
      writeAtomic(kept, text);
    } catch {
      // A read-only install: made again by the next process, nothing worse.
    }
  }
  const header = text.slice(0, text.indexOf('\n')).split(' ').map(Number);
  if (header.length !== 3 || !header.every(Number.isSafeInteger)) return undefined;
  const [sum, least, median] = header as [number, number, number];
  const table = new Lines(text);
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
 * The dictionary's "word freq tag" lines sorted by word (code unit order), one per word (the last line of
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
  const words = [...byWord.keys()].sort();
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

/** The sorted lines of a table's text, where each starts, and searches by word prefix. */
class Lines {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let n = 0;
    const first = text.indexOf('\n') + 1;
    for (let i = first; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
    this.starts = new Int32Array(n);
    for (let i = first, k = 0; k < n; k++) {
      this.starts[k] = i;
      i = text.indexOf('\n', i) + 1;
    }
  }

  /** The line of `word`, if the table has it. */
  line(word: string): string | undefined {
    const k = this.lowerBound(word, 0, this.starts.length, word.length);
    if (k < this.starts.length && this.wordLength(k) === word.length && this.compare(word, k, word.length) === 0) {
      return this.text.slice(this.starts[k], this.text.indexOf('\n', this.starts[k]));
    }
    return undefined;
  }

  /**
   * Every word of the table that occurs in `text`: from each position, the range of lines starting with
   * the text there narrows one character at a time until no line does.
   */
  wordsIn(text: string, into: Set<string>): void {
    for (let i = 0; i < text.length; i++) {
      let lo = 0;
      let hi = this.starts.length;
      for (let n = 1; i + n <= text.length && lo < hi; n++) {
        const prefix = text.slice(i, i + n);
        lo = this.lowerBound(prefix, lo, hi, n);
        hi = this.lowerBound(prefix, lo, hi, n, true);
        if (lo < hi && this.wordLength(lo) === n) into.add(prefix);
      }
    }
  }

  /**
   * The first line in [lo, hi) whose word's first `n` code units are not less than `prefix` (or, with
   * `after`, greater than it).
   */
  private lowerBound(prefix: string, lo: number, hi: number, n: number, after = false): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(prefix, mid, n);
      if (c > 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `prefix` against the first `n` code units of line k's word (a shorter word ends at its space, less). */
  private compare(prefix: string, k: number, n: number): number {
    const start = this.starts[k]!;
    for (let i = 0; i < n; i++) {
      const t = this.text.charCodeAt(start + i);
      const b = t === 32 ? -1 : t;
      const a = prefix.charCodeAt(i);
      if (a !== b) return a - b;
    }
    return 0;
  }

  private wordLength(k: number): number {
    return this.text.indexOf(' ', this.starts[k]) - this.starts[k]!;
  }
}
