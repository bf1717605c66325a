import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAllKept } from '../support/parse-kept.js';
import { readStructure } from '../../src/ingest/structure-file.js';
import { parsePage } from '../../src/parse/page.js';
import { readLines } from '../../src/parse/lines.js';
import { resolveStructure } from '../../src/parse/structure.js';
import { differences } from '../support/compare.js';

const dir = join(import.meta.dirname, '../fixtures/structure');
const read = (name: string, file: string): string => readFileSync(join(dir, name, file), 'utf8');

/** Parses a page with a structure-correction file's entries. */
function parseWith(text: string, yml: string, file = 'content/corrections/page.yml') {
  const constraints = resolveStructure(readLines(text), readStructure(yml, file));
  return parsePage('page.txt', text, { constraints });
}

/** The page as another export of it: lines shifted down, spacing changed. */
function reExport(text: string): string {
  return `\n\n2024年1月5日 星期五\n\n${text.replace(/，/g, ' ，').replace(/^(.{3})/gmu, '$1 ')}`;
}

describe('structure corrections repair what the parser got wrong on a page', () => {
  const name = 'mixed-repairs';
  const text = read(name, 'input.txt');
  const yml = read(name, 'structure.yml');
  const expected = JSON.parse(read(name, 'expected.json'));

  it('the parser alone gets this page wrong in each way the corrections repair', () => {
    const wrong = differences(parsePage('page.txt', text), expected).join('\n');
    // A merged article (split), a split one (join), a block out of order (move), a headline of no article,
    // a page-furniture line in the text, a caption read as text.
    expect(wrong).toMatch(/北关街道/);
    expect(wrong).toMatch(/本版策划/);
    expect(wrong).toMatch(/captions/);
    expect(wrong).toMatch(/寒冬里的敲门声/);
  });

  it('with the corrections the parse is the expected one, and every character is kept', () => {
    const page = parseWith(text, yml);
    if (process.env['UPDATE']) writeFileSync(join(dir, name, 'expected.json'), `${JSON.stringify(page, null, 2)}\n`);
    expect(differences(page, expected)).toEqual([]);
    expectAllKept(page, text);
  });

  it('resolves on a re-export of the page with its lines shifted and spaced differently', () => {
    const page = parseWith(reExport(text), yml);
    expect(differences(page, expected)).toEqual([]);
  });

  it('articles the corrections leave alone keep their ids; a new one gets the next number', () => {
    const plain = parsePage('page.txt', text);
    const fixed = parseWith(text, yml);
    // Found by their first paragraph: the plain parse gets some headlines wrong.
    const idOf = (p: typeof plain, opening: string) => p.articles.find((a) => a.paragraphs[0]!.startsWith(opening))?.id;
    for (const opening of ['位于城东', '东湖社区', '周末，六十余名']) {
      expect(idOf(plain, opening)).toBeDefined();
      expect(idOf(fixed, opening)).toBe(idOf(plain, opening));
    }
    const ids = fixed.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a correction naming a line the page no longer has is an error with the file and the entry line', () => {
    const stale = `${yml}- split: 这一行在版面上并不存在\n`;
    const line = stale.split('\n').length - 1;
    expect(() => parseWith(text, stale, 'content/corrections/p.yml')).toThrow(
      /no line of the page reads "这一行在版面上并不存在"/,
    );
    try {
      parseWith(text, stale, 'content/corrections/p.yml');
    } catch (error) {
      expect(error).toMatchObject({ file: 'content/corrections/p.yml', line });
    }
  });

  it('a line named twice on the page needs its line number, and the number picks it', () => {
    const twice = `${text}\n河堤清洁行动现场。\n`;
    expect(() => parseWith(twice, '- caption: 河堤清洁行动现场。\n')).toThrow(/on 2 lines .*add `line: N`/);
    const [first, second] = twice.split('\n').flatMap((l, i) => (l === '河堤清洁行动现场。' ? [i + 1] : []));
    const roles = (near: number) =>
      resolveStructure(readLines(twice), readStructure(`- {caption: 河堤清洁行动现场。, line: ${near}}\n`, 'c.yml'))
        .roles;
    expect(roles(first! - 2)).toEqual([[first, 'caption']]);
    expect(roles(second! + 5)).toEqual([[second, 'caption']]);
  });

  it('a broken entry is an error naming the file and its line', () => {
    expect(() => readStructure('- split: 北关\n- spilt: 北关\n', 'c.yml')).toThrow(
      expect.objectContaining({ line: 2, file: 'c.yml' }),
    );
    expect(() => readStructure('- split: [\n', 'c.yml')).toThrow(/not valid YAML/);
    expect(() => readStructure('split: x\n', 'c.yml')).toThrow(/a list of entries/);
  });
});

describe('structure corrections give lines the roles the parser missed', () => {
  const name = 'line-roles';
  const text = read(name, 'input.txt');
  const yml = read(name, 'structure.yml');
  const expected = JSON.parse(read(name, 'expected.json'));

  it('the parser alone reads the byline into the headline, a subhead into the text and the credit as text', () => {
    const wrong = differences(parsePage('page.txt', text), expected).join('\n');
    expect(wrong).toMatch(/headline: .*评论员/);
    expect(wrong).toMatch(/byline/);
    expect(wrong).toMatch(/signature/);
  });

  it('with a byline, two subheads and a signature named, the parse is the expected one, also on a re-export', () => {
    const page = parseWith(text, yml);
    if (process.env['UPDATE']) writeFileSync(join(dir, name, 'expected.json'), `${JSON.stringify(page, null, 2)}\n`);
    expect(differences(page, expected)).toEqual([]);
    expect(page.articles[0]).toMatchObject({
      byline: '评论员 周明远',
      signature: '供稿：区城建局',
      subheads: ['夜里也能放心走', '老街区换了新模样'],
    });
    expectAllKept(page, text);
    expect(differences(parseWith(reExport(text), yml), expected)).toEqual([]);
  });
});
