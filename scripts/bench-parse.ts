/**
 * Parse benchmark (prints numbers, asserts nothing): `baoku parse FILE --json` on pages of growing length,
 * made of the OCR'd test pages' lines one after another, so that the time a long or merged page costs shows.
 * Usage: npm run bench:parse [-- 100 250 500 1000 2000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs = sizes.length ? sizes : [100, 250, 500, 1000, 2000];
const pagesDir = join(process.cwd(), 'tests/fixtures/ocr-pages');
const lines = readdirSync(pagesDir)
  .sort()
  .map((page) => join(pagesDir, page, 'ocr.txt'))
  .filter((file) => existsSync(file))
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'));
const dir = mkdtempSync(join(tmpdir(), 'baoku-bench-parse-'));
try {
  console.log('lines  seconds  articles');
  for (const n of runs) {
    const file = join(dir, `page-${n}.txt`);
    writeFileSync(file, `${lines.slice(0, n).join('\n')}\n`);
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['bin/baoku.js', 'parse', file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(`parse of ${n} lines failed: ${run.stderr}`);
    const articles = (JSON.parse(run.stdout) as { articles: unknown[] }).articles.length;
    console.log(`${String(n).padStart(5)}  ${seconds.toFixed(2).padStart(7)}  ${String(articles).padStart(8)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
