import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, tempContent } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23, item 2: a correction file left as `baoku correct` wrote it corrects nothing.
const bin = join(projectRoot, 'bin/baoku.js');
const page = [
  '---',
  'date: 2024-03-01',
  'pageNumber: 1',
  '---',
  '青石区召开春季植树动员会',
  '',
  '本报讯 （记者 王一） 3月1日，青石区召开春季植树动员会，部署今年的绿化工作。',
  '',
  '会议要求，各街道要在本月内完成补植任务，确保成活率。',
  '',
].join('\n');

describe('an unedited correction', () => {
  it('is a warning, and the article is published as parsed, not marked corrected', () => {
    const content = tempContent({ 'spring.txt': page });
    const out = join(tempDir('baoku-unedited-'), 'dist');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args, '--content', content], { encoding: 'utf8', timeout: 120_000 });
    const parsed = JSON.parse(run('parse', join(content, 'pages', 'spring.txt'), '--json').stdout) as {
      articles: { id: string }[];
    };
    const id = parsed.articles[0]!.id;
    expect(run('correct', id).status).toBe(0);
    const r = run('build', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`corrections/${id}\\.md:1:1 warning: changes nothing in article ${id}.*\\[correction-unchanged\\]`),
    );
    const article = readFileSync(join(out, 'articles', `${id}.html`), 'utf8');
    expect(article).not.toContain('本文已由编辑更正');
    expect(article).toContain('春季植树动员会');

    // Edited, it corrects the article.
    const file = join(content, 'corrections', `${id}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('确保成活率', '确保苗木成活率'));
    const edited = run('build', '--out', out);
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stderr).not.toContain('[correction-unchanged]');
    const now = readFileSync(join(out, 'articles', `${id}.html`), 'utf8');
    expect(now).toContain('本文已由编辑更正');
    expect(now).toContain('确保苗木成活率');
  }, 180_000);
});
