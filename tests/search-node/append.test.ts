import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder, type IndexState } from '../../src/search-node/builder.js';
import { contribution, searchFields } from '../../src/search-node/indexer.js';
import { PostingsStore } from '../../src/search-node/postings.js';
import type { Archive } from '../../src/site/model.js';
import { buildInMemory, tempContent } from '../support/site.js';

/** The test pages, dated a month apart in folder order, the seed page (dated 2023) first. */
function pageFiles(): [string, string][] {
  const fixtures = join(import.meta.dirname, '../fixtures/pages');
  return [
    ['seed.txt', readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8')],
    ...readdirSync(fixtures).map((name, i): [string, string] => [
      `${name}.txt`,
      `---\ndate: 2024-${String(i + 1).padStart(2, '0')}-15\n---\n${readFileSync(join(fixtures, name, 'input.txt'), 'utf8')}`,
    ]),
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
  const lists = new PostingsStore();
  const builder = new SearchIndexBuilder(archive, lists);
  const fields = builder.pages.map((p) => p.articles.map((a) => searchFields(a)));
  const from = builder.resume(
    fields.map((f) => JSON.stringify(f)),
    published?.state ?? null,
    (path) => published?.files.get(path) ?? null,
  );
  const files = new Map(published && from ? published.files : []);
  builder.pages.slice(from).forEach((page, k) => {
    for (const f of builder.add(
      page,
      fields[from + k]!.map((f) => contribution(f)),
    ))
      files.set(f.path, f.content);
  });
  const done = builder.finishWith(lists);
  if (!done) return null;
  for (const f of done.files) files.set(f.path, f.content);
  for (const path of done.gone) files.delete(path);
  return { index: { files, state: done.state }, from };
}

/** The two indexes hold the same files, byte for byte, and the same state. */
function expectSame(a: Index, b: Index): void {
  expect([...a.files.keys()].sort()).toEqual([...b.files.keys()].sort());
  for (const [path, content] of b.files) expect(a.files.get(path), path).toBe(content);
  expect(a.state).toEqual(b.state);
}

describe('adding pages to a published search index', async () => {
  const pages = pageFiles();
  const all = await archiveOf(pages);
  const whole = index(all, null)!.index;

  it('gives the same files as making the index whole, when the new pages are the newest', async () => {
    const before = index(await archiveOf(pages.slice(0, -1)), null)!.index;
    const after = index(all, before)!;
    expect(after.from).toBe(pages.length - 1);
    expectSame(after.index, whole);
  });

  it('takes the latest pages out and adds them again when they were edited or removed', async () => {
    const edited = pages.map(([name, text], i): [string, string] => [
      name,
      i >= pages.length - 2 ? text.replace(/。/, '，').replace(/[\u4e00-\u9fff]{6}/, '') : text,
    ]);
    const before = index(await archiveOf(edited), null)!.index;
    const again = index(all, before)!;
    expect(again.from).toBe(pages.length - 2);
    expectSame(again.index, whole);
    const fewer = await archiveOf(pages.slice(0, -2));
    const shrunk = index(fewer, whole)!;
    expect(shrunk.from).toBe(pages.length - 2);
    expectSame(shrunk.index, index(fewer, null)!.index);
  });

  it('moves a long list back into its shard when taking pages out shortens it', async () => {
    const page = (n: number, times: number): [string, string] => [
      `p${n}.txt`,
      `---\ndate: 2024-03-0${n}\n---\n本报讯 （记者 王一） ${'青石区修路。'.repeat(times)}\n`,
    ];
    const long = [page(1, 400), page(2, 400), page(3, 400)];
    const short = [page(1, 400), page(2, 400), page(3, 1)];
    const longIndex = index(await archiveOf(long), null)!.index;
    const shortArchive = await archiveOf(short);
    const shortIndex = index(shortArchive, null)!.index;
    expect(Object.keys(longIndex.state.long)).toContain('青石');
    expect(Object.keys(shortIndex.state.long)).not.toContain('青石');
    for (const [from, to, archive] of [
      [longIndex, shortIndex, shortArchive],
      [shortIndex, longIndex, await archiveOf(long)],
    ] as const) {
      const next = index(archive, from)!;
      expect(next.from).toBe(2);
      expectSame(next.index, to);
    }
  });

  it('takes out every page after an early edit, or makes the index whole when the first page changed', async () => {
    const edit = (k: number): Promise<Archive> =>
      archiveOf(pages.map(([name, text], i): [string, string] => [name, i === k ? text.replace(/。/, '，') : text]));
    const again = index(all, index(await edit(1), null)!.index)!;
    expect(again.from).toBe(1);
    expectSame(again.index, whole);
    expect(index(all, index(await edit(0), null)!.index)!.from).toBe(0);
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
