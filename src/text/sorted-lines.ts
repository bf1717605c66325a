/**
 * A table of "word rest" lines sorted by word (code unit order) after one header line, kept as one text
 * and searched in place: jieba's dictionary and IDF table are hundreds of thousands of lines, and making
 * maps of them took a large part of each parse process's start.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../write/atomic.js';

/**
 * The text `make` derives from `source`, kept in `dir` under `name` with the source file's size and time
 * (made once, then read as it is). A kept text that `valid` refuses is made again.
 */
export function keptTable(source: string, name: string, dir: string, make: () => string, valid: (text: string) => boolean = () => true): string {
  const stamp = statSync(source);
  const kept = join(dir, `${name}-${stamp.size}-${Math.round(stamp.mtimeMs)}-1.txt`);
  let text: string | null = null;
  try {
    text = readFileSync(kept, 'utf8');
  } catch {
    // Not made yet.
  }
  // Written whole (through a rename), so a table that does not end its last line was damaged since.
  if (text !== null && text.endsWith('\n') && valid(text)) return text;
  text = make();
  try {
    writeAtomic(kept, text);
  } catch {
    // A read-only install: the table is made again by the next process, nothing worse.
  }
  return text;
}

/** The sorted lines of a table's text (see keptTable): where each starts, and searches by word. */
export class SortedLines {
  /** The header line. */
  readonly header: string;
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    const first = text.indexOf('\n') + 1;
    this.header = text.slice(0, first - 1);
    let n = 0;
    for (let i = first; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
    this.starts = new Int32Array(n);
    for (let i = first, k = 0; k < n; k++) {
      this.starts[k] = i;
      i = text.indexOf('\n', i) + 1;
    }
  }

  /** The line of `word` (word, space, the rest), if the table has it. */
  line(word: string): string | undefined {
    const k = this.lowerBound(word, 0, this.starts.length, word.length);
    if (k < this.starts.length && this.wordLength(k) === word.length && this.compare(word, k, word.length) === 0) {
      return this.text.slice(this.starts[k], this.text.indexOf('\n', this.starts[k]));
    }
    return undefined;
  }

  /**
   * Every word of the table that occurs in `text`, added to `into`: from each position, the range of lines
   * starting with the text there narrows one character at a time until no line does.
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
