/**
 * Build benchmark (prints numbers, asserts nothing): makes synthetic archives of N pages by recombining the
 * content's articles, then measures a full build, time per stage, peak memory (the build's processes together,
 * sampled from /proc every 100 ms) and output size, and the
 * rebuild with nothing changed, after adding one page and after editing one correction, and adding one page
 * in a resident process (as `baoku dev` rebuilds).
 * Usage: npm run bench [-- 100 1000 5000]   Writes test-output/bench.json.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutPage, mulberry32, type LayoutArticle } from '../tests/support/layout.js';
import { contentPieces } from './synthetic.js';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs = sizes.length ? sizes : [100, 1000, 5000];
const root = process.cwd();
const pieces = await contentPieces(root);

/** Writes an archive of `n` pages (about five articles each) into dir/content. */
function makeArchive(dir: string, n: number): void {
  const rand = mulberry32(n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/pages'), { recursive: true });
  cpSync(join(root, 'content/site.yml'), join(dir, 'content/site.yml'));
  for (let p = 0; p < n; p++) {
    const articles: LayoutArticle[] = Array.from({ length: 5 }, () => {
      const paragraphs: string[] = [];
      while (paragraphs.join('').length < 900) paragraphs.push(pick(pieces.paragraphs));
      return {
        kicker: pick(pieces.offices),
        headline: `${pick(pieces.headlines)}${Math.floor(rand() * 1000)}`,
        dateline: '本报讯',
        byline: `记者 ${pick(pieces.people)}`,
        reporters: [],
        paragraphs,
      };
    });
    const { text } = layoutPage(articles, {
      widths: [pick([14, 18, 22])],
      columnHeight: 10,
      headlines: rand() < 0.5 ? 'before' : 'block',
      blockAfter: 1,
      spaces: 0.05,
      paragraphGap: 0.8,
      seed: p + 1,
    });
    const day = p % 28;
    const date = `${2000 + Math.floor(p / 336)}-${String(1 + Math.floor((p % 336) / 28)).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    writeFileSync(
      join(dir, 'content/pages', `${date}-p${(p % 4) + 1}-${p}.txt`),
      `---\ndate: ${date}\nissue: ${p + 1}\npageNumber: ${(p % 4) + 1}\n---\n${text}`,
    );
  }
}

interface Run {
  seconds: number;
  rssMB: number;
  stages: string;
  articles: number;
  outputMB: number;
}

/**
 * Resident memory of a process and all its descendants (the build's parse processes), in bytes, read
 * from /proc: the sum at one moment, which is what the machine must have.
 */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the second field after the command, which is in parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone meanwhile.
    }
  }
  let total = 0;
  for (const stack = [root]; stack.length;) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // Gone meanwhile.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Node's options in `npm run build` (the heap's start: see package.json), so that builds run as editors run them. */
const buildScript = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts['build']!;
const nodeOptions =
  /\bnode ((?:--\S+ )*)bin\/baoku\.js build/.exec(buildScript)?.[1]?.trim().split(' ').filter(Boolean) ?? [];

/** Runs a build, sampling the memory of its processes every 100 ms. */
async function build(dir: string): Promise<Run> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...nodeOptions,
      join(root, 'bin/baoku.js'),
      'build',
      '--content',
      join(dir, 'content'),
      '--out',
      join(dir, 'dist'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err = (err + d).slice(-4000)));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`build failed: ${err}`);
  return {
    seconds: +seconds.toFixed(2),
    rssMB: Math.round(peak / 1048576),
    stages: /\((read .*)\)/.exec(out)?.[1] ?? '',
    articles: Number(/(\d+) article\(s\)/.exec(out)?.[1] ?? NaN),
    outputMB: +(Number(/(\d+) KB/.exec(out)?.[1] ?? NaN) / 1024).toFixed(1),
  };
}

/**
 * One more page added while a process stays resident, as under `baoku dev`: it keeps its worker processes
 * (jieba loaded) and the pages it has read and parsed. Measured on the second page added, once a worker
 * is up. Runs the compiled build (lib/) in this process.
 */
async function residentAddOnePage(dir: string): Promise<{ seconds: number; stages: string }> {
  const { resolveConfig } = (await import(
    join(root, 'lib/ingest/config.js')
  )) as typeof import('../src/ingest/config.js');
  const { build: buildSite, outputKeysFile } = (await import(
    join(root, 'lib/build.js')
  )) as typeof import('../src/build.js');
  const { openPool } = (await import(join(root, 'lib/work/pool.js'))) as typeof import('../src/work/pool.js');
  const { diskSink } = (await import(
    join(root, 'lib/write/disk-sink.js')
  )) as typeof import('../src/write/disk-sink.js');
  const config = resolveConfig({ root, content: join(dir, 'content'), out: join(dir, 'dist') });
  const pool = openPool();
  const memory: import('../src/build.js').BuildMemory = { pages: new Map() };
  const once = () =>
    buildSite(config, diskSink(config.outDir, outputKeysFile(config), (memory.published ??= {})), { pool, memory });
  try {
    await once();
    for (const day of ['02', '03'])
      writeFileSync(
        join(dir, 'content/pages', `2099-01-${day}-p1.txt`),
        `---\ndate: 2099-01-${day}\n---\n本报讯 （记者 王${day}） 又一期版面今天出版，内容照常。\n`,
      );
    rmSync(join(dir, 'content/pages/2099-01-03-p1.txt'));
    await once();
    writeFileSync(
      join(dir, 'content/pages/2099-01-03-p1.txt'),
      `---\ndate: 2099-01-03\n---\n本报讯 （记者 王三） 再一期版面今天出版，内容照常。\n`,
    );
    const start = performance.now();
    const report = await once();
    return {
      seconds: +((performance.now() - start) / 1000).toFixed(2),
      stages: report.timings.map((t) => `${t.stage} ${t.ms} ms`).join(', '),
    };
  } finally {
    await pool.close();
  }
}

const results: Record<string, unknown>[] = [];
for (const n of runs) {
  const dir = join(root, '.cache', `bench-${n}`);
  makeArchive(dir, n);
  rmSync(join(dir, 'content/.cache'), { recursive: true, force: true });
  const full = await build(dir);
  const unchanged = await build(dir);
  // One more page, as an editor adds it.
  writeFileSync(
    join(dir, 'content/pages', '2099-01-01-p1.txt'),
    `---\ndate: 2099-01-01\n---\n本报讯 （记者 王一） 新的一期版面今天出版，内容照常。\n`,
  );
  const addOne = await build(dir);
  // One correction of an existing article.
  mkdirSync(join(dir, 'content/corrections'), { recursive: true });
  writeFileSync(join(dir, 'content/corrections', '2099-01-01-p1-1.md'), '---\nheadline: 更正后的标题\n---\n');
  const correct = await build(dir);
  const resident = await residentAddOnePage(dir);
  const row = {
    pages: n,
    articles: full.articles,
    fullSeconds: full.seconds,
    articlesPerSecond: Math.round(full.articles / full.seconds),
    peakRssMB: full.rssMB,
    outputMB: full.outputMB,
    stages: full.stages,
    unchangedSeconds: unchanged.seconds,
    addOnePageSeconds: addOne.seconds,
    addOnePageStages: addOne.stages,
    editCorrectionSeconds: correct.seconds,
    residentAddOnePageSeconds: resident.seconds,
    residentAddOnePageStages: resident.stages,
  };
  results.push(row);
  console.log(JSON.stringify(row));
}
console.log(
  '\npages  articles  full build  articles/s  peak RSS  output  unchanged  +1 page  +1 correction  +1 page resident',
);
for (const r of results) {
  console.log(
    `${String(r['pages']).padStart(5)} ${String(r['articles']).padStart(9)} ${String(r['fullSeconds']).padStart(9)} s ${String(r['articlesPerSecond']).padStart(10)} ${String(r['peakRssMB']).padStart(6)} MB ${String(r['outputMB']).padStart(5)} MB ${String(r['unchangedSeconds']).padStart(8)} s ${String(r['addOnePageSeconds']).padStart(6)} s ${String(r['editCorrectionSeconds']).padStart(8)} s ${String(r['residentAddOnePageSeconds']).padStart(9)} s`,
  );
}
mkdirSync(join(root, 'test-output'), { recursive: true });
writeFileSync(join(root, 'test-output/bench.json'), `${JSON.stringify(results, null, 2)}\n`);
