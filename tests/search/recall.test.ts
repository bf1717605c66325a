import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/search/engine.js';
import { readDataScript } from '../../src/search/format.js';
import { searchFields } from '../../src/search/indexer.js';
import { normalize, queryRuns } from '../../src/search/tokenize.js';
import { mulberry32 } from '../support/layout.js';
import { cutWords } from '../../src/text/segment.js';
import { buildInMemory, tempContent } from '../support/site.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** An archive of the seed page and the six test pages. */
function archiveFiles() {
  const fixtures = join(import.meta.dirname, '../fixtures/pages');
  const pages: Record<string, string> = {
    'seed.txt': readFileSync(join(import.meta.dirname, '../../content/pages/jingkaiqu-xinwen-page.txt'), 'utf8'),
  };
  readdirSync(fixtures).forEach((name, i) => {
    pages[`${name}.txt`] = `---\ndate: 2024-0${(i % 9) + 1}-1${i}\n---\n${readFileSync(join(fixtures, name, 'input.txt'), 'utf8')}`;
  });
  return buildInMemory(tempContent(pages));
}

describe('search recall and precision against a plain substring scan', async () => {
  const { files, report } = await archiveFiles();
  const index = await openIndex(async (name) => readDataScript(files.get(`search/${name}.js`)!));
  const texts = report.archive.articles.map((a) => searchFields(a).map((f) => normalize(f).chars.join('')));
  /** The plain scan: an article matches when every run of the query is a substring of one of its fields. */
  const scan = (q: string): string[] => {
    const runs = queryRuns(q);
    return report.archive.articles.filter((_, i) => runs.every((r) => texts[i]!.some((t) => t.includes(r)))).map((a) => a.id);
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
  const words = [...new Set(cutWords(report.archive.articles.map((a) => a.paragraphs.join('')).join('')).filter((w) => /^\p{L}{2,}$/u.test(w)))];
  for (let i = 0; i < 250; i++) queries.push({ q: words[Math.floor(rand() * words.length)]!, kind: 'han' });
  for (let i = 0; i < 150; i++) queries.push({ q: `${words[Math.floor(rand() * words.length)]!} ${words[Math.floor(rand() * words.length)]!}`, kind: 'two' });

  it('draws over a thousand queries from the archive text', () => {
    expect(queries.length).toBeGreaterThanOrEqual(1000);
    expect(report.archive.articles.length).toBeGreaterThan(20);
  });

  it('finds every article that contains the query (recall 100%), and for Chinese phrases only those', async () => {
    const misses: string[] = [];
    for (const { q, kind } of queries) {
      const got = (await index.search({ q })).matches.map((m) => m.id).sort();
      const want = scan(q).sort();
      const missing = want.filter((id) => !got.includes(id));
      if (missing.length) misses.push(`${JSON.stringify(q)} missed ${missing.join(', ')}`);
      if (kind !== 'mixed') expect(got, q).toEqual(want);
    }
    expect(misses).toEqual([]);
  });

  it('ranks an article with the query in its headline first', async () => {
    for (const q of ['丰收', '社区', '会议', '防火墙']) {
      const top = (await index.search({ q })).matches[0]!;
      expect(report.archive.articles.find((a) => a.id === top.id)!.title, q).toContain(q);
    }
  });

  it('filters by office with no query, and counts facets for the current query', async () => {
    const office = report.archive.offices[0]!;
    const answer = await index.search({ q: '', office: office.name });
    expect(answer.matches.map((m) => m.id).sort()).toEqual(office.articles.map((a) => a.id).sort());
    const all = await index.search({ q: '社区' });
    const counted = all.facets.office.reduce((s, [, n]) => s + n, 0);
    expect(counted).toBe(all.matches.filter((m) => report.archive.articles.find((a) => a.id === m.id)!.office).length);
  });

  it('sorts by date when asked, newest first', async () => {
    const answer = await index.search({ q: '记者', sort: 'date' });
    const dates = answer.matches.map((m) => m.date);
    expect([...dates].sort((x, y) => y - x)).toEqual(dates);
  });
});
