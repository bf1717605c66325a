import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const bin = join(projectRoot, 'bin/baoku.js');
const dir = tempDir('baoku-cli-');
const file = (name: string, bytes: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('baoku parse on bad pages', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /empty\.txt:1:1 the file is empty \[empty-file\]/],
    ['blank.txt', '  \n\n', /blank\.txt:1:1 the page has no text \[empty-file\]/],
    [
      'binary.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binary\.txt:3:1 .*binary.*\[binary-file\]/,
    ],
    [
      'latin1.txt',
      Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xe9, 0x74, 0xe9, 0xff, 0xfe]),
      /latin1\.txt:3:1 .*neither UTF-8 nor GB18030.*\[undecodable\]/,
    ],
    [
      'front.txt',
      '---\ndate: 2023-06-04\nissue: [1\n---\n本报讯 正文。\n',
      /front\.txt:\d+:\d+ front matter is not valid YAML.*\[front-matter\]/,
    ],
  ];
  for (const [name, bytes, message] of cases) {
    it(`${name}: one line naming the file and line, exit 1, no stack trace`, () => {
      const r = run('parse', file(name, bytes), '--json');
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\s+at\s/);
    });
  }

  it('still parses the good pages given with a bad one', () => {
    const good = file('good.txt', '本报讯 （记者 王一） 青石区召开会议，部署下一阶段工作。\n');
    const r = run('parse', file('empty2.txt', ''), good, '--json');
    expect(r.status).toBe(1);
    const parsed = JSON.parse(r.stdout) as { articles: { reporters: string[] }[] }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.articles[0]!.reporters).toEqual(['王一']);
  });

  it('prints a readable summary without --json', () => {
    const r = run('parse', join(projectRoot, 'content/pages/jingkaiqu-xinwen-page.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 articles, dated 2023-06-04 \(inferred, not before\)/);
    expect(r.stdout).toMatch(/\[title generated\]/);
  });
});
