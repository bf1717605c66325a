import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageRecord, writePageRecord, type PageEntry } from '../../src/kept/page-record.js';
import { tempDir } from '../support/temp.js';

const entry = (n: number): PageEntry => ({
  stamp: `s${n}`,
  id: `page-${n}`,
  key: `k${n}`,
  meta: { date: '2024-01-01' },
  lineOffset: 3,
  diagnostics: [],
  parse: {
    source: `p${n}.txt`,
    page: {
      name: null,
      pageName: null,
      nameLatin: null,
      date: '2024-01-01',
      dateInferred: false,
      paper: null,
      issue: null,
      pageNumber: n,
    },
    fields: ['id', 'title', 'reporters', 'keywords', 'paragraphs'],
    articles: [[`page-${n}-1`, `标题${n}`, ['林青'], ['会议'], null]],
    unassigned: [],
    warnings: [],
  },
});

/** The record's files and their modification times. */
function times(dir: string): Map<string, number> {
  const shards = join(dir, 'pages');
  return new Map(readdirSync(shards).map((n) => [n, statSync(join(shards, n)).mtimeMs]));
}

describe('the page record', () => {
  const pages = Array.from({ length: 40 }, (_, n): [string, PageEntry] => [`content/pages/p${n}.txt`, entry(n)]);

  it('reads back what it wrote, for the same token only', () => {
    const dir = tempDir('baoku-record-');
    writePageRecord(dir, 't1', pages, { pages: new Map(), read: new Set() });
    const back = readPageRecord(dir, 't1');
    expect([...back.pages.keys()].sort()).toEqual(pages.map(([p]) => p).sort());
    expect(back.pages.get('content/pages/p7.txt')).toEqual(entry(7));
    expect(readPageRecord(dir, 't2').pages.size).toBe(0);
  });

  it('writes again only the shards whose pages changed or went', () => {
    const dir = tempDir('baoku-record-');
    writePageRecord(dir, 't1', pages, { pages: new Map(), read: new Set() });
    const old = new Date(2000, 0, 1);
    for (const n of readdirSync(join(dir, 'pages'))) utimesSync(join(dir, 'pages', n), old, old);
    const before = readPageRecord(dir, 't1');
    const untouched = times(dir);
    // The same entries: nothing is written.
    writePageRecord(dir, 't1', [...before.pages], before);
    expect(times(dir)).toEqual(untouched);
    // One page changed, one gone: at most two shards are written, and the record says so.
    const now = [...before.pages]
      .filter(([p]) => p !== 'content/pages/p3.txt')
      .map(([p, e]): [string, PageEntry] => [p, p === 'content/pages/p5.txt' ? { ...e, stamp: 'new' } : e]);
    writePageRecord(dir, 't1', now, before);
    const changed = [...times(dir)].filter(([n, t]) => t !== untouched.get(n));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2);
    const after = readPageRecord(dir, 't1');
    expect(after.pages.has('content/pages/p3.txt')).toBe(false);
    expect(after.pages.get('content/pages/p5.txt')!.stamp).toBe('new');
    expect(after.pages.size).toBe(39);
  });
});
