/**
 * The index pages: by office and by reporter, a list of all of them and one page (and, for offices, a
 * feed) for each, its articles newest first.
 */
import { withFields } from '../parse/slim.js';
import type { IndexEntry, SiteArticle } from '../site/model.js';
import { atomFeed } from './feed.js';
import { countByMonth, monthChart } from './chart.js';
import type { Output, Outputs } from './outputs.js';
import { byYear, coAuthors, frequentKeywords } from './people.js';
import { FEED_SIZE, feedItems } from './views.js';

/** What an index is of: its folder, heading, the word for one entry, and whether each entry has a feed. */
export interface IndexKind {
  dir: 'offices' | 'reporters';
  heading: string;
  kind: string;
  feeds: boolean;
}

/** The list of an index's entries, then each entry's page (and feed). `newestFirstOf` sorts an entry's articles. */
export function* indexPages(
  out: Outputs,
  index: IndexKind,
  entries: readonly IndexEntry[],
  newestFirstOf: (list: readonly SiteArticle[]) => SiteArticle[],
): Generator<Output> {
  const { site } = out;
  yield out.html(`${index.dir}/index.html`, './index-list', {
    title: index.heading,
    heading: index.heading,
    description: `《${site.paper}》报道所涉的${entries.length}个${index.kind}，各有其文章列表。`,
    entries: entries.map((e) => ({ name: e.name, url: e.url, count: e.articles.length })),
  });
  for (const e of entries) yield* entryPages(out, index, e, newestFirstOf(e.articles));
}

/** One entry's page, and its feed when the index has feeds. */
function* entryPages(out: Outputs, index: IndexKind, e: IndexEntry, sorted: SiteArticle[]): Generator<Output> {
  const { site, pageOf } = out;
  const { dir, kind } = index;
  const dates = sorted.map(out.when);
  const path = e.path;
  const feed = index.feeds ? e.url.replace(/\.html$/, '.xml') : null;
  // Their frequent words (each a search within their articles) and, for a person, who wrote with them.
  const keywords = frequentKeywords(sorted, (a) => out.related.get(a.id)?.keywords ?? [], e.name).map(
    ([word, count]) => ({
      word,
      count,
      url: `search.html?${new URLSearchParams({ q: word, [dir === 'offices' ? 'office' : 'reporter']: e.name }).toString()}`,
    }),
  );
  const partners =
    dir === 'reporters'
      ? coAuthors(sorted, e.name).map(([name, count]) => ({ name, count, url: out.personOf.get(name)?.url ?? null }))
      : [];
  const extra = JSON.stringify([keywords, partners]);
  // The list follows from its articles (each by its digest) and the dates their lines show; the list's
  // copies of them and the chart are made only if the page is rendered.
  // (A process that stays, baoku dev, compares the lists, article by article, instead.)
  const signature = (): string =>
    `${path}\n${e.name}\n${kind}\n${feed}\n${extra}\n${sorted.map((a, k) => `${out.keys.article(a)} ${dates[k]}`).join('\n')}`;
  yield out.htmlOf(
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
  // A feed carries the newest articles, as the site's does.
  const newest = sorted.slice(0, FEED_SIZE);
  if (feed)
    yield out.file(
      e.path.replace(/\.html$/, '.xml'),
      () =>
        atomFeed(`${site.title} · ${e.name}`, feed, feedItems(newest, pageOf), site.siteUrl ?? '', `${dir}/${e.slug}`),
      e.name,
      newest,
    );
}
