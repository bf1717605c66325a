/**
 * Bundles the browser's search code (shared tokenizer and engine included) into one classic script with
 * esbuild: no ES modules in the output, so it runs from file://. esbuild's output is deterministic.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/browser/search-client.ts', import.meta.url));
let cached: string | null = null;

/** The bundled client script. */
export function clientBundle(): string {
  cached ??= buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  }).outputFiles[0]!.text;
  return cached;
}
