import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, resolveConfig } from '../../src/ingest/config.js';
import { listPageFiles, pageNames, readAllPages, readPageFile } from '../../src/ingest/content.js';
import { pageIds } from '../../src/ingest/page-ids.js';
import { thrown } from '../support/errors.js';
import { tempDir } from '../support/temp.js';

/** A pages folder with files at the top and in folders of years, as editors keep them. */
function pagesFolder(pagesDir: string): string[] {
  for (const name of ['2024-01-05-p1.txt', '2023/2023-12-01-p2.txt', '2023/12/第3版.txt', 'notes.md']) {
    mkdirSync(join(pagesDir, name, '..'), { recursive: true });
    writeFileSync(join(pagesDir, name), '本报讯 一篇文章。\n');
  }
  return listPageFiles({ root: join(pagesDir, '..', '..'), contentDir: join(pagesDir, '..'), pagesDir }).files;
}

describe('page names', () => {
  it('are the display path and the path within the pages folder, for pages inside the project', () => {
    const root = tempDir('baoku-names-');
    const pagesDir = join(root, 'content', 'pages');
    const files = pagesFolder(pagesDir);
    const names = pageNames({ root, pagesDir }, files);
    expect([...names.values()].map((n) => n.path)).toEqual([
      'content/pages/2023/12/第3版.txt',
      'content/pages/2023/2023-12-01-p2.txt',
      'content/pages/2024-01-05-p1.txt',
      'content/pages/notes.md',
    ]);
    for (const file of files) {
      expect(names.get(file)).toEqual({
        path: displayPath({ root }, file),
        inPages: relative(pagesDir, file).split(sep).join('/'),
      });
    }
  });

  it('leave pages kept outside the project (--content elsewhere) under their full path', () => {
    const root = tempDir('baoku-names-root-');
    const pagesDir = join(tempDir('baoku-names-elsewhere-'), 'pages');
    const files = pagesFolder(pagesDir);
    const names = pageNames({ root, pagesDir }, files);
    for (const file of files)
      expect(names.get(file)).toEqual({ path: file, inPages: relative(pagesDir, file).split(sep).join('/') });
    expect(names.get(files[0]!)!.inPages).toBe('2023/12/第3版.txt');
  });

  it('are the same as displayPath for a file given from outside the pages folder', () => {
    const root = tempDir('baoku-names-odd-');
    const pagesDir = join(root, 'content', 'pages');
    const odd = join(root, 'content', 'other.txt');
    expect(pageNames({ root, pagesDir }, [odd]).get(odd)).toEqual({
      path: 'content/other.txt',
      inPages: '../other.txt',
    });
  });
});

describe('reading page files', () => {
  it('a page removed between the listing and the reading is an error naming it; the others are read', async () => {
    const root = tempDir('baoku-gone-');
    const config = resolveConfig({ root });
    const files = pagesFolder(config.pagesDir);
    const listing = listPageFiles(config);
    rmSync(files[1]!);
    const { pages, diagnostics } = await readAllPages(config, undefined, listing);
    expect(pages.map((p) => p.path)).toEqual(files.filter((_, i) => i !== 1).map((f) => displayPath(config, f)));
    expect(diagnostics).toMatchObject([
      { file: displayPath(config, files[1]!), severity: 'error', rule: 'read', message: expect.stringMatching(/gone/) },
    ]);
  });

  it('a FIFO put where a page was is refused, not opened (the read would never end)', () => {
    const root = tempDir('baoku-fifo-');
    const config = resolveConfig({ root });
    const [file] = pagesFolder(config.pagesDir);
    rmSync(file!);
    expect(spawnSync('mkfifo', [file!]).status).toBe(0);
    expect(thrown(() => readPageFile(file!, config))).toMatchObject({
      rule: 'not-a-file',
      message: 'is a FIFO (named pipe), not a file',
    });
  });
});

describe('page ids', () => {
  it('are one per page: a file whose name gives an id another file has is an error naming both', () => {
    const names = [
      'Page_One.txt',
      'page one.txt',
      'page--one.txt',
      'page-one.txt',
      '2023/page-one.txt',
      '2023-page-one.txt',
    ].map((n) => ({ path: `content/pages/${n}`, inPages: n }));
    const { ids, clashes } = pageIds(names);
    expect([...ids]).toEqual([
      ['content/pages/Page_One.txt', 'page-one'],
      ['content/pages/2023/page-one.txt', '2023-page-one'],
    ]);
    expect(clashes.map((c) => [c.file, c.severity, c.rule])).toEqual([
      ['content/pages/page one.txt', 'error', 'duplicate-id'],
      ['content/pages/page--one.txt', 'error', 'duplicate-id'],
      ['content/pages/page-one.txt', 'error', 'duplicate-id'],
      ['content/pages/2023-page-one.txt', 'error', 'duplicate-id'],
    ]);
    expect(clashes[3]!.message).toContain('content/pages/2023/page-one.txt');
  });
});
