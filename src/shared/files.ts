/**
 * The one folder walk: every file under a folder, in path order, for the build (templates, public assets),
 * the dev server's watch and the heap cap's size estimate.
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** How to walk: skip names starting with a dot; follow symbolic links (else they are neither file nor folder). */
export interface WalkOptions {
  hidden?: boolean;
  follow?: boolean;
}

/** Each file under `dir` with its stats, sorted by path; a folder or file that cannot be read is left out. */
export function walkFiles(dir: string, options: WalkOptions = {}): { path: string; stats: Stats }[] {
  const out: { path: string; stats: Stats }[] = [];
  const stat = options.follow === false ? lstatSync : statSync;
  const walk = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (options.hidden === false && name.startsWith('.')) continue;
      const path = join(folder, name);
      let stats: Stats;
      try {
        stats = stat(path);
      } catch {
        // Gone while we look (or a link to nothing).
        continue;
      }
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile()) out.push({ path, stats });
    }
  };
  walk(dir);
  return out;
}

/** The paths of the files under `dir`, sorted, links followed. */
export function filesUnder(dir: string): string[] {
  return walkFiles(dir).map((f) => f.path);
}
