import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const bin = join(projectRoot, 'bin/baoku.js');

/** A copy of the project's content in a temporary folder, with its own output folder. */
function sandbox(): { content: string; out: string; run: (...args: string[]) => ReturnType<typeof spawnSync> } {
  const dir = tempDir('baoku-editor-');
  const content = join(dir, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const out = join(dir, 'dist');
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        bin,
        ...args,
        ...(args[0] === 'search' ? [] : ['--content', content]),
        ...(args[0] === 'build' ? ['--out', out] : []),
      ],
      { cwd: projectRoot, encoding: 'utf8' },
    );
  return { content, out, run };
}

const secondPage = [
  ' QINGSHI XINWEN',
  '',
  '经开区新闻',
  '',
  '幸福办',
  '',
  '社区食堂开进老街巷',
  '',
  '本报讯 （记者 周明远） 10月9日，幸福办在老街巷开设的社区食堂正式营业，附近老人花十元就能吃上两荤一素的热乎饭菜。',
  '',
  '“离家近、价格实惠，子女也放心。”正在用餐的居民说。幸福办相关负责人介绍，食堂由街道提供场地，引入专业餐饮企业运营，每天供应午餐和晚餐。',
  '',
].join('\n');

describe('publishing a new page', () => {
  it('baoku new adds it with front matter; after a build it is on the home page, in its office index and in search', () => {
    const { content, out, run } = sandbox();
    const file = join(tempDir('baoku-new-'), 'page.txt');
    writeFileSync(file, secondPage);
    const added = run('new', file, '--date', '2023-10-10', '--page', '2');
    expect(added.status, String(added.stderr)).toBe(0);
    expect(added.stdout).toMatch(/added content\/pages\/2023-10-10-p2\.txt|2023-10-10-p2\.txt/);
    expect(added.stdout).toContain('社区食堂开进老街巷');
    const written = readFileSync(join(content, 'pages', '2023-10-10-p2.txt'), 'utf8');
    expect(written).toMatch(/^---\npaper: 经开区新闻\ndate: 2023-10-10\npageNumber: 2\n---\n/);
    expect(written.endsWith(secondPage)).toBe(true);

    expect(run('build').status).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('社区食堂开进老街巷');
    const offices = readdirSync(join(out, 'offices')).filter((f) => f.endsWith('.html') && f !== 'index.html');
    const office = offices
      .map((f) => readFileSync(join(out, 'offices', f), 'utf8'))
      .find((h) => h.includes('<h1>幸福办</h1>'))!;
    expect(office).toContain('社区食堂开进老街巷');
    const found = run('search', '社区食堂', '--dist', out, '--json');
    expect(JSON.parse(String(found.stdout)).map((r: { title: string }) => r.title)).toEqual(['社区食堂开进老街巷']);
  });
});

describe('the build report', () => {
  it('counts the articles new, changed and removed since the last build, an edited page counting only the article edited', () => {
    const { content, run } = sandbox();
    const since = (): string => {
      const r = run('build');
      expect(r.status, String(r.stderr)).toBe(0);
      return /since the last build: (.*)/.exec(String(r.stdout))?.[1] ?? String(r.stdout);
    };
    expect(since()).toBe('5 new, 0 changed, 0 removed');
    expect(since()).toBe('0 new, 0 changed, 0 removed');
    const added = join(content, 'pages', 'z-new.txt');
    writeFileSync(added, `---\ndate: 2023-10-10\n---\n${secondPage}`);
    expect(since()).toBe('1 new, 0 changed, 0 removed');
    // One sentence more at the end of the seed's last paragraph line: its page is parsed again, one article differs.
    const seed = join(content, 'pages', 'jingkaiqu-xinwen-page.txt');
    const lines = readFileSync(seed, 'utf8').split('\n');
    const last = lines.map((l) => l.trim().endsWith('。')).lastIndexOf(true);
    lines[last] = `${lines[last]}另据统计，参与人数逐年增加。`;
    writeFileSync(seed, lines.join('\n'));
    expect(since()).toBe('0 new, 1 changed, 0 removed');
    rmSync(added);
    expect(since()).toBe('0 new, 0 changed, 1 removed');
  }, 60_000);
});

describe('correcting an article', () => {
  it('a corrected headline shows on the article and issue pages, in search and in the feed, and survives a rebuild', () => {
    const { content, out, run } = sandbox();
    const made = run('correct', 'jingkaiqu-xinwen-page-5');
    expect(made.status, String(made.stderr)).toBe(0);
    const file = join(content, 'corrections', 'jingkaiqu-xinwen-page-5.md');
    const template = readFileSync(file, 'utf8');
    expect(template).toMatch(/^---\n/);
    writeFileSync(file, template.replace(/^headline: .*$/m, 'headline: "五星支部创建见行见效"'));
    for (let i = 0; i < 2; i++) {
      expect(run('build').status).toBe(0);
      const article = readFileSync(join(out, 'articles', 'jingkaiqu-xinwen-page-5.html'), 'utf8');
      expect(article).toContain('<h1>五星支部创建见行见效</h1>');
      expect(article).toContain('本文已由编辑更正');
      expect(article).not.toContain('此标题由本站根据正文生成');
      expect(readFileSync(join(out, 'pages', 'jingkaiqu-xinwen-page.html'), 'utf8')).toContain('五星支部创建见行见效');
      expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('<title>五星支部创建见行见效</title>');
      const found = JSON.parse(String(run('search', '见行见效', '--dist', out, '--json').stdout)) as {
        title: string;
      }[];
      expect(found[0]!.title).toBe('五星支部创建见行见效');
    }
  });

  it('search still finds a corrected article by its original OCR text', () => {
    const { content, out, run } = sandbox();
    run('correct', 'jingkaiqu-xinwen-page-3');
    const file = join(content, 'corrections', 'jingkaiqu-xinwen-page-3.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/持续开展工作纪律监督检查/g, '持续开展工作纪律监督抽查'));
    expect(run('build').status).toBe(0);
    const byOriginal = JSON.parse(String(run('search', '工作纪律监督检查', '--dist', out, '--json').stdout)) as {
      id: string;
    }[];
    const byCorrected = JSON.parse(String(run('search', '工作纪律监督抽查', '--dist', out, '--json').stdout)) as {
      id: string;
    }[];
    expect(byOriginal.map((r) => r.id)).toContain('jingkaiqu-xinwen-page-3');
    expect(byCorrected.map((r) => r.id)).toContain('jingkaiqu-xinwen-page-3');
  });

  it('a broken correction fails check and build with its file and line, and leaves the previous dist/ untouched', () => {
    const { content, out, run } = sandbox();
    expect(run('build').status).toBe(0);
    const before = readFileSync(join(out, 'index.html'), 'utf8');
    const listing = readdirSync(out).sort();
    const file = join(content, 'corrections', 'jingkaiqu-xinwen-page-2.md');
    mkdirSync(join(content, 'corrections'), { recursive: true });
    writeFileSync(file, '---\nheadline: 好标题\nreporters: [王一\n---\n正文\n', { flag: 'w' });
    for (const command of ['check', 'build']) {
      const r = run(command);
      expect(r.status, command).toBe(1);
      expect(String(r.stdout) + String(r.stderr)).toMatch(
        /corrections\/jingkaiqu-xinwen-page-2\.md:[345]:\d+ .*\[correction\]/,
      );
    }
    writeFileSync(file, '---\nheadline: 好标题\n---\n');
    writeFileSync(join(content, 'corrections', 'no-such-article.md'), '---\nheadline: 好标题\n---\n');
    const orphan = run('build');
    expect(orphan.status).toBe(1);
    expect(String(orphan.stderr)).toMatch(/corrections\/no-such-article\.md:1:1 .*\[correction-orphan\]/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(out).sort()).toEqual(listing);
  });
});

describe('baoku dev', () => {
  it('serves the site on localhost and rebuilds after a content change', async () => {
    const { content, out } = sandbox();
    const port = 43000 + (process.pid % 1000);
    const child = spawn(process.execPath, [bin, 'dev', '--content', content, '--out', out, '--port', String(port)], {
      cwd: projectRoot,
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    try {
      await expect.poll(() => log, { timeout: 60_000, interval: 200 }).toContain(`http://127.0.0.1:${port}/`);
      const home = await (await fetch(`http://127.0.0.1:${port}/index.html`)).text();
      expect(home).toContain('/__baoku/reload.js');
      expect(home).not.toContain('社区食堂开进老街巷');
      writeFileSync(join(content, 'pages', 'z-new.txt'), `---\ndate: 2023-10-10\n---\n${secondPage}`);
      await expect
        .poll(
          async () =>
            (await (await fetch(`http://127.0.0.1:${port}/index.html`)).text()).includes('社区食堂开进老街巷'),
          { timeout: 60_000, interval: 300 },
        )
        .toBe(true);
      writeFileSync(join(content, 'pages', 'z-bad.txt'), '---\ndate: [oops\n---\n正文\n');
      await expect.poll(() => log, { timeout: 60_000, interval: 200 }).toMatch(/build failed[\s\S]*z-bad\.txt/);
      expect(await (await fetch(`http://127.0.0.1:${port}/index.html`)).text()).toContain('社区食堂开进老街巷');
    } finally {
      child.kill('SIGINT');
    }
  }, 120_000);
});
