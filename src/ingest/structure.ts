/**
 * A page's structure corrections for the parse: which pages have them, and their entries resolved
 * against the page's lines as they are now (a stale entry is an error naming the file and its line).
 */
import { readdirSync, statSync } from 'node:fs';
import type { Config } from './config.js';
import { readLines } from '../parse/lines.js';
import { resolveStructure, type Constraints } from '../parse/structure.js';
import { readStructureFile, structureFile } from './structure-file.js';

/** The page ids that have a structure-correction file, with a stamp of each (its inode, size and time). */
export function listStructureFiles(config: Pick<Config, 'correctionsDir'>): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(config.correctionsDir)
      .filter((n) => n.endsWith('.yml') && !n.startsWith('.'))
      .sort();
  } catch {
    return new Map();
  }
  const out = new Map<string, string>();
  for (const name of names) {
    const id = name.slice(0, -'.yml'.length);
    // Anything but a file (a folder, a FIFO, a broken link) is listed too, stamped as such: reading it then says what it is.
    let stamp: string;
    try {
      const s = statSync(structureFile(config, id));
      stamp = s.isFile() ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'not-a-file';
    } catch (error) {
      stamp = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    }
    out.set(id, stamp);
  }
  return out;
}

/** The page's structure corrections resolved against its text, or undefined when it has none. */
export function structureConstraints(
  config: Pick<Config, 'correctionsDir' | 'contentDir' | 'root'>,
  pageId: string,
  page: { body: string; lineOffset: number },
): Constraints | undefined {
  const entries = readStructureFile(config, pageId);
  if (!entries?.length) return undefined;
  return resolveStructure(readLines(page.body, page.lineOffset), entries);
}
