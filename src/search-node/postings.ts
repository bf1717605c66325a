/**
 * Postings lists as they grow, held as bytes outside the JavaScript heap. A whole index appends tens of
 * millions of short entries (a few characters each) to hundreds of thousands of lists; as strings, every
 * entry was a small object that lived until its list was joined, and the young-generation collector
 * copied each of them (on a large archive, for longer than the builder spent building). Here
 * an entry is copied once, as bytes, into blocks carved from large slabs; only the finish makes strings.
 * Entries are ASCII (the digits of format.ts), one byte per character.
 */
import { readEntry, type EntryPlace } from '../shared/cache-entry.js';
import { DIGITS } from '../search/format.js';
import { isContributions, type Contribution } from './indexer.js';

/** Slab size: blocks are carved from slabs and never cross one. */
const SLAB_BITS = 22;
const SLAB = 1 << SLAB_BITS;
/** A list's first block holds this many bytes; each next one twice the last, up to MAX_BLOCK. */
const FIRST_BLOCK = 24;
const MAX_BLOCK = 4096;
/** Bytes at the start of a block: the address of the next block (0: none). */
const HEADER = 4;

const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));

/** Per list: first and last document, first block, write position, current block's end and size, length. */
const FIELDS = 7;
const [FIRST, LAST, HEAD, AT, END, SIZE, LENGTH] = [0, 1, 2, 3, 4, 5, 6] as const;

/** What the finish reads of the lists. */
export interface PostingsView {
  /** The terms with a list, in the order they first came. */
  terms(): Iterable<string>;
  has(term: string): boolean;
  first(term: string): number;
  last(term: string): number;
  /** The term's list as text (without its first document's number). */
  text(term: string): string;
  /** Document `doc`'s length (see indexer.ts), as added. */
  length(doc: number): number;
}

/** Where the builder puts the lists: here (PostingsStore) or on a thread of their own (postings-thread.ts). */
export interface Postings {
  /** Appends document `doc`: its terms and, for each in the same order, its entry (space-separated), and its length. */
  addArticle(doc: number, terms: string, bodies: string, length: number): void;
  /**
   * Appends documents `first` to `first + count - 1` from the cache entry of their contributions. It is
   * read where the lists grow: on their thread, that is not the build's (see postings-thread.ts).
   */
  addEntry(first: number, count: number, entry: EntryPlace): void;
  /** Resolves when little waits to be added (a thread of their own may lag behind). */
  ready(): Promise<void>;
  /** The lists as they stand, for the finish. */
  view(): PostingsView | Promise<PostingsView>;
  /** Lets the lists go. */
  close(): void;
}

/** Every list at once, as bytes: what a thread hands back (the buffers move, nothing is copied). */
export interface PackedPostings {
  /** The terms, joined by newlines (a term never holds one). */
  terms: string;
  firsts: Float64Array;
  lasts: Float64Array;
  /** Where each term's text ends in `bytes` (it starts where the one before ends). */
  ends: Float64Array;
  bytes: Uint8Array;
  /** Each document's length, by number. */
  lengths: Float64Array;
}

/** Reads packed lists. */
export class PackedView implements PostingsView {
  private readonly index = new Map<string, number>();
  private readonly list: string[];
  constructor(private readonly packed: PackedPostings) {
    this.list = packed.terms ? packed.terms.split('\n') : [];
    this.list.forEach((t, i) => this.index.set(t, i));
  }
  terms(): Iterable<string> {
    return this.list;
  }
  has(term: string): boolean {
    return this.index.has(term);
  }
  first(term: string): number {
    return this.packed.firsts[this.index.get(term)!]!;
  }
  last(term: string): number {
    return this.packed.lasts[this.index.get(term)!]!;
  }
  text(term: string): string {
    const i = this.index.get(term);
    if (i === undefined) return '';
    const { bytes, ends } = this.packed;
    return Buffer.from(
      bytes.buffer,
      bytes.byteOffset + (i ? ends[i - 1]! : 0),
      ends[i]! - (i ? ends[i - 1]! : 0),
    ).toString('latin1');
  }
  length(doc: number): number {
    return this.packed.lengths[doc] ?? 0;
  }
}

/** Contributions for documents from `first` whose cache entry could not be read (made again, or read again). */
export type MissingEntry = (first: number, count: number) => readonly Contribution[];

export class PostingsStore implements Postings, PostingsView {
  private readonly ids = new Map<string, number>();
  private slabs: Uint8Array[] = [];
  /** Where the next block is carved from (address: slab * SLAB + offset), and the end of that slab. */
  private free = 0;
  private freeEnd = 0;
  /** The lists' fields, FIELDS numbers per list (numbers in a typed array: nothing for the collector). */
  private meta = new Float64Array(FIELDS * 1024);
  /** An entry's bytes before they are copied into its list's blocks. */
  private scratch = new Uint8Array(256);
  /** The documents' lengths, by number. */
  private lengths = new Float64Array(1024);

  /** `missing` stands in for a cache entry that cannot be read (addEntry); without it, that is an error. */
  constructor(
    private readonly missing: MissingEntry = (first) => {
      throw new Error(`the cached contributions of documents from ${first} cannot be read`);
    },
  ) {}

  addArticle(doc: number, terms: string, bodies: string, length: number): void {
    if (doc >= this.lengths.length) {
      const more = new Float64Array(Math.max(2 * this.lengths.length, doc + 1));
      more.set(this.lengths);
      this.lengths = more;
    }
    this.lengths[doc] = length;
    // Read in place: splitting them would make thousands of strings per article.
    for (let t = 0, b = 0; t < terms.length;) {
      const tEnd = endOf(terms, t);
      const bEnd = endOf(bodies, b);
      this.append(terms.slice(t, tEnd), doc, bodies, b, bEnd);
      t = tEnd + 1;
      b = bEnd + 1;
    }
  }

  addEntry(first: number, count: number, entry: EntryPlace): void {
    if (!this.addStored(first, count, entry))
      this.missing(first, count).forEach((c, k) => this.addArticle(first + k, c.terms, c.bodies, c.length));
  }

  /** addEntry, but false (and nothing added) when the entry cannot be read or does not hold `count` articles. */
  addStored(first: number, count: number, entry: EntryPlace): boolean {
    const read = readEntry<Contribution[]>(entry, isContributions);
    if (!read || !('value' in read) || read.value.length !== count) return false;
    read.value.forEach((c, k) => this.addArticle(first + k, c.terms, c.bodies, c.length));
    return true;
  }

  length(doc: number): number {
    return this.lengths[doc] ?? 0;
  }

  async ready(): Promise<void> {}

  view(): PostingsView {
    return this;
  }

  close(): void {
    this.clear();
  }

  /** Every list, packed (see PackedPostings); the store is emptied as it goes. */
  packed(): PackedPostings {
    const terms = [...this.ids.keys()];
    const firsts = new Float64Array(terms.length);
    const lasts = new Float64Array(terms.length);
    const ends = new Float64Array(terms.length);
    let total = 0;
    terms.forEach((_, id) => (total += this.meta[id * FIELDS + LENGTH]!));
    const bytes = new Uint8Array(total);
    let at = 0;
    terms.forEach((_, id) => {
      const m = id * FIELDS;
      firsts[id] = this.meta[m + FIRST]!;
      lasts[id] = this.meta[m + LAST]!;
      at = this.copyList(id, bytes, at);
      ends[id] = at;
    });
    const lengths = this.lengths;
    this.clear();
    return { terms: terms.join('\n'), firsts, lasts, ends, bytes, lengths };
  }

  /** The terms with a list, in the order they first came. */
  terms(): IterableIterator<string> {
    return this.ids.keys();
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  first(term: string): number {
    return this.meta[this.ids.get(term)! * FIELDS + FIRST]!;
  }

  last(term: string): number {
    return this.meta[this.ids.get(term)! * FIELDS + LAST]!;
  }

  /**
   * Appends document `doc`'s entry, `text.slice(start, end)`, to the term's list: after a list's first
   * entry, each starts with its document's distance from the list's previous one (the first document's
   * number is written at the finish, against what the list already held).
   */
  append(term: string, doc: number, text: string, start: number, end: number): void {
    let id = this.ids.get(term);
    let n = 0;
    if (this.scratch.length < end - start + 16) this.scratch = new Uint8Array(2 * (end - start + 16));
    const scratch = this.scratch;
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      if ((id + 1) * FIELDS > this.meta.length) {
        const more = new Float64Array(this.meta.length * 2);
        more.set(this.meta);
        this.meta = more;
      }
      const m = id * FIELDS;
      this.meta[m + FIRST] = doc;
      this.meta[m + LENGTH] = 0;
      this.meta[m + SIZE] = 0;
      this.newBlock(m, FIRST_BLOCK);
      this.meta[m + HEAD] = this.meta[m + AT]! - HEADER;
    } else {
      // The distance as format.ts's writeNumber writes it: base-32 groups, the last one below 32.
      let d = doc - this.meta[id * FIELDS + LAST]!;
      let digits = 1;
      for (let rest = Math.floor(d / 32); rest > 0; rest = Math.floor(rest / 32)) digits++;
      for (let k = digits - 1; k >= 0; k--) {
        scratch[k] = DIGIT_CODES[k === digits - 1 ? d % 32 : 32 + (d % 32)]!;
        d = Math.floor(d / 32);
      }
      n = digits;
    }
    for (let k = start; k < end; k++) scratch[n++] = text.charCodeAt(k);
    const m = id * FIELDS;
    this.meta[m + LAST] = doc;
    this.meta[m + LENGTH] = this.meta[m + LENGTH]! + n;
    for (let k = 0; k < n;) {
      if (this.meta[m + AT] === this.meta[m + END]) this.newBlock(m, Math.min(this.meta[m + SIZE]! * 2, MAX_BLOCK));
      const at = this.meta[m + AT]!;
      const take = Math.min(n - k, this.meta[m + END]! - at);
      const slab = this.slabs[Math.floor(at / SLAB)]!;
      const offset = at % SLAB;
      for (let j = 0; j < take; j++) slab[offset + j] = scratch[k + j]!;
      k += take;
      this.meta[m + AT] = at + take;
    }
  }

  /** The term's list as text (without its first document's number). */
  text(term: string): string {
    const id = this.ids.get(term);
    if (id === undefined) return '';
    const bytes = new Uint8Array(this.meta[id * FIELDS + LENGTH]!);
    this.copyList(id, bytes, 0);
    return Buffer.from(bytes.buffer).toString('latin1');
  }

  /** Copies list `id`'s bytes into `out` at `at`; returns where they end. */
  private copyList(id: number, out: Uint8Array, at: number): number {
    let left = this.meta[id * FIELDS + LENGTH]!;
    let block = this.meta[id * FIELDS + HEAD]!;
    let size = FIRST_BLOCK;
    while (left > 0) {
      const slab = this.slabs[Math.floor(block / SLAB)]!;
      const offset = block % SLAB;
      const take = Math.min(left, size);
      out.set(slab.subarray(offset + HEADER, offset + HEADER + take), at);
      at += take;
      left -= take;
      block = readAddress(slab, offset);
      size = Math.min(size * 2, MAX_BLOCK);
    }
    return at;
  }

  /** Lets every list go. */
  clear(): void {
    this.ids.clear();
    this.slabs = [];
    this.free = this.freeEnd = 0;
    this.meta = new Float64Array(FIELDS * 1024);
    this.lengths = new Float64Array(1024);
  }

  /** Starts a new block of `size` bytes for the list whose fields start at `m`, linked after its current one. */
  private newBlock(m: number, size: number): void {
    if (this.freeEnd - this.free < size + HEADER) {
      this.slabs.push(new Uint8Array(SLAB));
      this.free = (this.slabs.length - 1) * SLAB;
      // Address 0 means "no next block": the first slab's first bytes are never a block.
      if (this.free === 0) this.free = HEADER;
      this.freeEnd = this.slabs.length * SLAB;
    }
    const block = this.free;
    this.free += size + HEADER;
    if (this.meta[m + SIZE]! > 0) {
      const current = this.meta[m + END]! - this.meta[m + SIZE]! - HEADER;
      writeAddress(this.slabs[Math.floor(current / SLAB)]!, current % SLAB, block);
    }
    this.meta[m + SIZE] = size;
    this.meta[m + AT] = block + HEADER;
    this.meta[m + END] = block + HEADER + size;
  }
}

/** Where the space-separated item starting at `at` ends. */
function endOf(text: string, at: number): number {
  const end = text.indexOf(' ', at);
  return end < 0 ? text.length : end;
}

function readAddress(slab: Uint8Array, offset: number): number {
  return slab[offset]! * 2 ** 24 + slab[offset + 1]! * 2 ** 16 + slab[offset + 2]! * 2 ** 8 + slab[offset + 3]!;
}

function writeAddress(slab: Uint8Array, offset: number, address: number): void {
  slab[offset] = Math.floor(address / 2 ** 24) % 256;
  slab[offset + 1] = Math.floor(address / 2 ** 16) % 256;
  slab[offset + 2] = Math.floor(address / 2 ** 8) % 256;
  slab[offset + 3] = address % 256;
}
