/**
 * The site model: how printed pages become issues, and articles get their addresses and index entries.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/site/model.js';
import { article, page } from '../support/model-input.js';

describe('the archive model', () => {
  const inputs = [
    page('2024-03-02-p2', { date: '2024-03-02', pageNumber: 2, issue: 12 }, [
      article('b1', { office: '东湖办', reporters: ['周明远'] }),
    ]),
    page('2024-03-09-p1', { date: '2024-03-09', pageNumber: 1, issue: 13 }, [
      article('c1', { office: '青石区', signature: '林青' }),
      article('c2', { office: '东湖办', reporters: ['周明远'], correspondents: ['韩雪'] }),
    ]),
    page('2024-03-02-p1', { date: '2024-03-02', pageNumber: 1, issue: 12 }, [article('a1', { office: '青石区' })]),
  ];
  const archive = buildArchive(inputs, '青石报');

  it('groups the pages printed on one date into an issue, newest issue first, pages by number', () => {
    expect(archive.issues.map((i) => [i.date, i.pages.map((p) => p.pageNumber)])).toEqual([
      ['2024-03-09', [1]],
      ['2024-03-02', [1, 2]],
    ]);
    expect(archive.pages.map((p) => p.id)).toEqual(['2024-03-09-p1', '2024-03-02-p1', '2024-03-02-p2']);
  });

  it('reads the articles issue by issue, page by page, and gives each page and article its own address', () => {
    expect(archive.articles.map((a) => a.id)).toEqual(['c1', 'c2', 'a1', 'b1']);
    expect(archive.pages[0]!.url).toBe('pages/2024-03-09-p1.html');
    expect(archive.articles[0]!.url).toBe('articles/c1.html');
    expect(archive.articles[3]!.pageId).toBe('2024-03-02-p2');
  });

  it('gives the paper the site is configured with to pages whose front matter names none', () => {
    expect(archive.pages.every((p) => p.paper === '青石报')).toBe(true);
  });

  it('lists each office and each person named (reporter, correspondent or signature) with their articles', () => {
    const offices = new Map(archive.offices.map((o) => [o.name, o.articles.map((a) => a.id)]));
    expect(offices).toEqual(
      new Map([
        ['青石区', ['c1', 'a1']],
        ['东湖办', ['c2', 'b1']],
      ]),
    );
    const people = new Map(archive.reporters.map((r) => [r.name, r.articles.map((a) => a.id)]));
    expect(people.get('周明远')).toEqual(['c2', 'b1']);
    expect(people.get('韩雪')).toEqual(['c2']);
    expect(people.get('林青')).toEqual(['c1']);
  });

  it('hands back the same article objects when built again from the same parses with the same placed map', () => {
    const placed = new WeakMap();
    const one = buildArchive(inputs, '青石报', placed);
    const two = buildArchive(inputs, '青石报', placed);
    expect(two.articles.every((a, i) => a === one.articles[i])).toBe(true);
    // Without one kept between builds, every build places its own.
    expect(buildArchive(inputs, '青石报').articles[0]).not.toBe(one.articles[0]);
  });
});
