/**
 * Page ids: the one rule every command derives a page's id by (its articles' ids and its pages' URLs
 * start with it), and the check that keeps it one to one.
 */
import type { Diagnostic } from '../errors.js';
import { slug } from '../parse/page.js';

/**
 * A page's id from its path within the pages folder (`2023/06/p1.txt` → `2023-06-p1`); a file given from
 * elsewhere (`baoku parse FILE`) by its name alone. Different names can give one id (`Page One.txt`,
 * `page-one.txt`): `pageIds` refuses all but the first.
 */
export function pageId(inPages: string): string {
  const name = inPages.startsWith('../') || inPages.startsWith('/') ? inPages.split(/[\\/]/).pop()! : inPages;
  return slug(name.replace(/[\\/]/g, '-'));
}

/**
 * The ids of the page files (display path → id; `names` in path order), and an error for each file
 * whose id an earlier file has: two pages under one id would show as one, one page's articles lost,
 * and search would answer with another page's article.
 */
export function pageIds(names: Iterable<{ path: string; inPages: string }>): {
  ids: Map<string, string>;
  clashes: Diagnostic[];
} {
  const ids = new Map<string, string>();
  const owner = new Map<string, string>();
  const clashes: Diagnostic[] = [];
  for (const { path, inPages } of names) {
    const id = pageId(inPages);
    const first = owner.get(id);
    if (first !== undefined) {
      clashes.push({
        file: path,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'duplicate-id',
        message: `this page file and ${first} both get the page id ${id} (ids keep only letters and digits of the name); rename one of them`,
      });
      continue;
    }
    owner.set(id, path);
    ids.set(path, id);
  }
  return { ids, clashes };
}
