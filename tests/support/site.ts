/**
 * Builds sites for tests: the real content/ folder or a temporary one, into memory or onto disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildReport } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { memorySink } from '../../src/write/sink.js';
import { tempDir } from './temp.js';

export const projectRoot = join(import.meta.dirname, '../..');

/** Builds into memory; returns the files as text. */
export async function buildInMemory(content?: string): Promise<{ files: Map<string, string>; report: BuildReport }> {
  const sink = memorySink();
  const report = await build(resolveConfig({ root: projectRoot, ...(content ? { content } : {}) }), sink);
  const files = new Map<string, string>();
  for (const [path, body] of sink.files)
    files.set(path, typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
  return { files, report };
}

/** A temporary content folder holding the given page files (name → text) and an optional site.yml. */
export function tempContent(pages: Record<string, string>, siteYml = 'title: 测试报库\npaper: 青石新闻\n'): string {
  const dir = tempDir('baoku-content-');
  mkdirSync(join(dir, 'pages'), { recursive: true });
  writeFileSync(join(dir, 'site.yml'), siteYml);
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'pages', name), text);
  return dir;
}

/** Visible text of an HTML fragment, roughly: tags dropped, entities decoded, whitespace removed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}
