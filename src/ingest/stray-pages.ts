/**
 * Page files where the build does not look: `.txt` files in the content folder but outside its pages
 * folder, which an editor may have put there expecting them published.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { displayPath, type Config } from './config.js';
import type { Diagnostic } from '../errors.js';

/** How deep below the content folder to look: bounded, as every walk over an editor's folders. */
const MAX_DEPTH = 8;
/** How many to name; past it, the rest would only repeat the advice. */
const MAX_SHOWN = 50;

/** A warning for each `.txt` file under the content folder but not under its pages folder (links and dot-folders, such as the cache, are not followed). */
export function strayPageFiles(config: Pick<Config, 'root' | 'contentDir' | 'pagesDir'>): Diagnostic[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // A folder that cannot be listed holds nothing the build reads either; the build reports its own.
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || found.length >= MAX_SHOWN) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== config.pagesDir && depth < MAX_DEPTH) walk(full, depth + 1);
      } else if (entry.isFile() && /\.txt$/i.test(entry.name)) found.push(full);
    }
  };
  walk(config.contentDir, 0);
  const pages = displayPath(config, config.pagesDir);
  return found.map((full) => ({
    file: displayPath(config, full),
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'outside-pages',
    message: `a page file outside ${pages}/: the build does not read it (move it into ${pages}/ to publish it)`,
  }));
}
