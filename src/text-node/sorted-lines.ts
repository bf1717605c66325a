/**
 * A table of "word rest" lines sorted by word (code unit order) after one header line, kept as one text
 * and searched in place: jieba's dictionary and IDF table are hundreds of thousands of lines, and making
 * maps of them took a large part of each parse process's start.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../shared/atomic.js';

/**
 * The table `make` derives from `source`, kept in `dir` under `name` with the source file's size and time
 * (made once, then read as it is: its bytes, not decoded). A kept table whose header line `valid` refuses
 * is made again.
 */
export function keptTable(
  source: string,
  name: string,
  dir: string,
  make: () => string,
  valid: (header: string) => boolean = () => true,
): Buffer {
  const stamp = statSync(source);
  const kept = join(dir, `${name}-${stamp.size}-${Math.round(stamp.mtimeMs)}-2.txt`);
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(kept);
  } catch {
    // Not made yet.
  }
  // Written whole (through a rename), so a table that does not end its last line was damaged since.
  if (bytes !== null && bytes.at(-1) === NEWLINE && valid(bytes.toString('utf8', 0, bytes.indexOf(NEWLINE))))
    return bytes;
  const text = make();
  try {
    writeAtomic(kept, text);
  } catch {
    // A read-only install: the table is made again by the next process, nothing worse.
  }
  return Buffer.from(text);
}

const NEWLINE = 10;
const SPACE = 32;

/**
 * UTF-8 byte order, which is code point order (the tables are searched as bytes; cppjieba's
 * std::map<std::string> keys): UTF-16 code unit order differs only at surrogates.
 */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if ((x & 0xf800) !== 0xd800 && (y & 0xf800) !== 0xd800) return x - y;
  return a.codePointAt(i)! - b.codePointAt(i)!;
}

/**
 * The sorted lines of a table (see keptTable), searched in its UTF-8 bytes: decoding the tables into
 * strings was most of a parse process's start.
 */
export class SortedLines {
  /** The header line. */
  readonly header: string;
  private readonly starts: Int32Array;

  constructor(private readonly bytes: Buffer) {
    const first = bytes.indexOf(NEWLINE) + 1;
    this.header = bytes.toString('utf8', 0, first - 1);
    let n = 0;
    for (let i = bytes.indexOf(NEWLINE, first); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
    this.starts = new Int32Array(n);
    for (let i = first, k = 0; k < n; k++) {
      this.starts[k] = i;
      i = bytes.indexOf(NEWLINE, i) + 1;
    }
  }

  /** The line of `word` (word, space, the rest), if the table has it. */
  line(word: string): string | undefined {
    const w = Buffer.from(word);
    const k = this.lowerBound(w, 0, w.length, 0, this.starts.length);
    if (k < this.starts.length && this.wordLength(k) === w.length && this.compare(w, 0, w.length, k) === 0) {
      return this.bytes.toString('utf8', this.starts[k], this.bytes.indexOf(NEWLINE, this.starts[k]));
    }
    return undefined;
  }

  /**
   * Every word of the table that occurs in `text`, added to `into`: from each character, the range of
   * lines starting with the text there narrows one character at a time until no line does.
   */
  wordsIn(text: string, into: Set<string>): void {
    const t = Buffer.from(text);
    for (let i = 0; i < t.length; i++) {
      if (!startsCharacter(t, i)) continue;
      let lo = 0;
      let hi = this.starts.length;
      for (let j = i + 1; j <= t.length && lo < hi; j++) {
        if (j < t.length && !startsCharacter(t, j)) continue;
        lo = this.lowerBound(t, i, j - i, lo, hi);
        hi = this.lowerBound(t, i, j - i, lo, hi, true);
        if (lo < hi && this.wordLength(lo) === j - i) into.add(t.toString('utf8', i, j));
      }
    }
  }

  /**
   * The first line in [lo, hi) whose word's first `n` bytes are not less than `p`'s `n` bytes from `at`
   * (or, with `after`, greater than them).
   */
  private lowerBound(p: Buffer, at: number, n: number, lo: number, hi: number, after = false): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(p, at, n, mid);
      if (c > 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `p`'s `n` bytes from `at` against the first `n` of line k's word (a shorter word ends at its space, less). */
  private compare(p: Buffer, at: number, n: number, k: number): number {
    const start = this.starts[k]!;
    for (let i = 0; i < n; i++) {
      const t = this.bytes[start + i]!;
      const b = t === SPACE ? -1 : t;
      const a = p[at + i]!;
      if (a !== b) return a - b;
    }
    return 0;
  }

  private wordLength(k: number): number {
    return this.bytes.indexOf(SPACE, this.starts[k]) - this.starts[k]!;
  }
}

/** Whether byte `i` of UTF-8 text begins a character (is not a continuation byte). */
function startsCharacter(t: Buffer, i: number): boolean {
  return (t[i]! & 0xc0) !== 0x80;
}
