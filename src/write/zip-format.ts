/**
 * The zip format, as much of it as the site's zip uses (APPNOTE 6.3): deflated entries with UTF-8 names,
 * one fixed date and mode, no data descriptors or extra fields in the local headers, and ZIP64 records
 * when an archive passes 65,534 entries or 4 GB. Pure: bytes in, bytes out (or where to copy them from).
 *
 * Written here rather than with yazl or fflate: a build that changes one page must not compress the whole
 * site again, so the entries of unchanged files are copied from the published zip as they are, which yazl
 * cannot do (it compresses every entry it is given); fflate's writer can take compressed entries but
 * cannot write ZIP64, and a daily paper's archive passes 65,535 files. Neither writes a zip as pieces that
 * name ranges of another file, which lets a rebuild copy the published zip's bytes on the file thread
 * without reading them into memory.
 */
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';

/** A file's content deflated, with what a zip's headers say of it. */
export interface Deflated {
  crc: number;
  size: number;
  data: Buffer;
}

/** Bytes `start` to `end` of a file of the published site (a zip). */
export interface Range {
  published: string;
  start: number;
  end: number;
}

/** An entry's time and date, as a zip's headers hold them. */
export interface DosDate {
  time: number;
  date: number;
}

/**
 * An entry of a zip: its name, what its headers say, and its deflated data, in memory or a range of a
 * published zip; `header` is where its local header is in that zip, copied too when dated the same.
 */
export interface ZipEntry {
  name: string;
  crc: number;
  size: number;
  data: Uint8Array | Range;
  header?: DosDate & { start: number };
}

/** A piece of a zip, in order: bytes, or a range of a published zip. */
export type ZipPiece = Uint8Array | Range;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const LOCATOR64 = 0x07064b50;
/** Bit 11: the names are UTF-8 (a site's file names are Chinese). */
const UTF8 = 0x0800;
const DEFLATE = 8;
/** Made by Unix (so that the mode counts), version 4.5 (ZIP64). */
const MADE_BY = (3 << 8) | 45;
const MODE = 0o100644;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const LEVEL = { level: 6 };
/** Bytes of headers in one block. */
const BLOCK = 256 << 10;

/** The DOS time and date of `day` (YYYY-MM-DD) at noon: the fields as an unzip program shows them, in any time zone. */
export function dosDate(day: string | null): DosDate {
  const [y, m, d] = (day ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  return { time: 12 << 11, date: ((Math.min(Math.max(y, 1980), 2107) - 1980) << 9) | (m << 5) | d };
}

/** `content` deflated, for a zip. */
export function deflated(content: Uint8Array): Deflated {
  return { crc: crc32(content), size: content.length, data: deflateRawSync(content, LEVEL) };
}

const deflateLater = promisify(deflateRaw);

/** The same, deflated on libuv's threads while this one goes on: the same bytes as `deflated`. */
export async function deflating(content: Uint8Array): Promise<Deflated> {
  const crc = crc32(content);
  return { crc, size: content.length, data: await deflateLater(content, LEVEL) };
}

const lengthOf = (data: Uint8Array | Range): number => ('published' in data ? data.end - data.start : data.length);

/** Headers written one after another into blocks: a buffer for each kept the garbage collector busy. */
class Blocks {
  block = Buffer.allocUnsafe(0);
  at = 0;
  readonly full: Buffer[] = [];

  /** Makes room for `n` more bytes (a name's UTF-8 takes at most 3 bytes a UTF-16 unit). */
  room(n: number): Buffer {
    if (this.at + n > this.block.length) {
      if (this.at) this.full.push(this.block.subarray(0, this.at));
      [this.block, this.at] = [Buffer.allocUnsafe(Math.max(BLOCK, n)), 0];
    }
    return this.block;
  }

  /** Every block written to, the last one too. */
  all(): Buffer[] {
    return this.at ? [...this.full, this.block.subarray(0, this.at)] : this.full;
  }
}

/** Writes the local header of an entry and its name into `blocks`, dated `when`; returns where it starts. */
function localHeader(blocks: Blocks, entry: ZipEntry, compressed: number, when: DosDate): number {
  const b = blocks.room(30 + 3 * entry.name.length);
  const at = blocks.at;
  const length = b.write(entry.name, at + 30);
  b.writeUInt32LE(LOCAL, at);
  b.writeUInt16LE(20, at + 4);
  b.writeUInt16LE(UTF8, at + 6);
  b.writeUInt16LE(DEFLATE, at + 8);
  b.writeUInt16LE(when.time, at + 10);
  b.writeUInt16LE(when.date, at + 12);
  b.writeUInt32LE(entry.crc, at + 14);
  b.writeUInt32LE(compressed, at + 18);
  b.writeUInt32LE(entry.size, at + 22);
  b.writeUInt16LE(length, at + 26);
  b.writeUInt16LE(0, at + 28);
  blocks.at += 30 + length;
  return at;
}

/** Writes the central directory's header of an entry whose local header is at `offset` into `blocks`. */
function centralHeader(blocks: Blocks, entry: ZipEntry, compressed: number, when: DosDate, offset: number): void {
  const b = blocks.room(46 + 3 * entry.name.length + 12);
  const at = blocks.at;
  const length = b.write(entry.name, at + 46);
  const far = offset >= MAX32;
  b.writeUInt32LE(CENTRAL, at);
  b.writeUInt16LE(MADE_BY, at + 4);
  b.writeUInt16LE(far ? 45 : 20, at + 6);
  b.writeUInt16LE(UTF8, at + 8);
  b.writeUInt16LE(DEFLATE, at + 10);
  b.writeUInt16LE(when.time, at + 12);
  b.writeUInt16LE(when.date, at + 14);
  b.writeUInt32LE(entry.crc, at + 16);
  b.writeUInt32LE(compressed, at + 20);
  b.writeUInt32LE(entry.size, at + 24);
  b.writeUInt16LE(length, at + 28);
  b.writeUInt16LE(far ? 12 : 0, at + 30);
  // No comment; disk 0; no internal attributes.
  b.fill(0, at + 32, at + 38);
  b.writeUInt32LE((MODE << 16) >>> 0, at + 38);
  b.writeUInt32LE(far ? MAX32 : offset, at + 42);
  blocks.at += 46 + length;
  if (far) {
    // Past 4 GB, the offset goes in a ZIP64 extra field.
    b.writeUInt16LE(1, blocks.at);
    b.writeUInt16LE(8, blocks.at + 2);
    b.writeBigUInt64LE(BigInt(offset), blocks.at + 4);
    blocks.at += 12;
  }
}

/** The records after the central directory (`size` bytes at `start`) of `count` entries. */
function endRecords(count: number, start: number, size: number): Buffer[] {
  const tail: Buffer[] = [];
  if (count >= MAX16 || start >= MAX32 || size >= MAX32) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(END64, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(MADE_BY, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(size), 40);
    end64.writeBigUInt64LE(BigInt(start), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(LOCATOR64, 0);
    locator.writeBigUInt64LE(BigInt(start + size), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(Math.min(count, MAX16), 8);
  end.writeUInt16LE(Math.min(count, MAX16), 10);
  end.writeUInt32LE(Math.min(size, MAX32), 12);
  end.writeUInt32LE(Math.min(start, MAX32), 16);
  return [...tail, end];
}

/** What a zip came to once its pieces are all taken: its length and where its central directory starts. */
export interface ZipSize {
  bytes: number;
  directory: number;
}

/**
 * The zip of `entries`, in their order, each dated `when` and a 0644 file, as pieces: headers and data,
 * adjacent ranges of the published zip as one. `size` is filled in when the last piece has been taken.
 */
export function zipPieces(entries: Iterable<ZipEntry>, when: DosDate): { pieces: Generator<ZipPiece>; size: ZipSize } {
  const size: ZipSize = { bytes: 0, directory: 0 };
  function* pieces(): Generator<ZipPiece> {
    const [local, central] = [new Blocks(), new Blocks()];
    let count = 0;
    let offset = 0;
    // A range waits, in case the next one goes on from where it ends.
    let range = null as Range | null;
    for (const entry of entries) {
      const compressed = lengthOf(entry.data);
      if (entry.size >= MAX32 || compressed >= MAX32) throw new Error(`${entry.name} is too large for a zip`);
      centralHeader(central, entry, compressed, when, offset);
      count++;
      const { header, data } = entry;
      const published = 'published' in data ? data : null;
      // A published entry dated the same has this very local header: copied with its data.
      if (header && published && header.time === when.time && header.date === when.date) {
        offset += published.end - header.start;
        if (range?.published === published.published && range.end === header.start) {
          range.end = published.end;
          continue;
        }
        if (range) yield range;
        range = { published: published.published, start: header.start, end: published.end };
        continue;
      }
      const start = localHeader(local, entry, compressed, when);
      const head = local.block.subarray(start, local.at);
      offset += head.length + compressed;
      if (range) yield range;
      yield head;
      range = published && { published: published.published, start: published.start, end: published.end };
      if (!published) yield data as Uint8Array;
    }
    if (range) yield range;
    const directory = central.all();
    const length = directory.reduce((n, b) => n + b.length, 0);
    const tail = endRecords(count, offset, length);
    yield* [...directory, ...tail];
    size.directory = offset;
    size.bytes = tail.reduce((n, b) => n + b.length, offset + length);
  }
  return { pieces: pieces(), size };
}

/** The zip of `entries` (their data in memory), in their order, each dated `when` and a 0644 file. */
export function zipOf(entries: readonly ZipEntry[], when: DosDate): Buffer {
  const parts: Uint8Array[] = [];
  for (const piece of zipPieces(entries, when).pieces) {
    if (!(piece instanceof Uint8Array)) throw new Error('zipOf takes entries in memory only');
    parts.push(piece);
  }
  return Buffer.concat(parts);
}

/** What a zip `zipPieces` wrote says of each entry, by name: its headers' fields and where it is. */
export type Directory = Map<string, ZipEntry & { data: Range; header: DosDate & { start: number } }>;

/**
 * The entries of a zip `zipPieces` wrote (`published`, for the ranges), read from its end: `tail` is its
 * bytes from `at` (its central directory's start, or before) to the end. An empty map for anything else
 * (or a damaged zip): then nothing is taken from it.
 */
export function zipDirectory(tail: Uint8Array, at: number, published: string): Directory {
  const out: Directory = new Map();
  const buf = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  try {
    let end = buf.length - 22;
    if (end < 0 || buf.readUInt32LE(end) !== END || buf.readUInt16LE(end + 20) !== 0) return out;
    let count = buf.readUInt16LE(end + 10);
    let start = buf.readUInt32LE(end + 16);
    if (count === MAX16 || start === MAX32) {
      end -= 20;
      if (buf.readUInt32LE(end) !== LOCATOR64) return out;
      const end64 = Number(buf.readBigUInt64LE(end + 8)) - at;
      if (buf.readUInt32LE(end64) !== END64) return out;
      count = Number(buf.readBigUInt64LE(end64 + 32));
      start = Number(buf.readBigUInt64LE(end64 + 48));
    }
    for (let k = 0, p = start - at; k < count; k++) {
      if (buf.readUInt32LE(p) !== CENTRAL || buf.readUInt16LE(p + 10) !== DEFLATE) return new Map();
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      let offset = buf.readUInt32LE(p + 42);
      if (offset === MAX32) offset = Number(buf.readBigUInt64LE(p + 46 + nameLength + 4));
      // The local headers zipPieces writes have no extra field: the data follows the name.
      const from = offset + 30 + nameLength;
      const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
      out.set(name, {
        name,
        crc: buf.readUInt32LE(p + 16),
        size: buf.readUInt32LE(p + 24),
        data: { published, start: from, end: from + buf.readUInt32LE(p + 20) },
        header: { start: offset, time: buf.readUInt16LE(p + 12), date: buf.readUInt16LE(p + 14) },
      });
      p += 46 + nameLength + extraLength + buf.readUInt16LE(p + 32);
    }
  } catch {
    return new Map();
  }
  return out;
}

/** The entries of a whole zip `zipPieces` wrote, by name, their data a view of `zip`; an empty map for anything else. */
export function zipEntries(zip: Uint8Array): Map<string, Deflated> {
  const out = new Map<string, Deflated>();
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  for (const [name, { crc, size, data, header }] of zipDirectory(zip, 0, '')) {
    // Only an entry as zipPieces writes it: no extra field in its local header, deflated, its name's length.
    const local = header.start;
    if (
      local + 30 > buf.length ||
      buf.readUInt32LE(local) !== LOCAL ||
      buf.readUInt16LE(local + 28) !== 0 ||
      buf.readUInt16LE(local + 8) !== DEFLATE ||
      buf.readUInt16LE(local + 26) !== data.start - local - 30 ||
      data.end > buf.length
    )
      return new Map();
    out.set(name, { crc, size, data: buf.subarray(data.start, data.end) });
  }
  return out;
}
