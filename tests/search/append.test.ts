import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder, type IndexState } from '../../src/search/builder.js';
import { contribution, searchFields } from '../../src/search/indexer.js';
import type { Archive } from '../../src/site/model.js';
import { buildInMemory, tempContent } from '../support/site.js';

/** The test pages, dated a month apart in folder order, the seed page (dated 2023) first. */
function pageFiles(): [string, string][] {
  const fixtures = join(import.meta.dirname, '../fixtures/pages');
  return [
    ['seed.txt', readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8')],
    ...readdirSync(fixtures).map((name, i): [string, string] => [`${name}.txt`, `---\ndate: 2024-${String(i + 1).padStart(2, '0')}-15\n---\n${readFileSync(join(fixtures, name, 'input.txt'), 'utf8')}`]),
  ];
}

async function archiveOf(files: [string, string][]): Promise<Archive> {
  return (await buildInMemory(tempContent(Object.fromEntries(files)))).report.archive;
}

interface Index {
  files: Map<string, string>;
  state: IndexState;
}

/** Makes the index of `archive`, adding to `published` when it can; null when the lists outgrew its shards. */
function index(archive: Archive, published: Index | null): { index: Index; from: number } | null {
  const builder = new SearchIndexBuilder(archive);
  const fields = builder.pages.map((p) => p.articles.map((a) => searchFields(a)));
  const from = builder.resume(fields.map((f) => JSON.stringify(f)), published?.state ?? null, (path) => published?.files.get(path) ?? null);
  const files = new Map(published && from ? published.files : []);
  builder.pages.slice(from).forEach((page, k) => {
    for (const f of builder.add(page, fields[from + k]!.map((f) => contribution(f)))) files.set(f.path, f.content);
  });
  const done = builder.finish();
  if (!done) return null;
  for (const f of done.files) files.set(f.path, f.content);
  return { index: { files, state: done.state }, from };
}

describe('adding pages to a published search index', async () => {
  const pages = pageFiles();
  const all = await archiveOf(pages);
  const whole = index(all, null)!.index;

  it('gives the same files as making the index whole, when the new pages are the newest', async () => {
    const before = index(await archiveOf(pages.slice(0, -1)), null)!.index;
    const after = index(all, before)!;
    expect(after.from).toBe(pages.length - 1);
    expect([...after.index.files.keys()].sort()).toEqual([...whole.files.keys()].sort());
    for (const [path, content] of whole.files) expect(after.index.files.get(path), path).toBe(content);
    expect(after.index.state).toEqual(whole.state);
  });

  it('makes the index whole when a page before the new ones changed', async () => {
    const edited = pages.map(([name, text], i): [string, string] => [name, i === 2 ? text.replace(/。/, '，') : text]);
    const before = index(await archiveOf(edited.slice(0, -1)), null)!.index;
    expect(index(all, before)!.from).toBe(0);
  });

  it('gives up adding when the lists outgrow the shards, and making it whole still works', async () => {
    const before = index(await archiveOf(pages.slice(0, 1)), null)!.index;
    expect(before.state.shards).toBeLessThan(whole.state.shards);
    expect(index(all, before)).toBeNull();
  });

  it('makes the index whole when a file it needs has gone from the published site', async () => {
    const before = index(await archiveOf(pages.slice(0, -1)), null)!.index;
    for (const path of [...before.files.keys()]) if (path.startsWith('search/shard-')) before.files.delete(path);
    expect(index(all, before)).toBeNull();
  });
});
