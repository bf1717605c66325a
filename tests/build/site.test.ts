import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildMemory } from '../../src/build.js';
import { resolveConfig } from '../../src/ingest/config.js';
import { BuildError } from '../../src/errors.js';
import { diskSink } from '../../src/write/disk-sink.js';
import { memorySink } from '../../src/write/sink.js';
import { buildInMemory, projectRoot, tempContent, textOf } from '../support/site.js';
import { tempDir } from '../support/temp.js';

describe('the seed archive', async () => {
  const { files, report } = await buildInMemory();
  const articles = report.archive.articles;

  it('has a page for each of the five articles with its title, byline, office and every paragraph', () => {
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      const html = files.get(a.url)!;
      expect(html, a.url).toBeDefined();
      const text = textOf(html);
      expect(textOf(html.match(/<h1>[\s\S]*?<\/h1>/)![0])).toBe(a.title.replace(/\s/g, ''));
      for (const p of a.paragraphs) expect(text).toContain(p.replace(/\s/g, ''));
      for (const name of [...a.reporters, ...a.correspondents])
        expect(textOf(html.match(/<dd class="byline">[\s\S]*?<\/dd>/)![0])).toContain(name);
      if (a.office) expect(textOf(html.match(/<dd class="office">[\s\S]*?<\/dd>/)![0])).toBe(a.office);
    }
  });

  it('marks the generated title of the picture-headline feature as inferred', () => {
    const feature = articles.find((a) => a.headlineInferred)!;
    expect(files.get(feature.url)).toContain('此标题由本站根据正文生成');
  });

  it('lists each office with exactly its articles, and each reporter with theirs', () => {
    for (const office of report.archive.offices) {
      const html = files.get(`offices/${office.slug}.html`)!;
      const linked = [...html.matchAll(/href="\.\.\/(articles\/[^"]+)"/g)].map((m) => m[1]);
      expect(linked.sort()).toEqual(
        articles
          .filter((a) => a.office === office.name)
          .map((a) => a.url)
          .sort(),
      );
    }
    const reporter = report.archive.reporters.find((r) => r.articles.length === 2)!;
    const html = files.get(`reporters/${reporter.slug}.html`)!;
    expect([...html.matchAll(/href="\.\.\/(articles\/[^"]+)"/g)].map((m) => m[1]).sort()).toEqual(
      articles
        .filter((a) => a.reporters.includes(reporter.name))
        .map((a) => a.url)
        .sort(),
    );
    expect(html).toContain('<svg class="month-chart"');
  });

  it('shows only the month of an inferred date, and says so in the citation', () => {
    const html = files.get(articles[0]!.url)!;
    expect(textOf(html)).toContain('《经开区新闻》2023年6月（出版日期未印出，不早于2023年6月4日）第1版');
    expect(html).not.toContain('datePublished');
  });

  it('builds byte-identical output twice', async () => {
    const again = (await buildInMemory()).files;
    // The same files (written in whatever order rendering and indexing, which overlap, finish them).
    expect([...again.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [path, body] of files) expect(again.get(path), path).toBe(body);
  });

  it('has no inline event handlers, and no inline script its Content-Security-Policy does not name by hash', () => {
    for (const [path, html] of files) {
      if (!path.endsWith('.html')) continue;
      expect(html, path).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toContain('unsafe-inline');
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        // (404.html stands alone, shown at any depth of a host: its one script comes in the page, by its hash.)
        if (body!.trim() && !attrs!.includes('application/ld+json'))
          expect(csp, `${path}: inline script`).toContain(
            `'sha256-${createHash('sha256').update(body!).digest('base64')}'`,
          );
      }
    }
  });

  it('links only relatively, and every internal link resolves to a built file', () => {
    for (const [path, html] of files) {
      if (!path.endsWith('.html') || path === '404.html') continue;
      for (const [, href] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        expect(href, `${path}: ${href}`).not.toMatch(/^(\/|[a-z]+:)/);
        // Percent-encoded: a name-based file name is not ASCII.
        expect(href, `${path}: ${href}`).toMatch(/^[\x21-\x7e]+$/);
        const target = decodeURIComponent(new URL(href!, `file:///site/${path}`).pathname.slice('/site/'.length));
        expect(files.has(target), `${path} links to missing ${target}`).toBe(true);
      }
    }
  });
});

describe('feeds and sitemap', () => {
  it('writes an Atom feed for the site and for each office, and a sitemap only when a site URL is set', async () => {
    const { files, report } = await buildInMemory();
    expect(files.get('feed.xml')).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[\s\S]*<entry>/);
    expect((files.get('feed.xml')!.match(/<entry>/g) ?? []).length).toBe(5);
    for (const office of report.archive.offices) expect(files.get(`offices/${office.slug}.xml`)).toContain(office.name);
    expect(files.has('sitemap.xml')).toBe(false);

    const withUrl = (
      await buildInMemory(
        tempContent(
          { 'a.txt': '---\ndate: 2024-03-05\n---\n本报讯 青石区召开会议，部署工作。\n' },
          'title: 测试\nsiteUrl: https://example.org/news\n',
        ),
      )
    ).files;
    expect(withUrl.get('sitemap.xml')).toContain('<loc>https://example.org/news/index.html</loc>');
    // The printed page and its articles' pages too, which the build takes as one group.
    expect(withUrl.get('sitemap.xml')).toMatch(/<loc>https:\/\/example.org\/news\/pages\/[^<]+\.html<\/loc>/);
    expect(withUrl.get('sitemap.xml')).toMatch(/<loc>https:\/\/example.org\/news\/articles\/[^<]+\.html<\/loc>/);
    expect(withUrl.get('feed.xml')).toContain('href="https://example.org/news/articles/');
  });
});

describe('untrusted text', () => {
  const hostile = [
    '本报讯 （记者 王一） 有人在文中写了<script>alert(1)</script>这样的字，',
    '还有"><img src=x onerror=alert(1)>这样的字，也有</script><script>alert(2)</script>。',
    '',
    '第二段文字照常排版，内容平常。',
    '',
  ].join('\n');

  it('renders OCR text containing HTML as text, in the body, the source view, JSON-LD and feeds', async () => {
    const { files } = await buildInMemory(
      tempContent({ 'evil.txt': `---\ndate: 2024-01-02\n---\n<b>标题</b>"><svg onload=alert(1)>\n\n${hostile}` }),
    );
    const article = [...files.entries()].find(([p]) => p.startsWith('articles/'))!;
    const html = article[1];
    expect(html).not.toMatch(/<script>alert|<img src=x|<svg onload|<b>标题/);
    expect(textOf(html)).toContain('<script>alert(1)</script>');
    const ld = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
    expect(ld).not.toContain('<');
    expect(JSON.parse(ld).headline).toBeDefined();
    expect(files.get('feed.xml')).not.toMatch(/<script|<svg onload/);
  });
});

describe('failed builds', () => {
  it('publish nothing and leave the previous dist/ as it was, naming the bad file and line', async () => {
    const out = tempDir('baoku-dist-');
    const good = tempContent({ 'a.txt': '本报讯 青石区召开会议，部署工作。\n' });
    await build(resolveConfig({ root: projectRoot, content: good, out }), diskSink(out));
    const before = readdirSync(out).sort();
    const index = readFileSync(join(out, 'index.html'), 'utf8');

    const bad = tempContent({
      'a.txt': '本报讯 青石区召开会议，部署工作。\n',
      'b.txt': '---\ndate: [2023\n---\n正文\n',
    });
    let error: unknown;
    try {
      await build(resolveConfig({ root: projectRoot, content: bad, out }), diskSink(out));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).file).toMatch(/b\.txt$/);
    expect(readdirSync(out).sort()).toEqual(before);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(index);
    expect(readdirSync(join(out, '..')).filter((n) => n.startsWith(`${out.split('/').pop()}.tmp`))).toEqual([]);
  });

  it('say where the templates were looked for when run outside the project folder, before any work', async () => {
    const elsewhere = tempDir('baoku-elsewhere-');
    const good = tempContent({ 'a.txt': '本报讯 青石区召开会议，部署工作。\n' });
    const out = join(elsewhere, 'dist');
    await expect(build(resolveConfig({ root: elsewhere, content: good, out }), diskSink(out))).rejects.toThrow(
      /no templates in .*baoku-elsewhere-.*templates: run baoku in the project folder/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('warn when two files claim the same date and page', async () => {
    const twice = tempContent({
      'a.txt': '---\ndate: 2024-05-06\npageNumber: 1\n---\n本报讯 青石区召开会议，部署工作。\n',
      'b.txt': '---\ndate: 2024-05-06\npageNumber: 1\n---\n本报讯 西岭镇苹果丰收，果农喜笑颜开。\n',
    });
    const { report } = await buildInMemory(twice);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'duplicate-page', file: expect.stringMatching(/b\.txt$/) }),
    );
    expect(report.archive.articles).toHaveLength(2);
  });

  it('with --keep-going publish the good pages and report the refused one', async () => {
    const out = tempDir('baoku-dist-');
    mkdirSync(out, { recursive: true });
    const bad = tempContent({
      'a.txt': '本报讯 青石区召开会议，部署工作。\n',
      'b.txt': Buffer.from([0, 1, 2, 3]).toString('latin1'),
    });
    const report = await build(resolveConfig({ root: projectRoot, content: bad, out }), diskSink(out), {
      keepGoing: true,
    });
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual([
      expect.stringMatching(/b\.txt$/),
    ]);
    expect(existsSync(join(out, 'articles'))).toBe(true);
    writeFileSync(join(out, 'x'), '');
  });
});

describe('builds that keep their pages between runs (baoku dev)', () => {
  it('rebuild after an edit and an added page exactly as a fresh build does', async () => {
    const content = tempContent({
      'a.txt': '---\ndate: 2024-05-06\n---\n本报讯 青石区召开会议，部署工作。\n',
      'b.txt': '---\ndate: 2024-05-07\n---\n本报讯 西岭镇苹果丰收，果农喜笑颜开。\n',
    });
    const config = resolveConfig({ root: projectRoot, content });
    const memory: BuildMemory = { pages: new Map(), outputs: new Map() };
    await build(config, memorySink(), { memory });
    expect([...memory.pages.keys()].map((p) => p.split('/').pop())).toEqual(['a.txt', 'b.txt']);
    writeFileSync(
      join(content, 'pages', 'b.txt'),
      '---\ndate: 2024-05-07\n---\n本报讯 西岭镇梨子丰收，果农喜笑颜开。\n',
    );
    writeFileSync(
      join(content, 'pages', 'c.txt'),
      '---\ndate: 2024-05-08\n---\n本报讯 东湖街道开展义诊，居民排队问诊。\n',
    );
    const kept = memorySink();
    await build(config, kept, { memory });
    // The cache still holds every page, though this build took them from memory.
    const parseCache = join(content, '.cache', 'parse');
    expect(readdirSync(parseCache).reduce((n, sub) => n + readdirSync(join(parseCache, sub)).length, 0)).toBe(3);
    const fresh = await buildInMemory(content);
    expect([...kept.files.keys()].sort()).toEqual([...fresh.files.keys()].sort());
    for (const [path, body] of fresh.files) expect(String(kept.files.get(path)), path).toBe(body);
    const pages = [...kept.files.values()].map(String);
    expect(pages.some((p) => p.includes('梨子'))).toBe(true);
    expect(pages.some((p) => p.includes('苹果'))).toBe(false);
  });

  it("show a related article's corrected title on the articles that list it, the rest reused", async () => {
    const apples = '西岭镇苹果丰收，果农喜笑颜开。苹果合作社扩大冷库，苹果销往全国。';
    const content = tempContent({
      'a.txt': `---\ndate: 2024-05-06\n---\n本报讯 （记者 林青） ${apples}\n`,
      'b.txt': `---\ndate: 2024-05-07\n---\n本报讯 （记者 周明） ${apples}冷库建成。\n`,
    });
    const out = join(tempDir('baoku-related-'), 'dist');
    const config = resolveConfig({ root: projectRoot, content, out });
    const keys = join(content, '.cache', 'outputs.json');
    const first = await build(config, diskSink(out, keys));
    const [a, b] = ['a.txt', 'b.txt'].map(
      (name) => first.archive.pages.find((p) => p.path.endsWith(name))!.articles[0],
    );
    expect(readFileSync(join(out, a!.url), 'utf8')).toContain(b!.url.replace('articles/', ''));
    mkdirSync(join(content, 'corrections'), { recursive: true });
    writeFileSync(join(content, 'corrections', `${b!.id}.md`), '---\nheadline: 冷库建成苹果远销\n---\n');
    const second = await build(config, diskSink(out, keys));
    expect(second.reused).toBeGreaterThan(0);
    expect(readFileSync(join(out, a!.url), 'utf8')).toContain('冷库建成苹果远销');
    const fresh = await buildInMemory(content);
    expect(readFileSync(join(out, a!.url), 'utf8')).toBe(String(fresh.files.get(a!.url)));
  });

  it('publish, reusing the files and keys they kept, exactly the site a fresh build makes', async () => {
    const content = tempContent({
      'a.txt': '---\ndate: 2024-05-06\n---\n本报讯 （记者 林青） 青石区召开会议，部署工作。\n',
      'b.txt':
        '---\ndate: 2024-05-07\n---\n本报讯 （记者 林青） 西岭镇苹果丰收，果农喜笑颜开。\n\n本报讯 东湖街道开展义诊。\n',
    });
    const out = join(tempDir('baoku-resident-'), 'dist');
    const config = resolveConfig({ root: projectRoot, content, out });
    const keys = join(content, '.cache', 'outputs.json');
    const memory: BuildMemory = { pages: new Map(), outputs: new Map() };
    await build(config, diskSink(out, keys), { memory });
    // An article's text changes (its page, lists and reporter change with it), a page is added, one goes.
    writeFileSync(
      join(content, 'pages', 'b.txt'),
      '---\ndate: 2024-05-07\n---\n本报讯 （记者 林青） 西岭镇梨子丰收，果农喜笑颜开。\n\n本报讯 东湖街道开展义诊。\n',
    );
    writeFileSync(
      join(content, 'pages', 'c.txt'),
      '---\ndate: 2024-05-08\n---\n本报讯 （记者 林青） 南山村修好了路。\n',
    );
    const second = await build(config, diskSink(out, keys), { memory });
    expect(second.reused).toBeGreaterThan(0);
    rmSync(join(content, 'pages', 'a.txt'));
    await build(config, diskSink(out, keys), { memory });
    const fresh = await buildInMemory(content);
    const published = new Map<string, string>();
    const walk = (dir: string, prefix = ''): void => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        if (name.isDirectory()) walk(join(dir, name.name), `${prefix}${name.name}/`);
        else published.set(`${prefix}${name.name}`, readFileSync(join(dir, name.name), 'utf8'));
      }
    };
    walk(out);
    // The folder carries the build's marker besides the site's files (see src/write/out-dir.ts).
    expect(published.get('.baoku-site')).toContain('baoku');
    published.delete('.baoku-site');
    expect([...published.keys()].sort()).toEqual([...fresh.files.keys()].sort());
    for (const [path, body] of fresh.files) expect(published.get(path), path).toBe(String(body));
    expect(published.get('index.html')).toContain('南山村');
    expect([...published.values()].some((p) => p.includes('苹果') || p.includes('青石区'))).toBe(false);
  });
});
