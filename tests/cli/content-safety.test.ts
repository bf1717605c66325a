/**
 * Content is data (issue 22): what an editor's folder may hold — a correction in JavaScript, links out of
 * the content folder, broken links, a FIFO, colliding file names, impossible dates, other encodings — is
 * refused with a line naming the file, never run, never published, never a hang or an "internal error".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site.js';
import { tempDir } from '../support/temp.js';

const bin = join(projectRoot, 'bin/baoku.js');

const PAGE = [
  '青石新闻',
  '',
  '社区食堂开进老街巷',
  '',
  '本报讯 （记者 周明远） 10月9日，幸福办在老街巷开设的社区食堂正式营业，附近老人花十元就能吃上热乎饭菜。',
  '',
].join('\n');

/** A content folder with one good page (`good.txt`) and its own out dir; `run` runs baoku on it (never for more than a minute). */
function sandbox(siteYml = 'title: 测试报库\npaper: 青石新闻\n') {
  const dir = tempDir('baoku-safety-');
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  mkdirSync(join(content, 'pages'), { recursive: true });
  mkdirSync(join(content, 'corrections'));
  writeFileSync(join(content, 'site.yml'), siteYml);
  writeFileSync(join(content, 'pages', 'good.txt'), `---\ndate: 2023-10-10\n---\n${PAGE}`);
  const run = (...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      [bin, ...args, '--content', content, ...(args[0] === 'build' ? ['--out', out] : [])],
      { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 },
    );
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  return { dir, content, out, run };
}

describe('a correction in another front matter language', () => {
  it('is refused with its file and line by check, build and correct, and never runs', () => {
    const { dir, content, run } = sandbox();
    const marker = join(dir, 'PWNED');
    writeFileSync(
      join(content, 'corrections', 'good-1.md'),
      `---js\n(process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(marker)}, "x"), {})\n---\n`,
    );
    for (const args of [['check'], ['build'], ['correct', 'good-1']]) {
      const r = run(...args);
      expect(existsSync(marker), args[0]).toBe(false);
      expect(r.status, `${args[0]}: ${r.out}`).toBe(1);
      expect(r.out).toMatch(
        /corrections\/good-1\.md:1:1 front matter in `js` is refused: baoku reads front matter as YAML only/,
      );
    }
  }, 120_000);
});

describe('files in the pages folder that are not pages in it', () => {
  it('links out, broken links, loops, a FIFO, a link to a device and a huge file are refused by name; --keep-going publishes the rest', () => {
    const { dir, content, out, run } = sandbox();
    const pages = join(content, 'pages');
    const outside = join(dir, 'outside');
    mkdirSync(join(outside, 'folder'), { recursive: true });
    writeFileSync(join(outside, 'secret.txt'), '本报讯 外面的秘密文件内容。\n');
    writeFileSync(join(outside, 'folder', 'inner.txt'), '本报讯 外面文件夹里的秘密内容。\n');
    symlinkSync(join(outside, 'secret.txt'), join(pages, 'secret.txt'));
    symlinkSync(join(outside, 'folder'), join(pages, 'elsewhere'));
    symlinkSync(join(pages, 'nowhere.txt'), join(pages, 'dangling.txt'));
    symlinkSync(join(pages, 'loop-b.txt'), join(pages, 'loop-a.txt'));
    symlinkSync(join(pages, 'loop-a.txt'), join(pages, 'loop-b.txt'));
    symlinkSync('/dev/zero', join(pages, 'zero.txt'));
    symlinkSync(content, join(pages, 'up'));
    expect(spawnSync('mkfifo', [join(pages, 'pipe.txt')]).status).toBe(0);
    writeFileSync(join(pages, 'huge.txt'), '');
    truncateSync(join(pages, 'huge.txt'), 17 * 1024 * 1024);
    // A link inside the content folder is fine.
    symlinkSync(join(pages, 'good.txt'), join(pages, 'good-again.txt'));

    const refused = [
      /pages\/secret\.txt:1:1 is a link to .*outside the content folder.*\[outside-content\]/,
      /pages\/elsewhere:1:1 is a link to .*outside the content folder.*\[outside-content\]/,
      /pages\/dangling\.txt:1:1 is a link to .*nowhere\.txt, which does not exist \[broken-link\]/,
      /pages\/loop-a\.txt:1:1 is a link that leads round in a loop.*\[broken-link\]/,
      /pages\/zero\.txt:1:1 is a link to \/dev\/zero, outside the content folder.*\[outside-content\]/,
      /pages\/pipe\.txt:1:1 is a FIFO \(named pipe\), not a file \[not-a-file\]/,
      /pages\/huge\.txt:1:1 the file has 17825792 bytes.*\[file-too-large\]/,
      /pages\/up:1:1 is a link to .*content, a folder that holds the pages folder: a loop \[broken-link\]/,
    ];
    const check = run('check');
    expect(check.status, check.out).toBe(1);
    for (const line of refused) expect(check.out).toMatch(line);
    expect(check.out).toMatch(/^9 error\(s\)/m);

    const strict = run('build');
    expect(strict.status, strict.out).toBe(1);
    expect(strict.out).toMatch(/nothing was published/);
    expect(existsSync(out)).toBe(false);

    const kept = run('build', '--keep-going');
    expect(kept.status, kept.out).toBe(0);
    for (const line of refused) expect(kept.out).toMatch(line);
    expect(kept.out).toMatch(/built 1 issue\(s\), 2 page\(s\)/);
    const published = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(published.length).toBeGreaterThan(10);
    for (const e of published) expect(readFileSync(join(e.parentPath, e.name), 'utf8'), e.name).not.toContain('秘密');
  }, 180_000);
});

describe('page file names that give one page id', () => {
  it('are errors naming both files; with --keep-going the first is published, once', () => {
    const { content, run } = sandbox();
    const pages = join(content, 'pages');
    const names = ['page one.txt', 'page-one.txt', 'Page_One.txt', 'page--one.txt'];
    names.forEach((name, i) =>
      writeFileSync(
        join(pages, name),
        `---\ndate: 2023-10-10\npageNumber: ${i + 2}\n---\n青石新闻\n\n第${i + 2}篇文章的标题\n\n本报讯 这是第${i + 2}个版面的文章正文。\n`,
      ),
    );
    const check = run('check');
    expect(check.status, check.out).toBe(1);
    for (const name of ['page one.txt', 'page-one.txt', 'page--one.txt']) {
      expect(check.out).toMatch(
        new RegExp(
          `pages/${name}:1:1 this page file and .*pages/Page_One\\.txt both get the page id page-one.*\\[duplicate-id\\]`,
        ),
      );
    }
    const kept = run('build', '--keep-going');
    expect(kept.status, kept.out).toBe(0);
    expect(kept.out).toMatch(/built 1 issue\(s\), 2 page\(s\)/);
  }, 120_000);

  it('parse gives a page in a folder of the pages folder the ids the build gives it', () => {
    const { content, run } = sandbox();
    mkdirSync(join(content, 'pages', '2023'));
    const file = join(content, 'pages', '2023', 'p2.txt');
    writeFileSync(file, PAGE);
    const r = run('parse', file, '--json');
    expect(r.status, r.out).toBe(0);
    expect((JSON.parse(r.out) as { articles: { id: string }[] }).articles.map((a) => a.id)).toEqual(['2023-p2-1']);
  });
});

describe('dates, numbers and names that are not what they say', () => {
  it('an impossible date in a page is an error with its file and line, not the next month', () => {
    for (const date of ['2023-06-31', '2023-02-30']) {
      const { content, run } = sandbox();
      writeFileSync(join(content, 'pages', 'good.txt'), `---\npaper: 青石新闻\ndate: ${date}\n---\n${PAGE}`);
      const r = run('check');
      expect(r.status, r.out).toBe(1);
      expect(r.out).toMatch(
        new RegExp(
          `pages/good\\.txt:3:1 \`date\` must be a date on the calendar, like 2023-06-04, not "${date}" \\[front-matter\\]`,
        ),
      );
    }
  }, 120_000);

  it('baoku new refuses an impossible date or issue, and quotes a paper name with ": ", so that check reads what it wrote', () => {
    const { dir, content, run } = sandbox('title: 测试报库\npaper: "青石新闻: 经开区版"\n');
    const source = join(dir, 'page.txt');
    writeFileSync(source, PAGE);
    for (const [args, message] of [
      [['--date', '2023-13-45'], /--date: `date` must be a date on the calendar.*"2023-13-45"/],
      [['--date', '2023-02-30'], /--date: `date` must be a date on the calendar/],
      [['--date', '2023-06-04', '--issue', '100000000000000000000000'], /--issue: `issue` must be a whole number/],
    ] as const) {
      // A bad option value is a usage error (issue 23): exit 2, with the command's usage.
      const r = run('new', source, ...args);
      expect(r.status, r.out).toBe(2);
      expect(r.out).toMatch(message);
    }
    expect(readdirSync(join(content, 'pages'))).toEqual(['good.txt']);
    const added = run('new', source, '--date', '2023-06-04', '--issue', '7');
    expect(added.status, added.out).toBe(0);
    expect(readFileSync(join(content, 'pages', '2023-06-04-7-p1.txt'), 'utf8')).toMatch(
      /^---\npaper: '青石新闻: 经开区版'\ndate: 2023-06-04\nissue: 7\npageNumber: 1\n---\n/,
    );
    const check = run('check');
    expect(check.out).toMatch(/^0 error\(s\)/m);
  }, 120_000);
});

/** Text in GB18030, as a Windows editor saves it (Node has no GB18030 encoder: made from its decoder). */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(Uint8Array.from([a, b])), [a, b]);
  }
  return Uint8Array.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

describe('a correction saved in GB18030, as pages may be', () => {
  it('is decoded the way pages are and its headline published as written', () => {
    const { content, out, run } = sandbox();
    writeFileSync(join(content, 'corrections', 'good-1.md'), gb18030('---\nheadline: 老街巷社区食堂正式营业\n---\n'));
    const r = run('build');
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(out, 'articles', 'good-1.html'), 'utf8')).toContain('<h1>老街巷社区食堂正式营业</h1>');
  }, 120_000);
});

describe('ordinary conditions that were "internal errors"', () => {
  it('a correction that is a folder is named as such, exit 1', () => {
    const { content, run } = sandbox();
    mkdirSync(join(content, 'corrections', 'good-1.md'));
    for (const command of ['check', 'build']) {
      const r = run(command);
      expect(r.status, r.out).toBe(1);
      expect(r.out).toMatch(/corrections\/good-1\.md:1:1 is a folder, not a file \[not-a-file\]/);
      expect(r.out).not.toMatch(/internal error/);
    }
  }, 120_000);
});
