import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildMemory } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { memorySink } from '../../src/write/sink.js';
import { projectRoot, tempContent } from '../support/site.js';

const fixture = join(import.meta.dirname, '../fixtures/structure/mixed-repairs');
const text = readFileSync(join(fixture, 'input.txt'), 'utf8');
const yml = readFileSync(join(fixture, 'structure.yml'), 'utf8');

/** A content folder with the page as `qs-p2.txt` (page id `qs-p2`), its structure corrections and a field correction. */
function content(): string {
  const dir = tempContent({ 'qs-p2.txt': `---\ndate: 2024-01-05\npageNumber: 2\n---\n${text}` });
  mkdirSync(join(dir, 'corrections'));
  writeFileSync(join(dir, 'corrections/qs-p2.yml'), yml);
  // A field correction of the article the structure corrections leave alone (its id is the same either way).
  writeFileSync(join(dir, 'corrections/qs-p2-4.md'), '---\nheadline: 老人们的贴心人（更正）\n---\n');
  return dir;
}

const headlines = (r: Awaited<ReturnType<typeof build>>) =>
  r.archive.articles.map((a) => `${a.id} ${a.headline ?? `(${a.paragraphs[0]!.slice(0, 4)})`}`);

describe("a build applies a page's structure corrections", () => {
  it('on the first build and on two rebuilds after it, with field corrections on the right articles', async () => {
    const dir = content();
    const config = resolveConfig({ root: projectRoot, content: dir });
    const want = [
      'qs-p2-1 旧厂房变身青年创业园',
      'qs-p2-6 寒冬里的敲门声',
      'qs-p2-2 (区图书馆)',
      'qs-p2-4 老人们的贴心人（更正）',
      'qs-p2-5 志愿者在河堤上拾捡垃圾',
    ];
    expect(headlines(await build(config, memorySink()))).toEqual(want);
    // A rebuild from the cache, and one as `baoku dev` keeps the pages between builds.
    expect(headlines(await build(config, memorySink()))).toEqual(want);
    const memory: BuildMemory = { pages: new Map() };
    expect(headlines(await build(config, memorySink(), { memory }))).toEqual(want);
    expect(headlines(await build(config, memorySink(), { memory }))).toEqual(want);
    // Editing the corrections (undo the split of the page-furniture line) parses the page again.
    writeFileSync(join(dir, 'corrections/qs-p2.yml'), yml.replace(/^- \{headline.*\n/m, ''));
    const after = await build(config, memorySink(), { memory });
    expect(headlines(after)).toContain('qs-p2-6 (北关街道)');
  }, 60_000);

  it('refuses a page whose correction no longer matches, naming the correction file and its line', async () => {
    const dir = content();
    writeFileSync(join(dir, 'corrections/qs-p2.yml'), `${yml}- join: 版面上没有的一行\n`);
    const config = resolveConfig({ root: projectRoot, content: dir });
    const line = yml.split('\n').length;
    await expect(build(config, memorySink())).rejects.toMatchObject({
      file: expect.stringMatching(/corrections\/qs-p2\.yml$/),
      line,
    });
    rmSync(join(dir, 'corrections/qs-p2-4.md'));
    const kept = await build(config, memorySink(), { keepGoing: true });
    expect(kept.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      line,
      rule: 'structure-correction',
      message: expect.stringContaining('版面上没有的一行'),
    });
  }, 60_000);
});
