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
