/**
 * renderSite: the archive model to every output file (HTML through eta, feeds, sitemap). Pure apart
 * from eta reading the templates folder and 404.html taking in the stylesheet beside it (public/).
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Eta } from 'eta';
import {
  formatDate,
  signatureNames,
  type Archive,
  type IndexEntry,
  type SiteArticle,
  type SitePage,
} from '../site/model.js';
import { withFields } from '../parse/slim.js';
import { renderBody } from './body.js';
import { calendar } from './calendar.js';
import { citations } from './cite.js';
import { countByMonth, monthChart } from './chart.js';
import { byYear, coAuthors, frequentKeywords } from './people.js';
import { atomFeed, sitemap, type FeedItem } from './feed.js';

/**
 * A file of the built site before it is made: `key` names everything it is made from (template and
 * data), so a build can reuse the published file when the key is unchanged instead of rendering it.
 */
export interface Output {
  path: string;
  key: string;
  render(): string;
}

/**
 * Files made together from one printed page (its page and its articles'): `key` names everything they
 * are all made from, so a build takes all of them when it is unchanged, without keying each.
 */
export interface OutputGroup {
  /** The group's name among the keys (never a file's path). */
  group: string;
  key: string;
  paths: readonly string[];
  /** The group's files, each with its own key. */
  outputs(): Iterable<Output>;
}

/** Site settings the templates show. */
export interface SiteInfo {
  title: string;
  paper: string;
  siteUrl: string | null;
  basePath: string;
  corrections: string;
  /** The gazetteer: the offices in the order the editors listed them, which the office index keeps. */
  offices?: readonly { name: string; aliases: readonly string[] }[];
}

const FEED_SIZE = 50;

/** Keywords and related articles per article id. */
export type Related = Map<string, { keywords: string[]; related: string[] }>;

/**
 * The keys a process kept from its last build (`baoku dev`), by output path: the version and data an
 * output was keyed with, and its key. An output whose data is the same, value for value down to its
 * articles' fields, keeps its key without its data being serialized and hashed again.
 */
export type KeyMemory = Map<string, { version: string; data: unknown; key: string }>;

/** How deep `same` looks: [template, data], a list in the data, an article in the list, its paragraphs. */
const SAME_DEPTH = 5;

/**
 * Every file of the site, one at a time, each rendered only when asked: the build writes each as it comes,
 * so the site is never held in memory whole, and skips rendering the ones it can reuse. `version` names
 * the templates and code (it goes into every key).
 */
export function* renderSite(
  archive: Archive,
  site: SiteInfo,
  templatesDir: string,
  related: Related = new Map(),
  version = '',
  memory?: KeyMemory,
): Generator<Output | OutputGroup> {
  const eta = new Eta({ views: templatesDir, autoEscape: true, cache: true, autoTrim: false });
  // The settings go into every key once, as part of the version.
  const fullVersion = `${version}\n${JSON.stringify(site)}`;
  const keyOf = outputKeys(archive, fullVersion, site);
  const made = new Set<string>();
  // A key kept from the last build when the data is the same; otherwise made (and kept).
  const remembered = (name: string, data: unknown, make: () => string): string => {
    if (!memory) return make();
    made.add(name);
    const kept = memory.get(name);
    if (kept && kept.version === fullVersion && same(kept.data, data, SAME_DEPTH)) {
      // The new data stands in for the old, so that the last build's model can go.
      kept.data = data;
      return kept.key;
    }
    const key = make();
    memory.set(name, { version: fullVersion, data, key });
    return key;
  };
  // The pages the sitemap lists (only a site with an address has one).
  const htmlPaths = new Set<string>();
  const pageOf = new Map(archive.pages.map((p) => [p.id, p]));
  const officeOf = new Map(archive.offices.map((o) => [o.name, o]));
  const personOf = new Map(archive.reporters.map((r) => [r.name, r]));
  const articleOf = new Map(archive.articles.map((a) => [a.id, a]));
  // An article's date line, made once per page.
  const dateLines = new Map<string, string>();
  const when = (a: SiteArticle): string => {
    let line = dateLines.get(a.pageId);
    if (line === undefined) {
      const p = pageOf.get(a.pageId)!;
      dateLines.set(a.pageId, (line = formatDate(p.date, p.dateInferred)));
    }
    return line;
  };
  // `lazy` values are made only if the file is rendered; the key has what they are made from.
  const output = (
    path: string,
    template: string,
    data: () => Record<string, unknown>,
    key: (view: () => Record<string, unknown>) => string,
    lazy: Record<string, () => unknown>,
  ): Output => {
    const root = path.includes('/') ? '../'.repeat(path.split('/').length - 1) : '';
    if (site.siteUrl && path !== '404.html') htmlPaths.add(path);
    // What the template sees is put together only to be keyed or rendered (most outputs are neither).
    // The page's address on the web, when the site has one (canonical link, Open Graph, permalink).
    const canonical = site.siteUrl && path !== '404.html' ? site.siteUrl + encodePath(path) : null;
    const view = (): Record<string, unknown> => ({ site, root, canonical, ...data() });
    const render = (): string => {
      const it = view();
      for (const [name, make] of Object.entries(lazy)) {
        let value: unknown;
        let made = false;
        // Enumerable, so that eta's layout (which spreads the data) sees them too.
        Object.defineProperty(it, name, {
          enumerable: true,
          get: () => (made ? value : ((made = true), (value = make()))),
        });
      }
      return tidy(eta.render(template, it));
    };
    return { path, key: key(view), render };
  };
  /** A page keyed by what its template sees. */
  const html = (
    path: string,
    template: string,
    data: Record<string, unknown>,
    lazy: Record<string, () => unknown> = {},
  ): Output =>
    output(
      path,
      template,
      () => data,
      (view) => remembered(path, [template, data], () => keyOf(template, view())),
      lazy,
    );
  /**
   * A page keyed by `signature`, which names all its data follows from (with the version): for the many
   * pages of one template, cheaper than serializing what the template sees; the data is made only if the
   * page is rendered. A signature long to make can come as a function, with what a process that stays
   * compares instead (`same`: the same values make the same signature).
   */
  const htmlOf = (
    path: string,
    template: string,
    signature: string | { signature: () => string; same: unknown },
    data: () => Record<string, unknown>,
    lazy: Record<string, () => unknown>,
  ): Output => {
    const { make, same } =
      typeof signature === 'string'
        ? { make: () => signature, same: signature }
        : { make: signature.signature, same: signature.same };
    return output(
      path,
      template,
      data,
      () => remembered(path, same, () => sha1(`${fullVersion}\n${template}\n${make()}`)),
      lazy,
    );
  };
  const file = (path: string, make: () => string, ...inputs: unknown[]): Output => ({
    path,
    key: remembered(path, inputs, () => keyOf(path, inputs)),
    render: make,
  });
  const years = calendar(archive.issues);

  // 历史上的今天: the issues of each day of the year, for the home page to show those of the reader's today
  // (the build knows no today: the same content makes the same site).
  const days: Record<string, [string, string, string, string][]> = {};
  for (const issue of archive.issues) {
    const first = issue.pages[0];
    if (!issue.date || issue.dateInferred || !first) continue;
    const lead = first.articles[0]?.title ?? '';
    (days[issue.date.slice(5)] ??= []).push([issue.date, first.url, pageLabel(first), lead]);
  }
  const dayKeys = Object.keys(days).sort();
  const daysData = Object.fromEntries(dayKeys.map((k) => [k, days[k]!]));
  yield file(
    'baoku-days.js',
    () => `window.baokuDays=${JSON.stringify(daysData).replace(/</g, '\\u003c')};\n`,
    daysData,
  );
  const latest = archive.issues[0]?.pages[0];
  yield html('index.html', './home', {
    title: '首页',
    description: `《${site.paper}》的报纸档案：${archive.issues.length}期、${archive.articles.length}篇文章，可按日期、单位、作者浏览，可离线全文搜索。`,
    latest: latest && {
      url: latest.url,
      label: pageLabel(latest),
      articles: latest.articles.map((a) => withFields(a, { summary: summary(a) })),
    },
    years,
  });

  // Reading on: 下一篇 after a page's last article is the next page's first, and after an issue's last,
  // the first of the issue that came out next (上一篇 the other way).
  const reading = [...archive.issues].reverse().flatMap((issue) => issue.pages.flatMap((p) => p.articles));
  const readingAt = new Map(reading.map((a, i) => [a, i]));
  const beside = (
    a: SiteArticle,
    step: 1 | -1,
  ): { url: string; title: string; where: string | null; key: string } | undefined => {
    const other = reading[readingAt.get(a)! + step];
    if (!other) return undefined;
    const there = pageOf.get(other.pageId)!;
    const here = pageOf.get(a.pageId)!;
    const where =
      there === here
        ? null
        : there.issueKey === here.issueKey
          ? `第${there.pageNumber}版`
          : `${step > 0 ? '下一期' : '上一期'} ${pageLabel(there)}`;
    return { url: other.url, title: other.title, where, key: `${keyOf.article(other)} ${other.url} ${where}` };
  };
  // A page's digest: its source and settings, its articles by their digests (made once, kept in baoku dev).
  const pageDigest = (page: SitePage): string => remembered(`\0page:${page.id}`, page, () => keyOf.page(page));
  for (const [n, issue] of archive.issues.entries()) {
    // What a page shows of its issue and the issues beside it; the rest follows from its digest.
    const prevIssue = archive.issues[n + 1]?.pages[0]?.url;
    const nextIssue = archive.issues[n - 1]?.pages[0]?.url;
    const around = `${prevIssue ?? ''}\n${nextIssue ?? ''}\n${issue.pages.map((p) => `${p.url} ${p.pageNumber} ${p.name}`).join('\n')}`;
    for (const [k, page] of issue.pages.entries()) {
      const digest = pageDigest(page);
      // Everything an article's page shows follows from its page (the page's digest has its articles'),
      // its place there, and its related articles: its signature has those, by digest.
      const relatedOf = page.articles.map((a) => (related.get(a.id)?.related ?? []).map((id) => articleOf.get(id)!));
      const relatedDigests = relatedOf.map((list) => list.map((r) => keyOf.article(r)).join('\n'));
      // The articles beside the page's first and last, on other pages (the rest are the page's own).
      const edges = page.articles.length ? [beside(page.articles[0]!, -1), beside(page.articles.at(-1)!, 1)] : [];
      const edgeKey = edges.map((e) => e?.key ?? '').join('\n');
      const outputs = function* (): Generator<Output> {
        yield htmlOf(
          page.url,
          './page',
          `${digest}\n${k}\n${around}`,
          () => ({
            title: pageLabel(page),
            label: pageLabel(page),
            description: `《${page.paper}》${pageLabel(page)}：${page.articles.map((a) => a.title).join('；')}`.slice(
              0,
              150,
            ),
            dateInferred: page.dateInferred,
            notBefore: page.date,
            day: page.dateInferred ? null : page.date,
            issuePages: issue.pages.map((p) => ({
              url: p.url,
              number: p.pageNumber,
              name: p.name,
              current: p === page,
            })),
            articles: page.articles,
            prevPage: issue.pages[k - 1]?.url,
            nextPage: issue.pages[k + 1]?.url,
            prevIssue,
            nextIssue,
          }),
          {},
        );
        for (const [i, a] of page.articles.entries()) {
          const link = (name: string): { name: string; url: string } => ({ name, url: personOf.get(name)!.url });
          yield htmlOf(
            a.url,
            './article',
            `${digest}\n${i}\n${relatedDigests[i]}\n${edgeKey}`,
            () => ({
              title: a.title,
              a,
              reporters: a.reporters.map(link),
              correspondents: a.correspondents.map(link),
              signed: signatureNames(a.signature).map(link),
              officeUrl: a.office ? officeOf.get(a.office)!.url : null,
              when: when(a),
              pageUrl: page.url,
              pageLabel: pageLabel(page),
              pageNumber: page.pageNumber,
              prev: beside(a, -1),
              next: beside(a, 1),
              keywords: related.get(a.id)?.keywords ?? [],
              related: relatedOf[i],
            }),
            {
              bodyHtml: () => renderBody(a),
              description: () => summary(a),
              citations: () =>
                citations({
                  title: a.title,
                  authors: authorsOf(a),
                  paper: page.paper || site.paper,
                  date: page.date,
                  dateInferred: page.dateInferred,
                  pageNumber: page.pageNumber,
                  permalink: site.siteUrl ? site.siteUrl + encodePath(a.url) : null,
                }),
              sourceLines: () => sourceLines(page, a),
              og: () => ({ type: 'article', title: a.title }),
              jsonLd: () => jsonLd(a, page, site),
            },
          );
        }
      };
      // The printed page and its articles' pages as one group, keyed by all their signatures: a build
      // takes an unchanged page's files without keying each (at 5,000 pages, 30,000 files).
      const paths = [page.url, ...page.articles.map((a) => a.url)];
      const signature = `${digest}\n${k}\n${around}\n${edgeKey}\n\n${relatedDigests.join('\n\n')}`;
      // (30,000 paths at 5,000 pages: gathered only where something reads them.)
      if (site.siteUrl) for (const path of paths) htmlPaths.add(path);
      if (memory) for (const path of paths) made.add(path);
      yield {
        group: `\0group:${page.id}`,
        key: remembered(`\0group:${page.id}`, signature, () => sha1(`${fullVersion}\n${signature}`)),
        paths,
        outputs,
      };
    }
  }

  // Every article newest first, sorted once: the feeds and each index take their articles in this order.
  const byDate = [...archive.articles].sort(newestFirst(pageOf));
  const rank = new Map(byDate.map((a, i) => [a, i]));
  const newestFirstOf = (list: readonly SiteArticle[]): SiteArticle[] =>
    Array.from(Int32Array.from(list, (a) => rank.get(a)!).sort(), (i) => byDate[i]!);
  const indexPages = function* (
    dir: string,
    heading: string,
    entries: IndexEntry[],
    kind: string,
    feeds: boolean,
  ): Generator<Output> {
    yield html(`${dir}/index.html`, './index-list', {
      title: heading,
      heading,
      description: `《${site.paper}》报道所涉的${entries.length}个${kind}，各有其文章列表。`,
      entries: entries.map((e) => ({ name: e.name, url: e.url, count: e.articles.length })),
    });
    for (const e of entries) {
      const sorted = newestFirstOf(e.articles);
      const dates = sorted.map(when);
      const path = e.path;
      const feed = feeds ? e.url.replace(/\.html$/, '.xml') : null;
      // The list follows from its articles (each by its digest) and the dates their lines show; the
      // list's copies of them and the chart are made only if the page is rendered.
      // (A process that stays, baoku dev, compares the lists, article by article, instead.)
      // Their frequent words (each a search within their articles) and, for a person, who wrote with them.
      const keywords = frequentKeywords(sorted, (a) => related.get(a.id)?.keywords ?? [], e.name).map(
        ([word, count]) => ({
          word,
          count,
          url: `search.html?${new URLSearchParams({ q: word, [dir === 'offices' ? 'office' : 'reporter']: e.name }).toString()}`,
        }),
      );
      const partners =
        dir === 'reporters'
          ? coAuthors(sorted, e.name).map(([name, count]) => ({ name, count, url: personOf.get(name)?.url ?? null }))
          : [];
      const extra = JSON.stringify([keywords, partners]);
      const signature = (): string =>
        `${path}\n${e.name}\n${kind}\n${feed}\n${extra}\n${sorted.map((a, k) => `${keyOf.article(a)} ${dates[k]}`).join('\n')}`;
      yield htmlOf(
        path,
        './index-entry',
        { signature, same: [e.name, kind, feed, extra, sorted, dates] },
        () => ({
          title: `${e.name}（${kind}）`,
          heading: `${e.name}`,
          count: e.articles.length,
          feed,
          keywords,
          partners,
          description: `${e.name}（${kind}）：《${site.paper}》${e.articles.length}篇文章，最新一篇：${sorted[0]!.title}`,
        }),
        {
          years: () =>
            byYear(
              sorted.map((a, k) =>
                withFields(a, { when: dates[k], year: pageOf.get(a.pageId)!.date?.slice(0, 4) ?? null }),
              ),
            ),
          svg: () => monthChart(countByMonth(sorted.map((a) => pageOf.get(a.pageId)!.date)), `${e.name}每月文章数`),
        },
      );
      // A feed carries the newest articles, as the site's does: a reader's feed has no use for ten years of them.
      const newest = sorted.slice(0, FEED_SIZE);
      if (feed)
        yield file(
          e.path.replace(/\.html$/, '.xml'),
          () =>
            atomFeed(
              `${site.title} · ${e.name}`,
              feed,
              feedItems(newest, pageOf),
              site.siteUrl ?? '',
              `${dir}/${e.slug}`,
            ),
          e.name,
          newest,
        );
    }
  };
  yield* indexPages('offices', '按单位浏览', gazetteerOrder(archive.offices, site.offices ?? []), '单位', true);
  yield* indexPages('reporters', '按作者浏览', archive.reporters, '作者', false);

  yield html('archive/index.html', './archive', {
    title: '往期',
    years,
    description: `《${site.paper}》往期版面，按年月日历排列。`,
  });
  yield html('about.html', './about', {
    // The zip's name and size come by a script the build writes beside it (see write/archive-zip.ts).
    scripts: ['baoku-download.js'],
    title: '关于本站',
    description: `关于《${site.paper}》报库：文字从何而来、可能有哪些错误、如何报告更正。`,
  });
  yield html('search.html', './search', {
    title: '搜索',
    description: `在《${site.paper}》全部文章中搜索关键词、单位或作者，离线可用。`,
  });
  // The 404 page is shown at any depth of a host, and opened from disk: its look cannot come by a relative
  // link, so the stylesheet is in the page (allowed by its hash) and the icon a data address.
  yield html('404.html', './404', {
    title: '找不到页面',
    root: site.basePath.replace(/\/?$/, '/'),
    description: `《${site.paper}》报库里没有这个页面。`,
    inline: inlineAssets(join(templatesDir, '..', 'public'), site.basePath.replace(/\/?$/, '/')),
  });

  // The gazetteer for the search page, so that an office's other names find its articles (a script: it
  // loads from disk, where a data file could not be read).
  const gazetteer = (site.offices ?? []).map((o) => [o.name, o.aliases]);
  yield file(
    'baoku-offices.js',
    () => `window.baokuOffices=${JSON.stringify(gazetteer).replace(/</g, '\\u003c')};\n`,
    gazetteer,
  );
  const newest = byDate.slice(0, FEED_SIZE);
  const items = feedItems(newest, pageOf);
  yield file('feed.xml', () => atomFeed(site.title, 'feed.xml', items, site.siteUrl ?? '', 'site'), items);
  if (site.siteUrl) {
    const paths = [...htmlPaths].sort();
    yield file('sitemap.xml', () => sitemap(site.siteUrl!, paths.map(encodePath)), paths);
  }
  // Outputs this build no longer makes (a page deleted) are forgotten.
  if (memory) for (const name of memory.keys()) if (!made.has(name)) memory.delete(name);
}

/**
 * The stylesheet and icon for a page that stands alone (404.html), and its one script, with the hashes its
 * CSP allows them by. A host shows the page at any depth, so its links start at the site's root; opened
 * from disk, where that root is the disk's, the script makes them relative to the page (which sits at the
 * site's top).
 */
function inlineAssets(
  publicDir: string,
  root: string,
): { css: string; styleHash: string; icon: string; script: string; scriptHash: string } | null {
  let css: string;
  let icon: string;
  try {
    // As `tidy` leaves it, so that the hash is of the text the page holds.
    css = readFileSync(join(publicDir, 'style.css'), 'utf8')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{2,}/g, '\n');
    icon = `data:image/svg+xml;base64,${readFileSync(join(publicDir, 'favicon.svg')).toString('base64')}`;
  } catch {
    return null;
  }
  if (css.includes('</')) return null;
  const script =
    `document.addEventListener('DOMContentLoaded',function(){if(location.protocol!=='file:')return;` +
    `var root=${JSON.stringify(root).replace(/</g, '\\u003c')},all=document.querySelectorAll('a[href],form[action]');` +
    `for(var i=0;i<all.length;i++){var n=all[i].hasAttribute('href')?'href':'action',v=all[i].getAttribute(n);` +
    `if(v.indexOf(root)===0)all[i].setAttribute(n,v.slice(root.length)||'index.html');}});`;
  return {
    css,
    styleHash: `sha256-${hash('sha256', css, 'base64')}`,
    icon,
    script,
    scriptHash: `sha256-${hash('sha256', script, 'base64')}`,
  };
}

/** Offices in the gazetteer's order; those it does not list after them, by how many articles they have. */
function gazetteerOrder(entries: readonly IndexEntry[], gazetteer: readonly { name: string }[]): IndexEntry[] {
  const rank = new Map(gazetteer.map((o, i) => [o.name, i]));
  const at = (e: IndexEntry): number => rank.get(e.name) ?? gazetteer.length;
  // Sorting is stable: the rest keep the model's order.
  return [...entries].sort((a, b) => at(a) - at(b));
}

/** A site path as a URL path: each segment percent-encoded (a name-based file name is not ASCII). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Whether two values are the same, value for value, looking `depth` levels into arrays and plain objects. */
function same(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], depth - 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys)
    if (!Object.hasOwn(b, k) || !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1))
      return false;
  return true;
}

/**
 * Keys of outputs: a digest of the version, the template and the data the template sees. An archive
 * article in the data, or in a list there, counts by its own digest (made once), so that long lists of
 * articles are cheap to key; anything else is serialized as it is (an article deeper down, or a copy of
 * one, in full: slower, never wrong). Serializing without a replacer keeps to V8's fast path: a replacer
 * called for every value was most of the cost of keying 42,700 outputs.
 */
function outputKeys(
  archive: Archive,
  version: string,
  site: SiteInfo,
): ((template: string, data: object) => string) & { page(page: SitePage): string; article(a: SiteArticle): string } {
  const sourceOf = new Map(archive.pages.map((p) => [p.id, p.source]));
  // An article follows from its page's source, unless an editor corrected it (then it is hashed, once).
  // Made once per article: lists and pages ask for the same ones again and again.
  const digests = new Map<SiteArticle, { article: string }>();
  const digestOf = (a: SiteArticle): { article: string } => {
    let d = digests.get(a);
    if (d === undefined)
      digests.set(
        a,
        (d = { article: a.correction ? sha1(JSON.stringify(a)) : `${sourceOf.get(a.pageId)}:${a.index}` }),
      );
    return d;
  };
  const own = new Set<unknown>(archive.articles);
  const one = (value: unknown): unknown => (own.has(value) ? digestOf(value as SiteArticle) : value);
  const shallow = (value: unknown): unknown => (Array.isArray(value) ? value.map(one) : one(value));
  const pages = new Map<string, string>();
  return Object.assign(
    (template: string, data: object) => {
      let flat: unknown;
      if (Array.isArray(data)) flat = data.map(shallow);
      else {
        const fields: Record<string, unknown> = {};
        // The settings are in the version.
        for (const [k, v] of Object.entries(data)) if (v !== site) fields[k] = shallow(v);
        flat = fields;
      }
      return sha1(`${version}\n${template}\n${JSON.stringify(flat)}`);
    },
    {
      /** An article's digest. */
      article: (a: SiteArticle): string => digestOf(a).article,
      /** A page's digest (its source and settings; its corrected articles by their digests), made once. */
      page(page: SitePage): string {
        let d = pages.get(page.id);
        // Its text, parse and articles follow from its source, but for corrections.
        if (!d)
          pages.set(
            page.id,
            (d = sha1(
              JSON.stringify([
                ...PAGE_FIELDS.map((k) => page[k]),
                page.articles.map((a) => (a.correction ? digestOf(a).article : a.index)),
              ]),
            )),
          );
        return d;
      },
    },
  );
}

/**
 * What a page's digest is made of besides its articles: every field of a page but those that follow from
 * its source. Listed rather than spread from the page (copying 5,000 pages to serialize them was 40 ms of
 * a rebuild); a field added to SitePage and not listed here fails to compile.
 */
const PAGE_FIELDS = everyField([
  'id',
  'path',
  'url',
  'source',
  'lineOffset',
  'date',
  'dateInferred',
  'pageNumber',
  'issueKey',
  'paper',
  'name',
]);

/** `keys`, which must name every field of a page but those that follow from its source (else a type error names the missing). */
function everyField<const K extends readonly (keyof SitePage)[]>(
  keys: K &
    (Exclude<keyof SitePage, K[number] | 'text' | 'parsed' | 'articles'> extends never
      ? unknown
      : { missing: Exclude<keyof SitePage, K[number] | 'text' | 'parsed' | 'articles'> }),
): K {
  return keys;
}

function sha1(text: string): string {
  // One call, no hash object: keying every output of a large site made 42,700 of them.
  return hash('sha1', text, 'base64url');
}

function feedItems(articles: readonly SiteArticle[], pageOf: Map<string, SitePage>): FeedItem[] {
  return articles.map((a) => ({ article: a, date: pageOf.get(a.pageId)!.date, summary: summary(a) }));
}

function newestFirst(pageOf: Map<string, SitePage>): (a: SiteArticle, b: SiteArticle) => number {
  return (a, b) => {
    const da = pageOf.get(a.pageId)!.date ?? '';
    const db = pageOf.get(b.pageId)!.date ?? '';
    return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * How a page is named: 2023年6月8日 第1201期 第1版 要闻. A page named as the paper is (its masthead)
 * is not named again: the site's title has the paper's name.
 */
export function pageLabel(page: SitePage): string {
  const issue = page.parsed.page.issue;
  const name = page.name && page.name !== page.paper ? ` ${page.name}` : '';
  return `${formatDate(page.date, page.dateInferred)}${issue ? ` 第${issue}期` : ''} 第${page.pageNumber}版${name}`;
}

/** Who wrote an article: its reporters, correspondents and the names its signature gives. */
function authorsOf(a: SiteArticle): string[] {
  return [...new Set([...a.reporters, ...a.correspondents, ...signatureNames(a.signature)])];
}

function summary(a: SiteArticle): string {
  const text = a.paragraphs.join('');
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

function sourceLines(page: SitePage, a: SiteArticle): { n: number; text: string }[] {
  const [first, last] = a.sourceLines;
  const lines = page.text.replace(/\n$/, '').split('\n');
  const out: { n: number; text: string }[] = [];
  for (let n = first; n <= last; n++) out.push({ n, text: lines[n - 1 - page.lineOffset] ?? '' });
  return out;
}

/** NewsArticle JSON-LD; `<`, `>` and `&` are escaped so no text can close the script element. */
function jsonLd(a: SiteArticle, page: SitePage, site: SiteInfo): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    inLanguage: 'zh-CN',
    publisher: { '@type': 'Organization', name: page.paper || site.paper },
    isPartOf: pageLabel(page),
  };
  if (page.date && !page.dateInferred) data['datePublished'] = page.date;
  const authors = authorsOf(a);
  if (authors.length) data['author'] = authors.map((name) => ({ '@type': 'Person', name }));
  if (a.office) data['articleSection'] = a.office;
  if (site.siteUrl) data['url'] = site.siteUrl + encodePath(a.url);
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Drops the blank lines and trailing spaces that template indentation leaves. Inside <pre> (the 原文 view)
 * the text must stay exact, so trailing spaces there become character references instead.
 */
function tidy(html: string): string {
  return html
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part, i) =>
      i % 2
        ? part.replace(/ +$/gm, (m) => '&#32;'.repeat(m.length))
        : part.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n'),
    )
    .join('');
}
