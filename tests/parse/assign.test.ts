import { describe, expect, it } from 'vitest';
import { assignMax } from '../../src/parse/assign.js';

describe('assignMax', () => {
  it('finds the one-to-one assignment with the highest total, not the greedy one', () => {
    expect(
      assignMax([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
    ).toEqual([1, 0]);
  });
  it('leaves rows unassigned below the floor', () => {
    expect(
      assignMax(
        [
          [0.1, 0.2],
          [0.9, 0.1],
        ],
        0.3,
      ),
    ).toEqual([-1, 0]);
  });
});

describe('assignMax on groups solved apart', () => {
  /** The best total of pairs above the floor, by trying every assignment (small matrices only). */
  const best = (m: number[][], floor: number, r = 0, taken = new Set<number>()): number => {
    if (r === m.length) return 0;
    let top = best(m, floor, r + 1, taken);
    m[r]!.forEach((s, c) => {
      if (s <= floor || taken.has(c)) return;
      taken.add(c);
      top = Math.max(top, s - floor + best(m, floor, r + 1, taken));
      taken.delete(c);
    });
    return top;
  };
  it('finds the best total on sparse matrices whose rows and columns fall into several groups', () => {
    let seed = 11;
    const rand = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 200; k++) {
      const rows = 1 + Math.floor(rand() * 6);
      const cols = 1 + Math.floor(rand() * 6);
      const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rand() < 0.6 ? 0 : rand())));
      const pick = assignMax(m, 0.3);
      expect(new Set(pick.filter((c) => c >= 0)).size).toBe(pick.filter((c) => c >= 0).length);
      const total = pick.reduce((s, c, r) => s + (c >= 0 ? m[r]![c]! - 0.3 : 0), 0);
      expect(total).toBeCloseTo(best(m, 0.3), 9);
    }
  });
  it('pairs each of many heads with the one text it fits, however many there are', () => {
    const n = 300;
    const m = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (c === (r * 7) % n ? 0.9 : 0.1)));
    expect(assignMax(m, 0.3)).toEqual(m.map((_, r) => (r * 7) % n));
  });
});
