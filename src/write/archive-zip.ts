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
 * deflated as it comes (the site is never held whole), the key of a file taken from the published site.
 * The zip's key names every entry: when no file changed, the published zip is taken as it is. When one
 * did, the zip is put together again, the entries of taken files copied from the published zip as they
 * are (compressing the whole site again was most of a one-page rebuild): byte for byte what a fresh
 * build makes, since deflating the same content gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { BuildError } from '../errors.js';
import type { Sink } from './sink.js';
import { deflated, dosDate, zipEntries, zipOf, type Deflated } from './zip-format.js';

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

/** A sink that also makes the site's zip; `finish` adds it (and its note), before the sink's commit. */
export interface ZippingSink extends Sink {
  /** Makes the zip of every file passed through (or takes the published one) and writes it; `newest` dates its entries. */
  finish(newest: string | null): Promise<{ bytes: number; made: boolean }>;
}

/** What the zip knows of a file: its content as made (deflated), or that the published site has it (its key). */
type Entry = { made: Deflated } | { taken: string };

/** Wraps `sink`: every file goes on to it, and is noted for the zip. */
export function zippingSink(sink: Sink): ZippingSink {
  const entries = new Map<string, Entry>();
  const keep = (content: string | Uint8Array): Deflated =>
    deflated(typeof content === 'string' ? Buffer.from(content) : content);
  const taken = (path: string, key: string): void => void entries.set(path, { taken: key });
  // Each method named (not spread): the sink may keep its methods on a prototype.
  return {
    ready: () => sink.ready(),
    readPublished: (path) => sink.readPublished(path),
    readPublishedBytes: (path) => sink.readPublishedBytes(path),
    recall: (name) => sink.recall(name),
    remember: (name, value) => sink.remember(name, value),
    commit: () => sink.commit(),
    abort: () => sink.abort(),
    write(path, content, key) {
      sink.write(path, content, key);
      entries.set(path, { made: keep(content) });
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
    async finish(newest) {
      for (const path of [ZIP_FILE, DOWNLOAD_NOTE]) entries.delete(path);
      const paths = [...entries.keys(), DOWNLOAD_NOTE].sort();
      const key = zipKey(paths, entries, newest);
      const last = sink.recall(STATE) as { key?: unknown; bytes?: unknown } | null;
      if (last?.key === key && typeof last.bytes === 'number' && sink.reuse(ZIP_FILE, key)) {
        sink.write(DOWNLOAD_NOTE, downloadNote(last.bytes));
        sink.remember(STATE, last);
        return { bytes: last.bytes, made: false };
      }
      // The published zip's entries, if this code made it (see zip-format.ts), for the files taken as published.
      const published =
        last && (last as { format?: unknown }).format === FORMAT
          ? zipEntries(sink.readPublishedBytes(ZIP_FILE) ?? new Uint8Array())
          : new Map<string, Deflated>();
      const zip = zipOf(
        paths.map((path) => ({ name: path, ...entryOf(path, entries.get(path), published, sink) })),
        dosDate(newest),
      );
      sink.write(ZIP_FILE, zip, key);
      sink.write(DOWNLOAD_NOTE, downloadNote(zip.length));
      sink.remember(STATE, { key, bytes: zip.length, format: FORMAT });
      return { bytes: zip.length, made: true };
    },
  };
}

/**
 * The zip's key: each entry's path and what it is (a made file's content hash, a taken file's key: the
 * same as the published site's file, which the published zip holds), and the date. Equal keys mean the
 * published zip holds exactly these files.
 */
function zipKey(paths: readonly string[], entries: ReadonlyMap<string, Entry>, newest: string | null): string {
  const hash = createHash('sha256').update(`${FORMAT}\n${newest}\n`);
  for (const path of paths) {
    const entry = entries.get(path);
    if (!entry) continue;
    const what =
      'made' in entry
        ? `made ${entry.made.crc} ${createHash('sha1').update(entry.made.data).digest('hex')}`
        : `taken ${entry.taken}`;
    hash.update(`${path}\n${what}\n`);
  }
  return hash.digest('hex');
}

/** The note for the about page: the zip's name and size; in the zip itself, that there is none. */
export function downloadNote(bytes: number | null): string {
  return `window.baokuDownload=${bytes === null ? 'null' : JSON.stringify({ href: ZIP_FILE, bytes })};\n`;
}

/**
 * A file's entry in the zip: as made, or as the published zip holds it, or (not there) read from the
 * published site and deflated; the note, in the zip, says there is no zip.
 */
function entryOf(path: string, entry: Entry | undefined, published: Map<string, Deflated>, sink: Sink): Deflated {
  if (!entry) return deflated(Buffer.from(downloadNote(null)));
  if ('made' in entry) return entry.made;
  const kept = published.get(path);
  if (kept) return kept;
  const bytes = sink.readPublishedBytes(path);
  if (bytes === null)
    throw new BuildError(
      'this file of the published site has gone since it was built; delete the site and build again',
      { file: path, rule: 'published-file-gone' },
    );
  return deflated(bytes);
}
