/**
 * Sizes a reader can hold in mind (issue 24): no source file over 350 lines, no function over 100 (one
 * over 80 says why above it). Measured with the TypeScript compiler API: a function's lines run from its
 * first token to its closing brace, nested functions included.
 */
import { describe, expect, test } from 'vitest';
import { functionsOf, sources } from '../support/sources.js';

const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 100;
/** Over this, a function says why it is one piece, in a comment above it: `Over 80 lines: <why>`. */
const SOFT_FUNCTION_LINES = 80;
const REASON = /\bOver 80 lines:/u;

/**
 * Today's offenders (paths under src/; functions as `path:name`), each to be split and then struck from
 * here: the test fails on an offender not listed, and on a listed one that is no longer over.
 */
const LONG_FILES_TODAY = new Set<string>([]);
const LONG_FUNCTIONS_TODAY = new Set<string>([]);

const files = sources();

describe('sizes', () => {
  test(`no source file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((s) => s.lines > MAX_FILE_LINES);
    expect(
      long.filter((s) => !LONG_FILES_TODAY.has(s.path)).map((s) => `${s.path}: ${s.lines} lines`),
      'split these by idea into modules of their own',
    ).toEqual([]);
    expect(
      [...LONG_FILES_TODAY].filter((path) => !long.some((s) => s.path === path)),
      'no longer too long: strike these from LONG_FILES_TODAY',
    ).toEqual([]);
  });

  test(`no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((s) =>
      functionsOf(s)
        .filter((f) => f.lines > MAX_FUNCTION_LINES)
        .map((f) => ({ name: `${s.path}:${f.name}`, lines: f.lines })),
    );
    expect(
      long.filter((f) => !LONG_FUNCTIONS_TODAY.has(f.name)).map((f) => `${f.name}: ${f.lines} lines`),
      'split these into named steps',
    ).toEqual([]);
    expect(
      [...LONG_FUNCTIONS_TODAY].filter((name) => !long.some((f) => f.name === name)),
      'no longer too long: strike these from LONG_FUNCTIONS_TODAY',
    ).toEqual([]);
  });

  test(`no function over ${SOFT_FUNCTION_LINES} lines without the reason written above it`, () => {
    const unexplained = files.flatMap((s) =>
      functionsOf(s)
        .filter((f) => f.lines > SOFT_FUNCTION_LINES && !REASON.test(f.comment))
        .map((f) => `${s.path}:${f.name}: ${f.lines} lines`),
    );
    expect(unexplained, 'split these into named steps, or say above each why it is one piece').toEqual([]);
  });
});
