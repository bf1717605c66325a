/**
 * Bundles the compiled CLI and its threads' entry points into lib/bin/ with esbuild (run by `npm run
 * compile`, after tsc has checked and compiled src/ into lib/).
 *
 * Why: Node loads an ES module graph file by file, resolving every import through node_modules. baoku's
 * graph (unified, remark, rehype, micromark, gray-matter, ...) is several hundred modules: loading them one
 * by one took a large part of a small build, in each thread that builds, before any work (numbers in
 * docs/performance.md).
 *
 * Layout: every entry point and shared chunk sits flat in lib/bin/, so that `new URL('./x.js',
 * import.meta.url)` (how the code starts its threads and processes) finds the bundled entry, and paths
 * the code takes relative to its own folder (`..` to lib/, `../..` to the project) are the same as from
 * any folder of lib/. nodejs-jieba (a native addon) and esbuild (which finds its own binary) stay
 * packages, loaded from node_modules.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunks are named by their content: each change of the code leaves new ones, and the old ones would
// pile up beside them.
rmSync('lib/bin', { recursive: true, force: true });
await build({
  entryPoints: [
    { in: 'src/cli/index.ts', out: 'cli' },
    'src/build-thread.ts',
    'src/work/worker.ts',
    'src/write/file-worker.ts',
    'src/search-node/postings-worker.ts',
  ],
  outdir: 'lib/bin',
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['nodejs-jieba', 'esbuild'],
  // Some bundled packages are CommonJS and require Node's own modules: give every output file a require.
  banner: {
    js: "import { createRequire as baokuCreateRequire } from 'node:module'; const require = baokuCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
