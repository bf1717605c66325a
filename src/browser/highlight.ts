/**
 * On an article page opened from a result (?hl=), every hit of the query is marked.
 */
import { limitQuery } from '../search/engine.js';
import { findSpans as findSpansIn } from '../search/snippet.js';
import { queryRuns } from '../search/tokenize.js';
import { el } from './dom.js';

/** On an article page opened from a result, marks every hit of the query in the article. */
export function highlightArticle(article: HTMLElement, query: string): void {
  const runs = queryRuns(limitQuery(query).q);
  if (!runs.length) return;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement;
    if (parent && !parent.closest('.source, .cite, script, style')) nodes.push(n as Text);
  }
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.data;
    const spans = findSpansIn(text, runs);
    if (!spans.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of spans) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = el('mark', {}, text.slice(s, e));
      first ??= mark;
      frag.append(mark);
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  first?.scrollIntoView({ block: 'center' });
}
