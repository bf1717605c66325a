import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputText, parsePage } from '../../src/parse/page.js';
import { countWordChars } from '../../src/text/chars.js';
import { feature, library, market, meeting, orchard, river, safety, training } from '../fixtures/articles.js';
import { testOffices } from '../fixtures/articles.js';
import { layoutPage, type LayoutArticle } from '../support/layout.js';

const pool = [meeting, market, orchard, safety, feature, library, river, training];
const NOISE = ['，，，', '……', '●', '图', '（', '——', 'ABC', '123', '　', '■ ■', '本报讯', '记者', '（本通）'];

/** A page made of real-looking fragments of the test articles, mixed with noise, set at some width. */
const page = fc
  .record({
    picks: fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 0, maxLength: 3 }),
    keep: fc.integer({ min: 1, max: 3 }),
    kickers: fc.boolean(),
    width: fc.integer({ min: 8, max: 30 }),
    column: fc.integer({ min: 3, max: 14 }),
    block: fc.boolean(),
    spaces: fc.double({ min: 0, max: 0.3, noNaN: true }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    noise: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 4 }),
    shuffle: fc.boolean(),
  })
  .map((r) => {
    const articles = r.picks.map((i): LayoutArticle => {
      const a = pool[i]!;
      return {
        ...a,
        kicker: r.kickers ? a.kicker : undefined,
        paragraphs: a.paragraphs.slice(0, r.keep),
        subheads: [],
      };
    });
    let lines = layoutPage(articles, {
      widths: [r.width],
      columnHeight: r.column,
      headlines: r.block ? 'block' : 'before',
      blockAfter: 0,
      spaces: r.spaces,
      paragraphGap: 0.7,
      seed: r.seed,
    }).text.split('\n');
    for (const [at, text] of r.noise) lines.splice(at % (lines.length + 1), 0, text);
    if (r.shuffle && lines.length > 4) lines = [...lines.slice(lines.length / 2), ...lines.slice(0, lines.length / 2)];
    return lines.join('\n');
  });

describe('the parser on generated pages', () => {
  it('never throws, loses and invents nothing, and gives the same output for the same input (10,000 pages)', () => {
    fc.assert(
      fc.property(page, (text) => {
        const a = parsePage('p.txt', text, { offices: testOffices });
        expect(Object.fromEntries(countWordChars(outputText(a)))).toEqual(Object.fromEntries(countWordChars(text)));
        const b = parsePage('p.txt', text, { offices: testOffices });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 10_000, seed: 20261127 },
    );
  }, 600_000);

  it('finds the same articles when a page is re-wrapped at another column width', () => {
    const articles = fc.record({
      picks: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 5, 6, 7), { minLength: 1, maxLength: 3 }),
      widths: fc.tuple(fc.integer({ min: 12, max: 28 }), fc.integer({ min: 12, max: 28 })),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    });
    const found = (text: string): string[] =>
      parsePage('p.txt', text, { offices: testOffices }).articles.map((a) =>
        `${a.kicker ?? ''}|${a.headline ?? ''}|${a.paragraphs.join('')}`.replace(/\s/g, ''),
      );
    fc.assert(
      fc.property(articles, ({ picks, widths, seed }) => {
        // Articles with their headline printed before them and a dateline: what a page gives to go on.
        const chosen = picks.map((i) => pool[i]!);
        const [a, b] = widths.map(
          (w) =>
            layoutPage(chosen, {
              widths: [w],
              columnHeight: 9,
              headlines: 'before',
              spaces: 0.05,
              paragraphGap: 0.8,
              seed,
            }).text,
        );
        expect(found(b!)).toEqual(found(a!));
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 600_000);
});
