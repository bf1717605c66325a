import { describe, expect, it } from 'vitest';
import { openIndex, type Query } from '../../src/search/engine.js';
import { readDataScript } from '../../src/search/format.js';
import { searchFields } from '../../src/search-node/indexer.js';
import { normalize, queryRuns } from '../../src/search/tokenize.js';
import { mulberry32 } from '../support/layout.js';
import { cutWords } from '../../src/text-node/words.js';
import { buildInMemory, tempContent } from '../support/site.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** An archive of the seed page and the test pages (tests/fixtures/pages). */
function archiveFiles() {
  const fixtures = join(import.meta.dirname, '../fixtures/pages');
  const pages: Record<string, string> = {
    'seed.txt': readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8'),
  };
  readdirSync(fixtures).forEach((name, i) => {
    pages[`${name}.txt`] =
      `---\ndate: 2024-0${(i % 9) + 1}-${10 + i}\n---\n${readFileSync(join(fixtures, name, 'input.txt'), 'utf8')}`;
  });
  return buildInMemory(tempContent(pages));
}

describe('search recall and precision against a plain substring scan', async () => {
  const { files, report } = await archiveFiles();
  const index = await openIndex(async (name) => readDataScript(files.get(`search/${name}.js`)!, name));
  const ids = async (q: Query): Promise<string[]> => index.idsOf((await index.search(q)).matches);
  const articleOf = new Map(report.archive.articles.map((a) => [a.id, a]));
  const texts = report.archive.articles.map((a) => searchFields(a).map((f) => normalize(f).chars.join('')));
  /** The plain scan: an article matches when every run of the query is a substring of one of its fields. */
  const scan = (q: string): string[] => {
    const runs = queryRuns(q);
    return report.archive.articles
      .filter((_, i) => runs.every((r) => texts[i]!.some((t) => t.includes(r))))
      .map((a) => a.id);
  };

  const rand = mulberry32(20261127);
  const queries: { q: string; kind: string }[] = [];
  const all = texts.flat().join('\n');
  while (queries.length < 700) {
    const len = 1 + Math.floor(rand() * 8);
    const at = Math.floor(rand() * (all.length - len));
    const q = all.slice(at, at + len);
    if (queryRuns(q).length) queries.push({ q, kind: /^\p{sc=Han}+$/u.test(q) ? 'han' : 'mixed' });
  }
  const words = [
    ...new Set(
      cutWords(report.archive.articles.map((a) => a.paragraphs.join('')).join('')).filter((w) =>
        /^\p{L}{2,}$/u.test(w),
      ),
    ),
  ];
  for (let i = 0; i < 250; i++) queries.push({ q: words[Math.floor(rand() * words.length)]!, kind: 'han' });
  for (let i = 0; i < 150; i++)
    queries.push({
      q: `${words[Math.floor(rand() * words.length)]!} ${words[Math.floor(rand() * words.length)]!}`,
      kind: 'two',
    });

  it('draws over a thousand queries from the archive text', () => {
    expect(queries.length).toBeGreaterThanOrEqual(1000);
    expect(report.archive.articles.length).toBeGreaterThan(20);
  });

  it('finds every article that contains the query (recall 100%), and for Chinese phrases only those', async () => {
    const misses: string[] = [];
    for (const { q, kind } of queries) {
      const got = (await ids({ q })).sort();
      const want = scan(q).sort();
      const missing = want.filter((id) => !got.includes(id));
      if (missing.length) misses.push(`${JSON.stringify(q)} missed ${missing.join(', ')}`);
      if (kind !== 'mixed') expect(got, q).toEqual(want);
    }
    expect(misses).toEqual([]);
  });

  it('ranks an article with the query in its headline first', async () => {
    for (const q of ['丰收', '社区', '会议', '防火墙']) {
      const [top] = await ids({ q });
      expect(articleOf.get(top!)!.title, q).toContain(q);
    }
  });

  it('filters by office with no query, and counts facets for the current query', async () => {
    const office = report.archive.offices[0]!;
    expect((await ids({ q: '', office: office.name })).sort()).toEqual(office.articles.map((a) => a.id).sort());
    const all = await index.search({ q: '社区' });
    const found = (await index.idsOf(all.matches)).map((id) => articleOf.get(id)!);
    const byOffice = new Map<string, number>();
    for (const a of found) if (a.office) byOffice.set(a.office, (byOffice.get(a.office) ?? 0) + 1);
    expect(new Map(all.facets.office)).toEqual(byOffice);
    const byReporter = new Map<string, number>();
    for (const a of found)
      for (const r of new Set([...a.reporters, ...a.correspondents])) byReporter.set(r, (byReporter.get(r) ?? 0) + 1);
    expect(new Map(await index.reporterFacet(all.matches))).toEqual(byReporter);
    const monthOf = (a: (typeof found)[number]): string | undefined =>
      report.archive.pages.find((p) => p.id === a.pageId)!.date?.slice(0, 7);
    const byMonth = new Map<string, number>();
    for (const a of found) if (monthOf(a)) byMonth.set(monthOf(a)!, (byMonth.get(monthOf(a)!) ?? 0) + 1);
    expect(new Map(all.facets.month)).toEqual(byMonth);
    const month = [...byMonth.keys()].at(-1)!;
    expect((await ids({ q: '社区', month })).sort()).toEqual(
      found
        .filter((a) => monthOf(a) === month)
        .map((a) => a.id)
        .sort(),
    );
    const reporter = [...byReporter.keys()][0]!;
    expect((await ids({ q: '社区', reporter })).sort()).toEqual(
      found
        .filter((a) => [...a.reporters, ...a.correspondents].includes(reporter))
        .map((a) => a.id)
        .sort(),
    );
  });

  it('suggests keywords of the archive that share the longest piece of the query, each one found', async () => {
    const q = '社区火星基地';
    const words = await index.suggest(q);
    expect(words.length).toBeGreaterThan(0);
    const pieces = [...q].slice(0, -1).map((c, i) => c + q[i + 1]);
    for (const w of words) {
      expect(
        pieces.some((p) => w.includes(p)),
        w,
      ).toBe(true);
      expect((await index.search({ q: w })).matches.length, w).toBeGreaterThan(0);
    }
    const typed = await index.suggest('社区');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((w) => w.includes('社区'))).toBe(true);
  });

  it('sorts by date when asked, newest first', async () => {
    const dateOf = new Map(report.archive.pages.map((p) => [p.id, p.date ?? '']));
    const dates = (await ids({ q: '的', sort: 'date' })).map((id) => dateOf.get(articleOf.get(id)!.pageId)!);
    expect(new Set(dates).size).toBeGreaterThan(3);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
