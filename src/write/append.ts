/**
 * Appending to a file written in pieces (see Sink.writePieces), on the file thread: bytes, and ranges of
 * another file copied through a window read a megabyte at a time; and reading one range. A rebuild's zip is thousands of ranges
 * of the published zip, in its order, between new headers: read and written in large blocks, not one
 * system call per range.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { Piece } from './sink.js';

/**
 * Pieces to append to `append`, in order, as pairs in `parts`: (-1, n) the next n bytes of `bytes`, or
 * (start, end) bytes start to end of the file `from`. Thousands of pieces go as one operation: a zip's
 * headers are tens of bytes each, between ranges of the published zip.
 */
export interface AppendOp {
  append: string;
  bytes: Uint8Array;
  parts: number[];
  from: string;
}

const BLOCK = 1 << 20;
/** Pieces of one operation at most. */
const PARTS = 4096;

/**
 * `pieces` to append to `to`, packed into operations of about a megabyte (their `bytes` their own, to be
 * moved); `fileOf` gives the file of a published one.
 */
export function* appendOps(
  to: string,
  pieces: Iterable<Piece>,
  fileOf: (published: string) => string,
): Generator<AppendOp> {
  let list: Uint8Array[] = [];
  let length = 0;
  let parts: number[] = [];
  let from = '';
  // The last published file named, and its file.
  let [published, file] = ['', ''];
  const op = (): AppendOp => {
    const bytes = new Uint8Array(length);
    for (let at = 0, k = 0; k < list.length; at += list[k]!.length, k++) bytes.set(list[k]!, at);
    const out = { append: to, bytes, parts, from };
    [list, length, parts, from] = [[], 0, [], ''];
    return out;
  };
  for (const piece of pieces) {
    if (piece instanceof Uint8Array) {
      list.push(piece);
      length += piece.length;
      parts.push(-1, piece.length);
    } else {
      if (piece.published !== published) [published, file] = [piece.published, fileOf(piece.published)];
      if (from && from !== file) yield op();
      from = file;
      parts.push(piece.start, piece.end);
    }
    if (length >= BLOCK || parts.length >= 2 * PARTS) yield op();
  }
  if (parts.length) yield op();
}

/** Appends to one file at a time, keeping it and the file read from open until `close` (or another file). */
export class Appender {
  #to: string | null = null;
  #fd = -1;
  readonly #out = Buffer.allocUnsafe(BLOCK);
  #used = 0;
  #from: string | null = null;
  #source = -1;
  readonly #window = Buffer.allocUnsafe(BLOCK);
  /** Where the window is in the file read from, and how many of its bytes were read. */
  #at = 0;
  #read = 0;

  /** The file being appended to, if any. */
  get file(): string | null {
    return this.#to;
  }

  /** Runs `op`; throws the file system's error, with `missing` naming a file read from that is not there. */
  add(op: AppendOp): void {
    if (this.#to !== op.append) {
      this.close();
      this.#fd = openSync(op.append, 'a');
      this.#to = op.append;
    }
    const { bytes, parts } = op;
    for (let k = 0, at = 0; k < parts.length; k += 2) {
      const [start, end] = [parts[k]!, parts[k + 1]!];
      if (start < 0) this.#put(bytes.subarray(at, (at += end)));
      else this.#copy(op.from, start, end);
    }
  }

  /** Appends bytes `start` to `end` of `from`, read through the window. */
  #copy(from: string, start: number, end: number): void {
    if (this.#from !== from) {
      this.#closeSource();
      try {
        this.#source = openSync(from, 'r');
      } catch (error) {
        throw Object.assign(error as Error, { missing: from });
      }
      this.#from = from;
      this.#read = 0;
    }
    while (start < end) {
      if (start < this.#at || start >= this.#at + this.#read) {
        this.#at = start;
        this.#read = readSync(this.#source, this.#window, 0, BLOCK, start);
        if (!this.#read) throw new Error(`${from} is shorter than the build expected`);
      }
      const n = Math.min(end, this.#at + this.#read) - start;
      this.#put(this.#window.subarray(start - this.#at, start - this.#at + n));
      start += n;
    }
  }

  /** Writes what waits, and closes the files. */
  close(): void {
    try {
      if (this.#fd >= 0) this.#flush();
    } finally {
      if (this.#fd >= 0) closeSync(this.#fd);
      [this.#fd, this.#to, this.#used] = [-1, null, 0];
      this.#closeSource();
    }
  }

  #put(bytes: Uint8Array): void {
    if (this.#used + bytes.length > BLOCK) this.#flush();
    if (bytes.length > BLOCK) return this.#write(bytes);
    this.#out.set(bytes, this.#used);
    this.#used += bytes.length;
  }

  #flush(): void {
    this.#write(this.#out.subarray(0, this.#used));
    this.#used = 0;
  }

  #write(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length;) done += writeSync(this.#fd, bytes, done, bytes.length - done);
  }

  #closeSource(): void {
    if (this.#source >= 0) closeSync(this.#source);
    [this.#source, this.#from] = [-1, null];
  }
}

/** Bytes `start` to `end` of `file` (fewer if it is shorter). */
export function readRange(file: string, start: number, end: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(Math.max(0, end - start));
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, start));
  } finally {
    closeSync(fd);
  }
}
