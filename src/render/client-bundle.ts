/**
 * Bundles the browser's search code (shared tokenizer and engine included) into one classic script with
 * esbuild: no ES modules in the output, so it runs from file://. esbuild's output is deterministic.
 *
 * Bundling takes longer than the rest of a build of a few pages, and its sources change only with baoku:
 * the script is kept in node_modules/.cache/baoku with the digests of the files it was made from (as
 * esbuild lists them) and the esbuild version, and made again only when one of them differs.
 */
import { buildSync, version } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEPT_DIR, writeAtomic } from '../shared/atomic.js';

const entry = fileURLToPath(new URL('../../src/browser/search-client.ts', import.meta.url));
const KEPT = join(KEPT_DIR, 'search-client.json');
/**
 * The script, once made or read in this process. Module state on purpose: it is made from baoku's own
 * files only (not from content or config), so every build a process runs gets the same script, and a
 * resident `baoku dev` checks the kept copy's digests once, not in each rebuild.
 */
let cached: string | null = null;

interface Kept {
  esbuild: string;
  inputs: Record<string, string>;
  text: string;
}

/** The bundled client script. */
export function clientBundle(): string {
  cached ??= keptBundle(KEPT) ?? bundle(entry, KEPT);
  return cached;
}

/** The bundle of `entryFile`, taken from `keptFile` when made from the same files, else made and kept there. */
export function keptOrBundled(entryFile: string, keptFile: string): string {
  return keptBundle(keptFile) ?? bundle(entryFile, keptFile);
}

function digest(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

function keptBundle(keptFile: string): string | null {
  try {
    const kept = JSON.parse(readFileSync(keptFile, 'utf8')) as Kept;
    if (kept.esbuild !== version || typeof kept.text !== 'string') return null;
    for (const [file, hash] of Object.entries(kept.inputs)) if (digest(file) !== hash) return null;
    return kept.text;
  } catch {
    return null;
  }
}

function bundle(entryFile: string, keptFile: string): string {
  const result = buildSync({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    write: false,
    metafile: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  const text = result.outputFiles[0]!.text;
  // esbuild names its inputs relative to the working folder.
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [resolve(file), digest(resolve(file)) ?? '']),
  );
  try {
    writeAtomic(keptFile, JSON.stringify({ esbuild: version, inputs, text } satisfies Kept));
  } catch {
    // A read-only install bundles in every build, nothing worse.
  }
  return text;
}
