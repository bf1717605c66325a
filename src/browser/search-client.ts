/**
 * The browser side of search, bundled into one classic script (see render/client-bundle.ts): the page API
 * data scripts register with, the search page, keyword suggestions in the header's box, and hits marked
 * on an article page. Browser-safe code only (see docs/search.md).
 */
import { openIndex, type Query } from '../search/engine.js';
import { highlightArticle } from './highlight.js';
import { load, problem, register } from './index-loader.js';
import { offerSuggestions, searchPage } from './search-page.js';

declare global {
  interface Window {
    baokuSearch: {
      add(name: string, data: unknown): void;
      search(query: Query): Promise<{ id: string; score: number }[]>;
    };
  }
}

window.baokuSearch = {
  add: register,
  /** The engine as a page API: every match of a query, best first (the CLI answers the same). */
  async search(query) {
    const index = await openIndex(load);
    const { matches } = await index.search(query);
    const ids = await index.idsOf(matches);
    return matches.map((m, k) => ({ id: ids[k]!, score: m.score }));
  },
};

document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('search');
  if (root) {
    searchPage(root).catch((error: Error) => {
      const status = document.getElementById('search-status');
      if (status) status.textContent = `搜索出错：${problem(error)}`;
    });
  }
  // The header's box offers keywords too, on any page: the index opens when the reader first types there.
  const header = document.getElementById('q') as HTMLInputElement | null;
  if (header && !root) {
    const start = (): void => {
      header.removeEventListener('focus', start);
      openIndex(load).then(
        (index) => {
          offerSuggestions(header, index, 'q-suggestions');
          // What was typed while the index opened is answered now.
          if (header.value.trim()) header.dispatchEvent(new Event('input'));
        },
        () => undefined,
      );
    };
    header.addEventListener('focus', start);
  }
  const article = document.querySelector<HTMLElement>('article.article');
  const hl = new URLSearchParams(location.search).get('hl');
  if (article && hl) highlightArticle(article, hl);
});
