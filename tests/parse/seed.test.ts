import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAllKept } from '../support/parse-kept.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { parsePage } from '../../src/parse/page.js';
import { differences } from '../support/compare.js';

const root = join(import.meta.dirname, '../..');
const file = join(root, 'content/pages/jingkaiqu-xinwen-page.txt');

describe('the seed page in content/', () => {
  const text = readFileSync(file, 'utf8');
  const page = parsePage('content/pages/jingkaiqu-xinwen-page.txt', text, { offices: resolveConfig({ root }).offices });
  const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-expected.json'), 'utf8'));

  it('parses into its five articles with every field right', () => {
    expect(differences(page, expected)).toEqual([]);
    expect(page.articles.map((a) => a.sourceLines)).toEqual(
      expected.articles.map((a: { sourceLines: number[] }) => a.sourceLines),
    );
  });

  it('loses and invents no letter or digit', () => {
    expectAllKept(page, text);
    expect(page.warnings.filter((w) => w.code === 'conservation')).toEqual([]);
  });

  it('infers the date as "not before" the latest date mentioned, and warns', () => {
    expect(page.page).toMatchObject({ date: '2023-06-04', dateInferred: true });
    expect(page.warnings.some((w) => w.code === 'date-inferred' && w.line > 1)).toBe(true);
  });

  it('gives the picture-headline feature a title from its own text, marked inferred', () => {
    const feature = page.articles.find((a) => a.headlineInferred)!;
    expect(feature.headline).toBeNull();
    expect(feature.title.length).toBeGreaterThan(4);
    const otherHeadlines = page.articles.map((a) => a.headline).filter(Boolean);
    expect(otherHeadlines).not.toContain(feature.title);
    expect(feature.paragraphs.join('')).toContain(feature.title.replace(/[“”]/gu, '').slice(0, 4));
    expect(page.warnings.some((w) => w.code === 'headline-inferred' && w.line === feature.sourceLines[0])).toBe(true);
  });

  it('gives every article a unique URL-safe id', () => {
    const ids = page.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});
