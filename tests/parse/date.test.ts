import { describe, expect, it } from 'vitest';
import { inferDate } from '../../src/parse/date.js';

describe('inferDate', () => {
  it('takes the latest date mentioned, with the year from the text', () => {
    expect(
      inferDate([
        { n: 1, text: '5月26日，召开2023年会议' },
        { n: 9, text: '6月4日，在小区' },
      ]),
    ).toEqual({ date: '2023-06-04', line: 9 });
  });
  it('gives nothing without a year', () => {
    expect(inferDate([{ n: 1, text: '6月4日，在小区' }])).toBeNull();
  });
});
