/**
 * Output keys: a file's key changes exactly when something it is made from changes, so that a rebuild
 * reuses what is unchanged and never shows a stale page.
 */
import { describe, expect, it } from 'vitest';
import { OutputKeys, type KeyMemory } from '../../src/render/output-keys.js';
import { buildArchive, type SiteArticle } from '../../src/site/model.js';
import { article, page } from '../support/model-input.js';

const inputs = (text = '青石区召开会议。') => [
  page('2024-03-09-p1', { date: '2024-03-09', pageNumber: 1 }, [
    article('c1', { office: '青石区', paragraphs: [text] }),
    article('c2', { office: '东湖办' }),
  ]),
];

describe('output keys', () => {
  it('are the same for the same data and version, and differ when the version (templates, settings) differs', () => {
    const archive = buildArchive(inputs(), '青石报');
    const data = { title: '首页', articles: archive.articles };
    expect(new OutputKeys(archive, 'v1').of('./home', data)).toBe(new OutputKeys(archive, 'v1').of('./home', data));
    expect(new OutputKeys(archive, 'v2').of('./home', data)).not.toBe(new OutputKeys(archive, 'v1').of('./home', data));
    expect(new OutputKeys(archive, 'v1').of('./list', data)).not.toBe(new OutputKeys(archive, 'v1').of('./home', data));
  });

  it('key an article by its page source and place, and a corrected article by its text', () => {
    const archive = buildArchive(inputs(), '青石报');
    const keys = new OutputKeys(archive, 'v1');
    const [c1, c2] = archive.articles as [SiteArticle, SiteArticle];
    expect(keys.article(c1)).not.toBe(keys.article(c2));
    const corrected = buildArchive(
      [
        page('2024-03-09-p1', { date: '2024-03-09', pageNumber: 1 }, [
          article('c1', {
            title: '改正的标题',
            correction: {
              file: 'corrections/c1.md',
              original: { title: '标题c1', headline: '标题c1', paragraphs: [] },
            },
          }),
          article('c2', { office: '东湖办' }),
        ]),
      ],
      '青石报',
    );
    const after = new OutputKeys(corrected, 'v1');
    expect(after.article(corrected.articles[0]!)).not.toBe(keys.article(c1));
    expect(after.article(corrected.articles[1]!)).toBe(keys.article(c2));
    expect(after.page(corrected.pages[0]!)).not.toBe(keys.page(archive.pages[0]!));
  });

  it('change a page digest when a field the page shows changes', () => {
    const one = buildArchive(inputs(), '青石报');
    const other = buildArchive(inputs(), '另一报');
    expect(new OutputKeys(other, 'v1').page(other.pages[0]!)).not.toBe(new OutputKeys(one, 'v1').page(one.pages[0]!));
  });

  it('kept across builds, give the last key for the same data without making it again, and a new one for new data', () => {
    const memory: KeyMemory = new Map();
    const archive = buildArchive(inputs(), '青石报');
    const first = new OutputKeys(archive, 'v1', memory).remembered('index.html', ['a', 1], () => 'key-1');
    let made = false;
    const again = new OutputKeys(archive, 'v1', memory).remembered('index.html', ['a', 1], () => {
      made = true;
      return 'key-2';
    });
    expect([first, again, made]).toEqual(['key-1', 'key-1', false]);
    expect(new OutputKeys(archive, 'v1', memory).remembered('index.html', ['a', 2], () => 'key-3')).toBe('key-3');
    expect(new OutputKeys(archive, 'v2', memory).remembered('index.html', ['a', 2], () => 'key-4')).toBe('key-4');
  });

  it('forget the outputs a build no longer makes (a page deleted)', () => {
    const memory: KeyMemory = new Map();
    const archive = buildArchive(inputs(), '青石报');
    const first = new OutputKeys(archive, 'v1', memory);
    first.remembered('pages/a.html', 1, () => 'a');
    first.remembered('pages/b.html', 1, () => 'b');
    const second = new OutputKeys(archive, 'v1', memory);
    second.remembered('pages/a.html', 1, () => 'a');
    second.forgetOthers();
    expect([...memory.keys()]).toEqual(['pages/a.html']);
  });
});
