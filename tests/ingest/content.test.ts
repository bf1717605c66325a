import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/config.js';
import { listPageFiles, pageNames } from '../../src/ingest/content.js';
import { tempDir } from '../support/temp.js';

/** A pages folder with files at the top and in folders of years, as editors keep them. */
function pagesFolder(pagesDir: string): string[] {
  for (const name of ['2024-01-05-p1.txt', '2023/2023-12-01-p2.txt', '2023/12/第3版.txt', 'notes.md']) {
    mkdirSync(join(pagesDir, name, '..'), { recursive: true });
    writeFileSync(join(pagesDir, name), '本报讯 一篇文章。\n');
  }
  return listPageFiles({ pagesDir } as Parameters<typeof listPageFiles>[0]);
}

describe('page names', () => {
  it('are the display path and the path within the pages folder, for pages inside the project', () => {
    const root = tempDir('baoku-names-');
    const pagesDir = join(root, 'content', 'pages');
    const files = pagesFolder(pagesDir);
    const names = pageNames({ root, pagesDir }, files);
    expect([...names.values()].map((n) => n.path)).toEqual(['content/pages/2023/12/第3版.txt', 'content/pages/2023/2023-12-01-p2.txt', 'content/pages/2024-01-05-p1.txt', 'content/pages/notes.md']);
    for (const file of files) {
      expect(names.get(file)).toEqual({ path: displayPath({ root }, file), inPages: relative(pagesDir, file).split(sep).join('/') });
    }
  });

  it('leave pages kept outside the project (--content elsewhere) under their full path', () => {
    const root = tempDir('baoku-names-root-');
    const pagesDir = join(tempDir('baoku-names-elsewhere-'), 'pages');
    const files = pagesFolder(pagesDir);
    const names = pageNames({ root, pagesDir }, files);
    for (const file of files) expect(names.get(file)).toEqual({ path: file, inPages: relative(pagesDir, file).split(sep).join('/') });
    expect(names.get(files[0]!)!.inPages).toBe('2023/12/第3版.txt');
  });

  it('are the same as displayPath for a file given from outside the pages folder', () => {
    const root = tempDir('baoku-names-odd-');
    const pagesDir = join(root, 'content', 'pages');
    const odd = join(root, 'content', 'other.txt');
    expect(pageNames({ root, pagesDir }, [odd]).get(odd)).toEqual({ path: 'content/other.txt', inPages: '../other.txt' });
  });
});
