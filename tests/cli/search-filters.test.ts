import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

// Issue 23 item 6 and issue 25: `baoku search` takes the search page's filters as a reader gives them,
// and says when the filters, not the words, left nothing.
const bin = join(projectRoot, 'bin/baoku.js');

const SITE = `title: 测试报库
paper: 青石新闻
offices:
  - name: 青石办
    aliases: [青石街道办事处, 青石街道]
  - name: 青山办
    aliases: [青山街道办事处]
  - name: 白沙镇
    aliases: [白沙镇政府]
`;

const PAGES: Record<string, [date: string, text: string]> = {
  'a.txt': [
    '2023-05-10',
    '青石办开展社区议事\n\n本报讯 （记者 王一） 近日，青石街道办事处在各社区开展议事活动，居民代表围绕小区停车、垃圾分类等问题提出建议。',
  ],
  'b.txt': [
    '2023-06-08',
    '白沙镇社区服务站揭牌\n\n本报讯 （记者 李二） 6月7日，白沙镇政府为新建的社区服务站揭牌，服务站设有便民窗口和阅览室。',
  ],
  'c.txt': [
    '2023-06-20',
    '白沙镇社区举办纳凉晚会\n\n本报讯 （记者 李二） 6月18日晚，白沙镇各社区举办纳凉晚会，居民自编自演节目二十余个。',
  ],
};

let dist: string;
const search = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'search', '社区', '--dist', dist, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
/** The titles `baoku search` printed, in its order. */
const titles = (stdout: string): string[] => [...stdout.matchAll(/^\d+\. (\S+)/gm)].map((m) => m[1]!);

describe('baoku search with filters', () => {
  beforeAll(async () => {
    const content = tempDir('baoku-filters-');
    mkdirSync(join(content, 'pages'));
    writeFileSync(join(content, 'site.yml'), SITE);
    for (const [name, [date, text]] of Object.entries(PAGES))
      writeFileSync(join(content, 'pages', name), `---\ndate: ${date}\npageNumber: 1\n---\n${text}\n`);
    dist = tempDir('baoku-filters-dist-');
    await build(resolveConfig({ root: projectRoot, content, out: dist }), diskSink(dist));
  }, 120_000);

  it('finds an office by another name site.yml gives it, and by the start of its names', () => {
    for (const office of ['青石街道办事处', '青石', '青石办']) {
      const r = search('--office', office);
      expect(r.status, r.stderr).toBe(0);
      expect(titles(r.stdout)).toEqual(['青石办开展社区议事']);
    }
  });

  it('refuses an office name that fits several offices, naming them (exit 2)', () => {
    const r = search('--office', '青');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('baoku search: --office 青 could be 青石办 or 青山办: give more of the name');
  });

  it('refuses an office the archive does not have (exit 2)', () => {
    const r = search('--office', '红旗办');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^baoku search: no office is named 红旗办 in this archive/);
  });

  it('reads a month written 2023-6 as 2023-06', () => {
    for (const month of ['2023-6', '2023-06', '2023年6月']) {
      const r = search('--month', month, '--sort', 'oldest');
      expect(r.status, r.stderr).toBe(0);
      expect(titles(r.stdout)).toEqual(['白沙镇社区服务站揭牌', '白沙镇社区举办纳凉晚会']);
    }
  });

  it('refuses a month or a date that does not exist (exit 2, with the usage)', () => {
    for (const [option, value] of [
      ['--month', '2023-13'],
      ['--month', 'June'],
      ['--from', '2023-02-30'],
      ['--to', '2023-6-x'],
    ] as const) {
      const r = search(option, value);
      expect(r.status, `${option} ${value}`).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^baoku search: ${option} must be a (month|date) as YYYY-MM`));
      expect(r.stderr).toMatch(/^usage: baoku search/m);
    }
  });

  it('--from and --to keep the days between, both ends included', () => {
    expect(titles(search('--from', '2023-06-09').stdout)).toEqual(['白沙镇社区举办纳凉晚会']);
    expect(titles(search('--from', '2023-6-8', '--to', '2023-06-20', '--sort', 'oldest').stdout)).toEqual([
      '白沙镇社区服务站揭牌',
      '白沙镇社区举办纳凉晚会',
    ]);
    expect(titles(search('--to', '2023-05').stdout)).toEqual(['青石办开展社区议事']);
    const r = search('--from', '2023-07', '--to', '2023-06');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^baoku search: --from 2023-07 is after --to 2023-06/);
  });

  it('--sort oldest and newest order by date', () => {
    const oldest = titles(search('--sort', 'oldest').stdout);
    expect(oldest).toEqual(['青石办开展社区议事', '白沙镇社区服务站揭牌', '白沙镇社区举办纳凉晚会']);
    expect(titles(search('--sort', 'newest').stdout)).toEqual([...oldest].reverse());
  });

  it('filters without words list their articles, as the search page does with an empty box', () => {
    const list = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'search', '--dist', dist, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(titles(list('--office', '白沙镇政府', '--sort', 'oldest').stdout)).toEqual([
      '白沙镇社区服务站揭牌',
      '白沙镇社区举办纳凉晚会',
    ]);
    expect(list('--office', '青石', '--month', '2023-6').stdout.trim()).toBe('no article from 青石办, in 2023-06');
  });

  it('says when the filters, not the words, left nothing', () => {
    const r = search('--office', '青石街道办事处', '--month', '2023-6');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('3 articles contain "社区", none from 青石办, in 2023-06');
    const none = spawnSync(process.execPath, [bin, 'search', '火箭', '--dist', dist, '--month', '2023-6'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(none.stdout.trim()).toBe('no article contains "火箭"');
  });
});
