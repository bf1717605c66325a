/**
 * What templates show, made from the model: labels, summaries, source lines, JSON-LD, feed items. Pure.
 */
import { formatDate, signatureNames, type SiteArticle, type SitePage } from '../site/model.js';
import type { FeedItem } from './feed.js';

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

/** How many articles a feed carries: a reader's feed has no use for ten years of them. */
export const FEED_SIZE = 50;

/** A site path as a URL path: each segment percent-encoded (a name-based file name is not ASCII). */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
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
export function authorsOf(a: SiteArticle): string[] {
  return [...new Set([...a.reporters, ...a.correspondents, ...signatureNames(a.signature)])];
}

/** An article's first 90 characters, as lists and descriptions show it. */
export function summary(a: SiteArticle): string {
  const text = a.paragraphs.join('');
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** The lines of the page text an article was read from, numbered as in the page file. */
export function sourceLines(page: SitePage, a: SiteArticle): { n: number; text: string }[] {
  const [first, last] = a.sourceLines;
  const lines = page.text.replace(/\n$/, '').split('\n');
  const out: { n: number; text: string }[] = [];
  for (let n = first; n <= last; n++) out.push({ n, text: lines[n - 1 - page.lineOffset] ?? '' });
  return out;
}

/** The feed entries of `articles`. */
export function feedItems(articles: readonly SiteArticle[], pageOf: ReadonlyMap<string, SitePage>): FeedItem[] {
  return articles.map((a) => ({ article: a, date: pageOf.get(a.pageId)!.date, summary: summary(a) }));
}

/** Orders articles newest first (by their page's date, then id). */
export function newestFirst(pageOf: ReadonlyMap<string, SitePage>): (a: SiteArticle, b: SiteArticle) => number {
  return (a, b) => {
    const da = pageOf.get(a.pageId)!.date ?? '';
    const db = pageOf.get(b.pageId)!.date ?? '';
    return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** NewsArticle JSON-LD; `<`, `>` and `&` are escaped so no text can close the script element. */
export function jsonLd(a: SiteArticle, page: SitePage, site: SiteInfo): string {
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
export function tidy(html: string): string {
  return html
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part, i) =>
      i % 2
        ? part.replace(/ +$/gm, (m) => '&#32;'.repeat(m.length))
        : part.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n'),
    )
    .join('');
}
