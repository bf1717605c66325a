/**
 * renderSite: the archive model to every output file (HTML through eta, feeds, sitemap), in order: which
 * files exist and what each template sees. Pure apart from eta reading the templates folder and 404.html
 * taking in the stylesheet beside it (public/). Each file is keyed (output-keys.ts) and made only when asked.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFields } from '../parse/slim.js';
import type { Archive, IndexEntry, SiteArticle } from '../site/model.js';
import { calendar } from './calendar.js';
import { atomFeed, sitemap } from './feed.js';
import { indexPages } from './index-pages.js';
import type { KeyMemory } from './output-keys.js';
import { openOutputs, type Output, type OutputGroup, type Outputs, type Related } from './outputs.js';
import { printedPages } from './printed-pages.js';
import { encodePath, FEED_SIZE, feedItems, newestFirst, pageLabel, summary, type SiteInfo } from './views.js';

/**
 * Every file of the site, one at a time, each rendered only when asked: the build writes each as it comes,
 * so the site is never held in memory whole, and skips rendering the ones it can reuse. `version` names
 * the templates and code (it goes into every key); `memory` is kept by a process across builds.
 */
export function* renderSite(
  archive: Archive,
  site: SiteInfo,
  templatesDir: string,
  related: Related = new Map(),
  version = '',
  memory?: KeyMemory,
): Generator<Output | OutputGroup> {
  const out = openOutputs(archive, site, templatesDir, related, version, memory);
  const years = calendar(archive.issues);
  yield* homePage(out, years);
  yield* printedPages(out);
  // Every article newest first, sorted once: the feeds and each index take their articles in this order.
  const byDate = [...archive.articles].sort(newestFirst(out.pageOf));
  const rank = new Map(byDate.map((a, i) => [a, i]));
  const newestFirstOf = (list: readonly SiteArticle[]): SiteArticle[] =>
    Array.from(Int32Array.from(list, (a) => rank.get(a)!).sort(), (i) => byDate[i]!);
  const offices = gazetteerOrder(archive.offices, site.offices ?? []);
  yield* indexPages(out, { dir: 'offices', heading: '按单位浏览', kind: '单位', feeds: true }, offices, newestFirstOf);
  yield* indexPages(
    out,
    { dir: 'reporters', heading: '按作者浏览', kind: '作者', feeds: false },
    archive.reporters,
    newestFirstOf,
  );
  yield* aboutPages(out, years, join(templatesDir, '..', 'public'));
  yield* siteFiles(out, byDate.slice(0, FEED_SIZE));
  // Outputs this build no longer makes (a page deleted) are forgotten.
  out.keys.forgetOthers();
}

/** The home page, and 历史上的今天 (the issues of each day of the year) for it to show. */
function* homePage(out: Outputs, years: ReturnType<typeof calendar>): Generator<Output> {
  const { archive, site } = out;
  // The home page shows those of the reader's today (the build knows no today: the same content makes
  // the same site).
  const days: Record<string, [string, string, string, string][]> = {};
  for (const issue of archive.issues) {
    const first = issue.pages[0];
    if (!issue.date || issue.dateInferred || !first) continue;
    const lead = first.articles[0]?.title ?? '';
    (days[issue.date.slice(5)] ??= []).push([issue.date, first.url, pageLabel(first), lead]);
  }
  const dayKeys = Object.keys(days).sort();
  const daysData = Object.fromEntries(dayKeys.map((k) => [k, days[k]!]));
  yield out.file(
    'baoku-days.js',
    () => `window.baokuDays=${JSON.stringify(daysData).replace(/</g, '\\u003c')};\n`,
    daysData,
  );
  const latest = archive.issues[0]?.pages[0];
  yield out.html('index.html', './home', {
    title: '首页',
    description: `《${site.paper}》的报纸档案：${archive.issues.length}期、${archive.articles.length}篇文章，可按日期、单位、作者浏览，可离线全文搜索。`,
    latest: latest && {
      url: latest.url,
      label: pageLabel(latest),
      articles: latest.articles.map((a) => withFields(a, { summary: summary(a) })),
    },
    years,
  });
}

/** The pages about the archive: 往期, about, search and 404. */
function* aboutPages(out: Outputs, years: ReturnType<typeof calendar>, publicDir: string): Generator<Output> {
  const { site } = out;
  yield out.html('archive/index.html', './archive', {
    title: '往期',
    years,
    description: `《${site.paper}》往期版面，按年月日历排列。`,
  });
  yield out.html('about.html', './about', {
    // The zip's name and size come by a script the build writes beside it (see write/archive-zip.ts).
    scripts: ['baoku-download.js'],
    title: '关于本站',
    description: `关于《${site.paper}》报库：文字从何而来、可能有哪些错误、如何报告更正。`,
  });
  yield out.html('search.html', './search', {
    title: '搜索',
    description: `在《${site.paper}》全部文章中搜索关键词、单位或作者，离线可用。`,
  });
  // The 404 page is shown at any depth of a host, and opened from disk: its look cannot come by a relative
  // link, so the stylesheet is in the page (allowed by its hash) and the icon a data address.
  yield out.html('404.html', './404', {
    title: '找不到页面',
    root: site.basePath.replace(/\/?$/, '/'),
    description: `《${site.paper}》报库里没有这个页面。`,
    inline: inlineAssets(publicDir, site.basePath.replace(/\/?$/, '/')),
  });
}

/** The site's data files: the gazetteer for the search page, the feed of the newest articles, the sitemap. */
function* siteFiles(out: Outputs, newest: readonly SiteArticle[]): Generator<Output> {
  const { site } = out;
  // The gazetteer, so that an office's other names find its articles (a script: it loads from disk,
  // where a data file could not be read).
  const gazetteer = (site.offices ?? []).map((o) => [o.name, o.aliases]);
  yield out.file(
    'baoku-offices.js',
    () => `window.baokuOffices=${JSON.stringify(gazetteer).replace(/</g, '\\u003c')};\n`,
    gazetteer,
  );
  const items = feedItems(newest, out.pageOf);
  yield out.file('feed.xml', () => atomFeed(site.title, 'feed.xml', items, site.siteUrl ?? '', 'site'), items);
  if (site.siteUrl) {
    const paths = [...out.listed].sort();
    yield out.file('sitemap.xml', () => sitemap(site.siteUrl!, paths.map(encodePath)), paths);
  }
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
