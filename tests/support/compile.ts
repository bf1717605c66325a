/**
 * Vitest global setup: compiles src/ into lib/ once, before any test file runs (and bundles the CLI into
 * lib/bin/, as `npm run compile` does). The CLI, its build thread and the worker threads run compiled
 * code, and tests that spawn them must see the current source; compiling once here (not in each file)
 * means no test starts the CLI while another rewrites lib/.
 *
 * It also makes the run's temporary folder (see temp.ts), named to the test workers through the
 * environment they inherit, and deletes it when the run is over.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_TMP } from './temp.js';

export default function setup(): () => void {
  const root = join(import.meta.dirname, '../..');
  execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: root });
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: root });
  const dir = mkdtempSync(join(tmpdir(), 'baoku-tests-'));
  process.env[TEST_TMP] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
