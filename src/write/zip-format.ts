/**
 * The zip format, as much of it as the site's zip uses (APPNOTE 6.3): deflated entries with UTF-8 names,
 * one fixed date and mode, no data descriptors or extra fields in the local headers, and ZIP64 records
 * when an archive passes 65,534 entries or 4 GB. Pure: bytes in, bytes out.
 *
 * Written here rather than with yazl or fflate: a build that changes one page must not compress the whole
 * site again, so the entries of unchanged files are copied from the published zip as they are, which yazl
 * cannot do (it compresses every entry it is given); fflate's writer can take compressed entries but
 * cannot write ZIP64, and a daily paper's archive passes 65,535 files.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** A file's content deflated, with what a zip's headers say of it. */
export interface Deflated {
  crc: number;
  size: number;
  data: Buffer;
}

/** An entry of a zip: its name and content (deflated). */
export interface ZipEntry extends Deflated {
  name: string;
}

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

/** The DOS time and date of `day` (YYYY-MM-DD) at noon: the fields as an unzip program shows them, in any time zone. */
export function dosDate(day: string | null): { time: number; date: number } {
  const [y, m, d] = (day ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  return { time: 12 << 11, date: ((Math.min(Math.max(y, 1980), 2107) - 1980) << 9) | (m << 5) | d };
}

/** `content` deflated, for a zip. */
export function deflated(content: Uint8Array): Deflated {
  const data = deflateRawSync(content, { level: 6 });
  return { crc: crc32(content), size: content.length, data };
}

/** The local header of `entry` (before its name and data), dated `when`. */
function localHeader(entry: Deflated, name: Buffer, when: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(when.time, 10);
  header.writeUInt16LE(when.date, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(name.length, 26);
  return header;
}

/** The zip of `entries`, in their order, each dated `when` and a 0644 file. */
export function zipOf(entries: readonly ZipEntry[], when: { time: number; date: number }): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.size >= MAX32 || entry.data.length >= MAX32) throw new Error(`${entry.name} is too large for a zip`);
    const name = Buffer.from(entry.name);
    const local = localHeader(entry, name, when);
    const far = offset >= MAX32;
    // Past 4 GB, the offset goes in a ZIP64 extra field.
    const extra = Buffer.alloc(far ? 12 : 0);
    if (far) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(offset), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(MADE_BY, 4);
    header.writeUInt16LE(far ? 45 : 20, 6);
    // Flags, method, time, date, CRC and sizes as in the local header.
    local.copy(header, 8, 6, 26);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE((MODE << 16) >>> 0, 38);
    header.writeUInt32LE(far ? MAX32 : offset, 42);
    central.push(header, name, extra);
    parts.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const count = entries.length;
  const large = count >= MAX16 || offset >= MAX32 || directory.length >= MAX32;
  const tail: Buffer[] = [];
  if (large) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(END64, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(MADE_BY, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(directory.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(LOCATOR64, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(Math.min(count, MAX16), 8);
  end.writeUInt16LE(Math.min(count, MAX16), 10);
  end.writeUInt32LE(Math.min(directory.length, MAX32), 12);
  end.writeUInt32LE(Math.min(offset, MAX32), 16);
  return Buffer.concat([...parts, directory, ...tail, end]);
}

/**
 * The entries of a zip `zipOf` wrote, by name (their data a view of `zip`); an empty map for anything
 * else (or a damaged zip): then nothing is taken from it.
 */
export function zipEntries(zip: Uint8Array): Map<string, Deflated> {
  const out = new Map<string, Deflated>();
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  try {
    let at = buf.length - 22;
    if (at < 0 || buf.readUInt32LE(at) !== END || buf.readUInt16LE(at + 20) !== 0) return out;
    let count = buf.readUInt16LE(at + 10);
    let start = buf.readUInt32LE(at + 16);
    if (count === MAX16 || start === MAX32) {
      at -= 20;
      if (buf.readUInt32LE(at) !== LOCATOR64) return out;
      const end64 = Number(buf.readBigUInt64LE(at + 8));
      if (buf.readUInt32LE(end64) !== END64) return out;
      count = Number(buf.readBigUInt64LE(end64 + 32));
      start = Number(buf.readBigUInt64LE(end64 + 48));
    }
    for (let k = 0, p = start; k < count; k++) {
      if (buf.readUInt32LE(p) !== CENTRAL) return new Map();
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      let offset = buf.readUInt32LE(p + 42);
      if (offset === MAX32) offset = Number(buf.readBigUInt64LE(p + 46 + nameLength + 4));
      const name = buf.subarray(p + 46, p + 46 + nameLength);
      const compressedSize = buf.readUInt32LE(p + 20);
      // Only an entry as zipOf writes it: no extra field in its local header, deflated, UTF-8 name.
      if (
        buf.readUInt32LE(offset) !== LOCAL ||
        buf.readUInt16LE(offset + 28) !== 0 ||
        buf.readUInt16LE(offset + 8) !== DEFLATE ||
        buf.readUInt16LE(offset + 26) !== nameLength
      )
        return new Map();
      const from = offset + 30 + nameLength;
      out.set(name.toString(), {
        crc: buf.readUInt32LE(p + 16),
        size: buf.readUInt32LE(p + 24),
        data: buf.subarray(from, from + compressedSize),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
  } catch {
    return new Map();
  }
  return out;
}
