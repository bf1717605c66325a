/**
 * The whole site as one zip, for readers to keep and read offline (the about page offers it).
 *
 * What it holds: every file of the built site, in path order, except the zip itself (a zip cannot hold
 * itself) and the download note (baoku-download.js, which tells the about page the zip's size): the copy
 * in the zip says instead that there is no zip to offer, so an unzipped site offers nothing it lacks.
 * Each entry is dated the day of the newest issue (noon) and is a plain 0644 file: the same site gives
 * the same bytes, whenever and wherever it is built.
 *
 * A build passes every file through `zippingSink`, which keeps what the zip needs: the content of a file
 * made (deflated, so the site is never held whole), the key of one taken from the published site (read
 * back from there if the zip must be made). The zip's key names every entry: when no file changed, the
 * published zip is taken as it is; when one did, the zip is made again.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import { BuildError } from '../errors.js';
import type { Sink } from './sink.js';

/** The zip's path in the site. */
export const ZIP_FILE = 'baoku-archive.zip';
/** The script that tells the about page the zip's size (in the zip: that there is no zip). */
export const DOWNLOAD_NOTE = 'baoku-download.js';
/** Bumped when the zip's layout changes, so that a published zip of the old layout is made again. */
const FORMAT = 'zip-1';
/** What the sink remembers of the zip for the next build. */
const STATE = 'archive-zip';

/** A sink that also makes the site's zip; `finish` adds it (and its note), before the sink's commit. */
export interface ZippingSink extends Sink {
  /** Makes the zip of every file passed through (or takes the published one) and writes it; `newest` dates its entries. */
  finish(newest: string | null): Promise<{ bytes: number; made: boolean }>;
}

/** What the zip knows of a file: its content as made (deflated), or that the published site has it. */
type Entry = { made: Buffer } | { taken: string };

/** Wraps `sink`: every file goes on to it, and is noted for the zip. */
export function zippingSink(sink: Sink): ZippingSink {
  const entries = new Map<string, Entry>();
  // A quick deflate, only to keep made files small until the zip takes them (it compresses them itself).
  const keep = (content: string | Uint8Array): Buffer =>
    deflateRawSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 1 });
  const taken = (path: string, key: string): void => void entries.set(path, { taken: key });
  // Each method named (not spread): the sink may keep its methods on a prototype.
  return {
    ready: () => sink.ready(),
    readPublished: (path) => sink.readPublished(path),
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
      const content = (path: string): Buffer => {
        const entry = entries.get(path);
        if (!entry) return Buffer.from(downloadNote(null));
        if ('made' in entry) return inflateRawSync(entry.made);
        // A file taken from the published site is one the build rendered (text): read back as such.
        const text = sink.readPublished(path);
        if (text === null)
          throw new BuildError(
            'this file of the published site has gone since it was built; delete the site and build again',
            {
              file: path,
              rule: 'published-file-gone',
            },
          );
        return Buffer.from(text);
      };
      const zip = await makeZip(paths, content, newest);
      sink.write(ZIP_FILE, zip, key);
      sink.write(DOWNLOAD_NOTE, downloadNote(zip.length));
      sink.remember(STATE, { key, bytes: zip.length });
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
      'made' in entry ? `made ${createHash('sha1').update(entry.made).digest('hex')}` : `taken ${entry.taken}`;
    hash.update(`${path}\n${what}\n`);
  }
  return hash.digest('hex');
}

/** The note for the about page: the zip's name and size; in the zip itself, that there is none. */
export function downloadNote(bytes: number | null): string {
  return `window.baokuDownload=${bytes === null ? 'null' : JSON.stringify({ href: ZIP_FILE, bytes })};\n`;
}

/**
 * The zip of `paths` (sorted; the note among them), their content asked for one at a time as the zip is written. yazl: it
 * writes ZIP64 when an archive passes 65,535 files or 4 GB (a large archive does; fflate cannot), takes
 * a fixed date and mode, and reads each entry only when it comes to it.
 */
function makeZip(paths: readonly string[], content: (path: string) => Buffer, newest: string | null): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // Local fields: the DOS date of a zip entry is local time, so a date made of local fields reads the same
  // in every time zone; the UTC "extended timestamp" would not, and is left out.
  const [y, m, d] = (newest ?? '1980-01-01').split('-').map(Number) as [number, number, number];
  const options = { mtime: new Date(y, m - 1, d, 12), mode: 0o100644, forceDosTimestamp: true };
  for (const path of paths) {
    zip.addReadStreamLazy(path, options, (done) => {
      try {
        done(null, Readable.from([content(path)]));
      } catch (error) {
        done(error as Error, null as never);
      }
    });
  }
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}
