/**
 * The BuildError a call throws (a test fails if it throws none, or something else).
 */
import { BuildError } from '../../src/errors.js';

/** Runs `fn` and returns the BuildError it throws. */
export function thrown(fn: () => unknown): BuildError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BuildError) return error;
    throw error;
  }
  throw new Error('expected a BuildError, but nothing was thrown');
}
