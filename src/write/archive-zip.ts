/**
 * The whole site as one zip, for readers to keep and read offline (the about page offers it).
 *
 * What it holds: every file of the built site, in path order, except the zip itself (a zip cannot hold
 * itself) and the download note (baoku-download.js, which tells the about page the zip's size): the copy
 * in the zip says instead that there is no zip to offer, so an unzipped site offers nothing it lacks.
 * Each entry is dated the day of the newest issue (noon) and is a plain 0644 file: the same site gives
 * the same bytes, whenever and wherever it is built.
 *
 * A build passes every file through `zippingSink`, which keeps what the zip needs: a made file's content
 * deflated on libuv's threads as it comes (not on the thread that renders; the site is never held whole),
 * the key of a file taken from the published site. The zip's key names every entry: when no file changed,
 * the published zip is taken as it is. When one did, the zip is written again, in pieces (see
 * Sink.writePieces): the entries of taken files are ranges of the published zip, copied by the file
 * thread, so the zip is never in memory whole (compressing the whole site again was most of a one-page
 * rebuild, and holding the zip hundreds of MB of it). Byte for byte what a fresh build makes, since
 * deflating the same content gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { BuildError } from '../errors.js';
import { inFlight } from '../shared/in-flight.js';
import type { Sink } from './sink.js';
import {
  deflated as deflate,
  deflating,
  dosDate,
  zipDirectory,
  zipPieces,
  type Deflated,
  type Directory,
  type ZipEntry,
} from './zip-format.js';

/** The zip's path in the site. */
export const ZIP_FILE = 'baoku-archive.zip';
/** The script that tells the about page the zip's size (in the zip: that there is no zip). */
export const DOWNLOAD_NOTE = 'baoku-download.js';
/**
 * Bumped when the zip's layout changes, and named with the zlib that deflates: entries are copied from the
 * published zip only if it was made by the same (another zlib may deflate the same content otherwise).
 */
const FORMAT = `zip-2 zlib-${process.versions.zlib}`;
/** What the sink remembers of the zip for the next build. */
const STATE = 'archive-zip';
/** Files deflating at once at most: their content waits in memory meanwhile. */
const DEFLATING = 64;

/** What a build remembers of its zip: its key and layout, and the code that wrote it. */
interface ZipState {
  key: string;
  bytes: number;
  directory: number;
  format: string;
}

/** A sink that also makes the site's zip; `finish` adds it (and its note), before the sink's commit. */
export interface ZippingSink extends Sink {
  /**
   * Makes the zip of every file passed through (or takes the published one) and writes it; `newest` dates
   * its entries. Null when the sink makes no zip.
   */
  finish(newest: string | null): Promise<{ bytes: number; made: boolean } | null>;
}

/** What the zip knows of a file: its content as made (deflating), or that the published site has it (its key). */
type Entry = { made: Promise<Deflated> } | { taken: string };

/**
 * Wraps `sink`: every file goes on to it, and is noted for the zip. Without `zip` (a build that publishes
 * nothing: `check`, `correct`), it only passes them on.
 */
export function zippingSink(sink: Sink, zip = true): ZippingSink {
  const entries = new Map<string, Entry>();
  const deflates = inFlight();
  const made = (content: string | Uint8Array): Promise<Deflated> => {
    deflates.sent();
    const done = deflating(typeof content === 'string' ? Buffer.from(content) : content);
    void done.finally(() => deflates.answered()).catch(() => undefined);
    return done;
  };
  const taken = (path: string, key: string): void => void (zip && entries.set(path, { taken: key }));
  // Each method named (not spread): the sink may keep its methods on a prototype.
  return {
    async ready() {
      await sink.ready();
      await deflates.settle(DEFLATING);
    },
    readPublished: (path) => sink.readPublished(path),
    readPublishedBytes: (path, range) => sink.readPublishedBytes(path, range),
    recall: (name) => sink.recall(name),
    remember: (name, value) => sink.remember(name, value),
    commit: () => sink.commit(),
    abort: () => sink.abort(),
    write(path, content, key) {
      sink.write(path, content, key);
      if (zip) entries.set(path, { made: made(content) });
    },
    async writePieces(path, pieces, key) {
      const all = [...pieces];
      await sink.writePieces(path, all, key);
      const bytes = all.map((p) => (p instanceof Uint8Array ? p : sink.readPublishedBytes(p.published, p)!));
      if (zip) entries.set(path, { made: made(Buffer.concat(bytes)) });
    },
    reuse(path, key) {
      const reused = sink.reuse(path, key);
      if (reused) taken(path, key);
      return reused;
    },
    reuseGroup(name, key, paths) {
      const reused = sink.reuseGroup(name, key, paths);
      // The group's files were published with their own keys; the group's key names them all.
      if (reused) for (const p of paths) taken(p, `${key}\n${p}`);
      return reused;
    },
    carry(prefix, except) {
      const carried = sink.carry(prefix, except);
      for (const path of carried) taken(path, 'carried');
      return carried;
    },
    finish: (newest) => (zip ? finish(sink, entries, newest) : Promise.resolve(null)),
  };
}

/** Writes the zip of `entries` (or takes the published one, if it holds the same) and its note. */
async function finish(sink: Sink, entries: Map<string, Entry>, newest: string | null) {
  for (const path of [ZIP_FILE, DOWNLOAD_NOTE]) entries.delete(path);
  const paths = [...entries.keys(), DOWNLOAD_NOTE].sort();
  const deflated = new Map<string, Deflated>();
  for (const [path, entry] of entries) if ('made' in entry) deflated.set(path, await entry.made);
  const key = zipKey(paths, entries, deflated, newest);
  const last = sink.recall(STATE) as Partial<ZipState> | null;
  if (last?.key === key && typeof last.bytes === 'number' && sink.reuse(ZIP_FILE, key)) {
    sink.write(DOWNLOAD_NOTE, downloadNote(last.bytes));
    sink.remember(STATE, last);
    return { bytes: last.bytes, made: false };
  }
  const published = publishedEntries(sink, last);
  const { pieces, size } = zipPieces(
    paths.map((path) => ({ name: path, ...entryOf(path, entries.get(path), deflated, published, sink) })),
    dosDate(newest),
  );
  await sink.writePieces(ZIP_FILE, pieces, key);
  sink.write(DOWNLOAD_NOTE, downloadNote(size.bytes));
  sink.remember(STATE, { key, ...size, format: FORMAT } satisfies ZipState);
  return { bytes: size.bytes, made: true };
}

/**
 * The published zip's entries (where each is in it), read from its central directory, if this code made
 * it (see zip-format.ts); none otherwise, and then every taken file is deflated again.
 */
function publishedEntries(sink: Sink, last: Partial<ZipState> | null): Directory {
  const { format, bytes, directory } = last ?? {};
  if (format !== FORMAT || typeof bytes !== 'number' || typeof directory !== 'number') return new Map();
  const tail = sink.readPublishedBytes(ZIP_FILE, { start: directory, end: bytes });
  return tail ? zipDirectory(tail, directory, ZIP_FILE) : new Map();
}

/**
 * The zip's key: each entry's path and what it is (a made file's content hash, a taken file's key: the
 * same as the published site's file, which the published zip holds), and the date. Equal keys mean the
 * published zip holds exactly these files.
 */
function zipKey(
  paths: readonly string[],
  entries: ReadonlyMap<string, Entry>,
  deflated: ReadonlyMap<string, Deflated>,
  newest: string | null,
): string {
  // One text hashed at once: tens of thousands of small updates took longer than the hashing.
  const lines = [FORMAT, `${newest}`];
  for (const path of paths) {
    const entry = entries.get(path);
    if (!entry) continue;
    const made = deflated.get(path);
    const what = made
      ? `made ${made.crc} ${createHash('sha1').update(made.data).digest('hex')}`
      : `taken ${'taken' in entry ? entry.taken : ''}`;
    lines.push(path, what);
  }
  return createHash('sha256')
    .update(`${lines.join('\n')}\n`)
    .digest('hex');
}

/** The note for the about page: the zip's name and size; in the zip itself, that there is none. */
export function downloadNote(bytes: number | null): string {
  return `window.baokuDownload=${bytes === null ? 'null' : JSON.stringify({ href: ZIP_FILE, bytes })};\n`;
}

/**
 * A file's entry in the zip: as made, or as the published zip holds it, or (not there) read from the
 * published site and deflated; the note, in the zip, says there is no zip.
 */
function entryOf(
  path: string,
  entry: Entry | undefined,
  deflated: ReadonlyMap<string, Deflated>,
  published: Directory,
  sink: Sink,
): Omit<ZipEntry, 'name'> {
  if (!entry) return deflate(Buffer.from(downloadNote(null)));
  const made = deflated.get(path);
  if (made) return made;
  const kept = published.get(path);
  if (kept) return kept;
  const bytes = sink.readPublishedBytes(path);
  if (bytes === null)
    throw new BuildError(
      'this file of the published site has gone since it was built; delete the site and build again',
      { file: path, rule: 'published-file-gone' },
    );
  return deflate(bytes);
}
