/**
 * Temporary folders for tests, all under one folder per test run (made by the global setup, see
 * compile.ts) that is deleted when the run ends: tests build whole sites, and a folder left behind by
 * every run filled /tmp with thousands of them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The run's folder, named to the test workers by the global setup. */
export const TEST_TMP = 'BAOKU_TEST_TMP';

/** A new empty folder named `prefix` and a random suffix, deleted at the end of the run. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env[TEST_TMP] ?? tmpdir(), prefix));
}
