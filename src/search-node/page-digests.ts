/**
 * Page digests: what the index holds of a page, as one hash, so that a build can tell which pages of the
 * published index are still as they are now (see builder.ts resume).
 */
import { hash } from 'node:crypto';
import type { SiteArticle, SitePage } from '../site/model.js';

interface Known {
  key: string;
  date: string | null;
  inferred: boolean;
  articles: readonly SiteArticle[];
  digest: string;
}

/**
 * Digests made, remembered by a page's first article: a process that builds again (`baoku dev`) keeps one
 * PageDigests and gets the same article objects back for an unchanged page (see site/model.ts), and
 * articles are never changed once made.
 */
export class PageDigests {
  #known = new WeakMap<SiteArticle, Known>();

  /** What the index holds of a page: its articles' searchable text (by `key`) and what results show. */
  digest(page: SitePage, key: string): string {
    const first = page.articles[0];
    const known = first && this.#known.get(first);
    if (
      known &&
      known.key === key &&
      known.date === page.date &&
      known.inferred === page.dateInferred &&
      known.articles.length === page.articles.length &&
      known.articles.every((a, i) => a === page.articles[i])
    )
      return known.digest;
    const shown = page.articles.map((a) => [a.id, a.url, a.title, a.headlineInferred, a.kicker, a.office]);
    const digest = hash('sha1', key + JSON.stringify([shown, page.date, page.dateInferred]), 'base64url');
    if (first)
      this.#known.set(first, { key, date: page.date, inferred: page.dateInferred, articles: page.articles, digest });
    return digest;
  }
}
