/**
 * Opening content files safely: a page, correction or site.yml is a regular file inside the content
 * folder, of a size a page can have. Links are followed only to files inside it; a FIFO or a device is
 * never opened (reading one hangs, or never ends: /dev/zero); a file is never read past the limit.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { sep } from 'node:path';
import { BuildError } from '../errors.js';

/**
 * The most bytes a content file may have, checked before it is read: 16 MB, four times what the longest
 * printed page (see LIMITS in content.ts) takes even as UTF-32.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Where a file is read from: `shown` names it in messages; `within` (a real path) is the folder it must not leave. */
export interface Place {
  shown: string;
  within?: string | undefined;
}

/** The real path of a folder files must stay inside (the folder itself when it cannot be resolved). */
export function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return dir;
  }
}

/** Whether the real path `real` is `folder` or inside it. */
export function isInside(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Checks that `file` (links followed) is a regular file inside `place.within` and not over the limit,
 * without opening it; its real path and stats, or a BuildError naming it that says why not.
 */
export function checkContentFile(file: string, place: Place): { real: string; stats: Stats } {
  let real: string;
  let stats: Stats;
  try {
    real = realpathSync.native(file);
    stats = statSync(real);
  } catch (error) {
    throw fileError(error, file, place.shown);
  }
  if (place.within !== undefined && !isInside(real, place.within)) {
    throw new BuildError(
      `is a link to ${real}, outside the content folder: baoku reads only files inside it (copy the file in instead)`,
      { file: place.shown, rule: 'outside-content' },
    );
  }
  checkStats(stats, place.shown);
  return { real, stats };
}

/** Throws a BuildError naming the file unless `stats` are a regular file's within the size limit. */
export function checkStats(stats: Stats, shown: string): void {
  if (!stats.isFile()) throw new BuildError(`is ${kindOf(stats)}, not a file`, { file: shown, rule: 'not-a-file' });
  if (stats.size > MAX_FILE_BYTES) throw tooLarge(stats.size, shown);
}

function tooLarge(size: number, shown: string): BuildError {
  return new BuildError(
    `the file has ${size} bytes, more than a page can have (limit ${MAX_FILE_BYTES}); is this the right file?`,
    { file: shown, rule: 'file-too-large' },
  );
}

/**
 * Reads a content file's bytes after checking it (checkContentFile). It is opened non-blocking and
 * without following a link, and checked again once open: a file swapped for a link, a FIFO or another
 * file meanwhile is refused, not read. Never reads more than the limit.
 */
export function readContentFile(file: string, place: Place): Uint8Array {
  const { real, stats } = checkContentFile(file, place);
  let fd: number;
  try {
    // Note: O_NONBLOCK so that a FIFO put in the file's place since the check does not hang the open.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw fileError(error, file, place.shown);
  }
  try {
    const open = fstatSync(fd);
    checkStats(open, place.shown);
    if (open.ino !== stats.ino || open.dev !== stats.dev)
      throw new BuildError('the file was replaced while baoku read it; run again', { file: place.shown, rule: 'read' });
    let buffer = Buffer.allocUnsafe(Math.min(open.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // Grown since the check: read on, up to the limit.
        if (length > MAX_FILE_BYTES) throw tooLarge(length, place.shown);
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw fileError(error, file, place.shown);
  } finally {
    closeSync(fd);
  }
}

/** What a failed file operation means for the editor, as a BuildError naming the file. */
export function fileError(error: unknown, file: string, shown: string): BuildError {
  const code = (error as NodeJS.ErrnoException).code;
  const where = { file: shown, rule: 'read', cause: error };
  if (code === 'ENOENT') {
    const target = linkTarget(file);
    if (target !== null)
      return new BuildError(`is a link to ${target}, which does not exist`, { ...where, rule: 'broken-link' });
    return new BuildError('the file is gone (removed or renamed while baoku was reading the folder?)', where);
  }
  if (code === 'ELOOP')
    return new BuildError('is a link that leads round in a loop of links, never to a file', {
      ...where,
      rule: 'broken-link',
    });
  if (code === 'EACCES' || code === 'EPERM')
    return new BuildError("cannot be read: permission denied (check the file's owner and permissions)", where);
  if (code === 'EISDIR') return new BuildError('is a folder, not a file', { ...where, rule: 'not-a-file' });
  return new BuildError(`cannot be read: ${code ?? (error as Error).message}`, where);
}

/** Where a link points, or null when `file` is not a link. */
export function linkTarget(file: string): string | null {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : null;
  } catch {
    return null;
  }
}

/** "a folder", "a FIFO (named pipe)" and so on. */
export function kindOf(s: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSymbolicLink()) return 'a link';
  return 'not a regular file';
}
