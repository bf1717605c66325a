import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAllKept } from '../support/parse-kept.js';
import { parsePage } from '../../src/parse/page.js';
import { testOffices } from '../fixtures/articles.js';
import { differences } from '../support/compare.js';

const dir = join(import.meta.dirname, '../fixtures/pages');

describe('test pages laid out in different ways parse to their expected articles', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, () => {
      const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
      const page = parsePage(`${name}.txt`, text, { offices: testOffices });
      expect(differences(page, expected)).toEqual([]);
      // Nothing lost, nothing invented.
      expectAllKept(page, text);
    });
  }
});
