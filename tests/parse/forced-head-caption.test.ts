import { describe, expect, it } from 'vitest';
import { expectAllKept } from '../support/parse-kept.js';
import { parsePage } from '../../src/parse/page.js';

// Made-up page: under a headline, a line ending in a comma over a short sentence, then the report. The parser
// may read the two as a photo's caption whose first line looks like a head line; an editor named the first a
// headline.
const text = [
  '城区新建三座口袋公园',
  '市民在新建的口袋公园里散步健身，',
  '享受惬意时光。',
  '本报讯（记者 王一）近日，城区新建的三座口袋公园对市民开放。公园里种植了多种花木，还设置了健身器材。',
  '',
].join('\n');

describe('a head line an editor gave', () => {
  it('is never taken into a caption as its first line: every character lands once', () => {
    const page = parsePage('forced-head.txt', text, {
      constraints: {
        moves: [],
        roles: [[2, 'head']],
        starts: [],
        joins: [],
        heads: [{ kicker: [], headline: [2], subhead: [], of: null }],
      },
    });
    expectAllKept(page, text);
    expect(page.articles.flatMap((a) => a.captions.map((c) => c.text)).join('')).not.toContain('散步健身');
  });
});
