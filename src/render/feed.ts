/**
 * Atom feeds and the sitemap. Dates come from the pages, never from the clock, so builds are reproducible.
 */
import type { SiteArticle } from '../site/model.js';

/** XML text escaping. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An entry of a feed: the article and its page's date. */
export interface FeedItem {
  article: SiteArticle;
  date: string | null;
  summary: string;
}

/** An Atom feed of the given articles (newest first). `base` is the site URL, or '' for relative links. */
export function atomFeed(
  title: string,
  selfPath: string,
  items: readonly FeedItem[],
  base: string,
  feedId: string,
): string {
  const updated =
    items
      .map((i) => i.date)
      .filter(Boolean)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = items
    .map(
      (i) => `  <entry>
    <title>${escapeXml(i.article.title)}</title>
    <id>urn:baoku:article:${escapeXml(i.article.id)}</id>
    <link href="${escapeXml(base + i.article.url)}"/>
    <updated>${i.date ?? updated}T00:00:00Z</updated>
${i.article.reporters.map((r) => `    <author><name>${escapeXml(r)}</name></author>\n`).join('')}    <summary>${escapeXml(i.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(title)}</title>
  <id>urn:baoku:feed:${escapeXml(feedId)}</id>
  <link rel="self" href="${escapeXml(base + selfPath)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${escapeXml(title)}</name></author>
${entries}
</feed>
`;
}

/** sitemap.xml listing every page, for a site with a public URL. */
export function sitemap(base: string, paths: readonly string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <url><loc>${escapeXml(base + p)}</loc></url>`).join('\n')}
</urlset>
`;
}
