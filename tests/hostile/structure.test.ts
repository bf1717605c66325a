import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectAllKept } from '../support/parse-kept.js';
import { parsePage } from '../../src/parse/page.js';
import { readLines } from '../../src/parse/lines.js';
import type { Constraints, ForcedRole } from '../../src/parse/structure.js';
import {
  feature,
  library,
  market,
  meeting,
  orchard,
  river,
  safety,
  training,
  testOffices,
} from '../fixtures/articles.js';
import { layoutPage } from '../support/layout.js';

const pool = [meeting, market, orchard, safety, feature, library, river, training];
const ROLES: ForcedRole[] = ['furniture', 'caption', 'byline', 'signature', 'subhead', 'body', 'head'];

/** A laid-out page and random structure corrections on its printed lines (by index, folded into range). */
const input = fc.record({
  picks: fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { minLength: 1, maxLength: 3 }),
  width: fc.integer({ min: 10, max: 24 }),
  block: fc.boolean(),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  roles: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ROLES)), { maxLength: 5 }),
  starts: fc.array(fc.nat(), { maxLength: 3 }),
  joins: fc.array(fc.nat(), { maxLength: 3 }),
  heads: fc.array(fc.record({ lines: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), of: fc.option(fc.nat()) }), {
    maxLength: 3,
  }),
  moves: fc.array(fc.record({ from: fc.nat(), size: fc.integer({ min: 1, max: 6 }), after: fc.nat() }), {
    maxLength: 2,
  }),
});

describe('structure corrections on generated pages', () => {
  it('never throw, lose or invent a character, and keep article ids unique, whatever lines they name (200 pages)', () => {
    fc.assert(
      fc.property(input, (r) => {
        const text = layoutPage(
          r.picks.map((i) => pool[i]!),
          {
            widths: [r.width],
            columnHeight: 9,
            headlines: r.block ? 'block' : 'before',
            spaces: 0.05,
            paragraphGap: 0.7,
            seed: r.seed,
          },
        ).text;
        const printed = readLines(text)
          .filter((l) => l.role !== 'blank')
          .map((l) => l.n);
        const at = (k: number): number => printed[k % printed.length]!;
        const c: Constraints = {
          roles: r.roles.map(([k, role]) => [at(k), role]),
          starts: r.starts.map(at),
          joins: r.joins.map(at),
          heads: r.heads.map((h) => ({
            kicker: [],
            headline: [...new Set(h.lines.map(at))],
            subhead: [],
            of: h.of === null ? null : at(h.of),
          })),
          moves: r.moves.flatMap((m) => {
            const block = printed.slice(m.from % printed.length, (m.from % printed.length) + m.size);
            const after = at(m.after);
            return block.includes(after) ? [] : [{ lines: block, after }];
          }),
        };
        for (const h of c.heads) for (const n of h.headline) c.roles.push([n, 'head']);
        const page = parsePage('p.txt', text, { offices: testOffices, constraints: c });
        expectAllKept(page, text);
        expect(page.warnings.filter((w) => w.code === 'conservation')).toEqual([]);
        const ids = page.articles.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(JSON.stringify(parsePage('p.txt', text, { offices: testOffices, constraints: c }))).toBe(
          JSON.stringify(page),
        );
      }),
      { numRuns: 200, seed: 20261206 },
    );
  }, 600_000);
});
