import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { formatReview, findPage, reviewPage } from '../../src/workflow/review.js';
import { pagesToReview } from '../../src/workflow/review-list.js';
import { memorySink } from '../../src/write/sink.js';
import { projectRoot, tempContent } from '../support/site.js';

const fixture = join(import.meta.dirname, '../fixtures/structure/mixed-repairs');
const text = readFileSync(join(fixture, 'input.txt'), 'utf8');
const clean = '本报讯 近日，区图书馆推出“流动书车”服务，每周两次开进社区和学校。\n';

/** Content with the page the parser gets wrong (`qs-p2`) and a page it gets right. */
function content(): string {
  return tempContent({
    'qs-p2.txt': `---\ndate: 2024-01-05\npageNumber: 2\n---\n${text}`,
    'qs-p3.txt': `---\ndate: 2024-01-05\npageNumber: 3\n---\n短讯一则\n${clean}`,
  });
}

/** The review's row of a line: `  NN [k] part │ text`. */
const row = (review: string, text: string): string => review.split('\n').find((l) => l.endsWith(`│ ${text}`)) ?? '';

describe('reviewing a page', () => {
  it('baoku review shows each line with its article and part, warnings beside their lines', () => {
    const config = resolveConfig({ root: projectRoot, content: content() });
    const review = formatReview(reviewPage(config, findPage(config, 'qs-p2')));
    // Without corrections the parser ran two articles together and left a headline over.
    expect(row(review, '旧厂房变身青年创业园')).toMatch(/^\s+7\s+\[1\] 标题 headline/);
    expect(row(review, '北关街道组织网格员逐户走访独居老人，检')).toMatch(/^\s+16\s+正文 body/);
    const lines = review.split('\n');
    const at = lines.findIndex((l) => l.endsWith('│ 寒冬里的敲门声'));
    expect(lines[at]).toMatch(/未归属 unassigned/);
    expect(lines[at + 1]).toMatch(/⚠ headline-unassigned: headline "寒冬里的敲门声" matches no article/);
    // With them, the page reads as the editor said: a new article at the line, the headline its own.
    mkdirSync(join(config.correctionsDir));
    writeFileSync(join(config.correctionsDir, 'qs-p2.yml'), readFileSync(join(fixture, 'structure.yml')));
    const fixed = formatReview(reviewPage(config, findPage(config, 'qs-p2')));
    expect(row(fixed, '北关街道组织网格员逐户走访独居老人，检')).toMatch(/^\s+16\s+\[2\] 正文 body/);
    expect(row(fixed, '寒冬里的敲门声')).toMatch(/\[2\] 标题 headline/);
    expect(row(fixed, '本版策划 林晓东')).toMatch(/版面 furniture/);
  });

  it('the CLI prints the review, and names a page it does not know', () => {
    const dir = content();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'bin/baoku.js'), ...args, '--content', dir], {
        cwd: projectRoot,
        encoding: 'utf8',
      });
    const ok = run('review', 'qs-p2');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/\[1\] 标题 headline\s+│ 旧厂房变身青年创业园/);
    const bad = run('review', 'no-such-page');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/no page has the id or file no-such-page/);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('baoku check lists the pages to review, worst first', async () => {
    const report = await build(resolveConfig({ root: projectRoot, content: content() }), memorySink());
    const list = pagesToReview(report.archive.pages);
    expect(list[0]).toMatchObject({ id: 'qs-p2', reasons: expect.arrayContaining(['1 headline-unassigned']) });
    // The page the parser reads right is not listed.
    expect(list.map((p) => p.id)).toEqual(['qs-p2']);
  }, 60_000);
});
