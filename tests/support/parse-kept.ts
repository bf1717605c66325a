import { expect } from 'vitest';
import { outputText, parsePage } from '../../src/parse/page.js';
import type { ParsedPage } from '../../src/parse/types.js';
import { countWordChars } from '../../src/text/chars.js';

/** Asserts the contract's rule: every letter and digit of `text` lands in exactly one field of `page`. */
export function expectAllKept(page: ParsedPage, text: string): void {
  expect(Object.fromEntries(countWordChars(outputText(page)))).toEqual(Object.fromEntries(countWordChars(text)));
}

/** Parses a made-up page (its text or its lines) and checks that every letter and digit lands in exactly one field. */
export function parseKept(page: string | readonly string[]): ParsedPage {
  const text = typeof page === 'string' ? page : page.join('\n');
  const parsed = parsePage('p.txt', text, {});
  expectAllKept(parsed, text);
  return parsed;
}

/** The texts a parse left to the page (unassigned), joined by `|`. */
export const unassignedText = (page: ParsedPage): string => page.unassigned.map((u) => u.text).join('|');
