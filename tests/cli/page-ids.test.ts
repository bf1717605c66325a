import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23 item 1: every command names a page in a subfolder (content/pages/2023/xyz.txt) by the one rule
// (src/ingest/page-ids.ts): its folders and name, 2023-xyz; its articles 2023-xyz-1, 2023-xyz-2.
const bin = join(projectRoot, 'bin/baoku.js');
const baoku = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  expect(r.status, `baoku ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
};

const PAGE = `---
date: 2023-06-09
pageNumber: 3
---
青石区召开防汛工作会议

本报讯 （记者 王一） 6月8日，青石区召开防汛工作会议，部署汛期各项准备工作，要求各单位落实值守责任。

白沙镇果园迎来丰收

本报讯 （记者 李二） 眼下，白沙镇的千亩果园迎来丰收，果农们忙着采摘、分拣和装箱，收购商的货车排成长队。
`;
const IDS = ['2023-xyz-1', '2023-xyz-2'];

describe('one page id, whichever command names it', () => {
  let content: string;
  let file: string;
  let dist: string;
  beforeAll(() => {
    content = tempContent(
      {},
      'title: 测试报库\npaper: 青石新闻\noffices:\n  - name: 青石区\n    aliases: [青石区政府]\n',
    );
    mkdirSync(join(content, 'pages', '2023'));
    file = join(content, 'pages', '2023', 'xyz.txt');
    writeFileSync(file, PAGE);
    dist = join(tempDir('baoku-ids-dist-'), 'dist');
    baoku(projectRoot, 'build', '--content', content, '--out', dist);
  }, 180_000);

  it("parse (from another folder) gives the ids the build gave, and the offices of the page's site.yml", () => {
    const page = JSON.parse(baoku(tempDir('baoku-ids-elsewhere-'), 'parse', file, '--json')) as {
      articles: { id: string; office: string | null }[];
    };
    expect(page.articles.map((a) => a.id)).toEqual(IDS);
    expect(page.articles[0]!.office).toBe('青石区');
  });

  it('search answers with the ids and pages the build made', () => {
    const results = JSON.parse(baoku(projectRoot, 'search', '果园', '--dist', dist, '--json')) as {
      id: string;
      url: string;
    }[];
    expect(results.map((r) => r.id)).toEqual(['2023-xyz-2']);
    expect(existsSync(join(dist, results[0]!.url))).toBe(true);
  });

  it('correct takes the id parse printed', () => {
    expect(baoku(projectRoot, 'correct', IDS[1]!, '--content', content)).toMatch(/^wrote .*2023-xyz-2\.md/);
    expect(existsSync(join(content, 'corrections', '2023-xyz-2.md'))).toBe(true);
  });

  it('correct of the id without its folder (as parse printed it before) offers the id it means', () => {
    const r = spawnSync(process.execPath, [bin, 'correct', 'xyz-2', '--content', content], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^baoku correct: no article has the id xyz-2; did you mean 2023-xyz-2\?/);
  });

  it('review finds the page by that id and by its file, and shows the same article ids', () => {
    for (const ref of ['2023-xyz', file]) {
      const out = baoku(projectRoot, 'review', ref, '--content', content);
      expect(out.split('\n')[0]).toMatch(/\(2023-xyz\): 2 articles/);
      for (const id of IDS) expect(out).toContain(`] ${id} `);
    }
  });

  it('new names the page it adds as the build will', () => {
    const source = join(tempDir('baoku-ids-new-'), 'scan.txt');
    writeFileSync(source, PAGE.replace(/^---[\s\S]*?---\n/, ''));
    const added = baoku(projectRoot, 'new', source, '--date', '2023-06-10', '--page', '2', '--content', content);
    const shown = [...added.matchAll(/^ {2}(\S+-\d+) {2}/gm)].map((m) => m[1]);
    expect(shown).toEqual(['2023-06-10-p2-1', '2023-06-10-p2-2']);
    baoku(projectRoot, 'build', '--content', content, '--out', dist);
    const results = JSON.parse(baoku(projectRoot, 'search', '果园', '--dist', dist, '--json', '--sort', 'oldest')) as {
      id: string;
    }[];
    expect(results.map((r) => r.id)).toEqual(['2023-xyz-2', '2023-06-10-p2-2']);
  });
});
