import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWordChars, endsSentence, wordCharBalance } from '../../src/text/chars.js';

/** The conservation rule's comparison, the plain way: character counts of both texts, compared. */
function plainBalance(source: string, output: string): { lost: number; invented: number } {
  const want = countWordChars(source);
  const got = countWordChars(output);
  let lost = 0;
  let invented = 0;
  for (const [ch, n] of want) lost += Math.max(0, n - (got.get(ch) ?? 0));
  for (const [ch, n] of got) invented += Math.max(0, n - (want.get(ch) ?? 0));
  return { lost, invented };
}

// Han, punctuation, Latin, digits, full-width digits, a combining mark, astral Han, lone surrogates.
const alphabet = [
  '经',
  '开',
  '区',
  '，',
  '。',
  ' ',
  '\n',
  'a',
  'Z',
  '7',
  '７',
  '\u0301',
  '𠀀',
  '𪚥',
  '\ud800',
  '\udc00',
  '①',
  '_',
];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));

describe('wordCharBalance', () => {
  it('finds what the output lost and what it invented', () => {
    expect(wordCharBalance('经开区2023年', '经开2023年年')).toEqual({ lost: 1, invented: 1 });
    expect(wordCharBalance('经开区，新闻。', '经开区新闻')).toEqual({ lost: 0, invented: 0 });
    expect(wordCharBalance('𠀀𠀀', '𠀀')).toEqual({ lost: 1, invented: 0 });
  });

  it('agrees with counting both texts character by character, and leaves nothing behind for the next call', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(wordCharBalance(a, b)).toEqual(plainBalance(a, b));
      }),
      { numRuns: 500 },
    );
  });
});

describe('endsSentence on a long run of closing marks', () => {
  it('reads the mark before the closers, and a run of closers alone ends nothing', () => {
    expect(endsSentence(`好。${'）'.repeat(50_000)}`)).toBe(true);
    expect(endsSentence(`${'）'.repeat(50_000)}字`)).toBe(false);
    expect(endsSentence('）'.repeat(50_000))).toBe(false);
  });
});
