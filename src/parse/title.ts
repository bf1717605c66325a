/**
 * Titles for articles whose headline is not in the page text (it was set as a picture): a key clause
 * of the article's own text, chosen by its jieba keywords.
 */
import { extractKeywords } from '../text-node/words.js';

const MAX = 26;

/** A title drawn from the article's own text; never another article's headline. */
export function generateTitle(paragraphs: readonly string[]): string {
  const text = paragraphs.join('');
  if (!text) return '（无标题）';
  const keywords = extractKeywords(text, 8);
  const clauses = text
    .split(/[。！？；]/u)
    .flatMap((s) => {
      const parts = s.split(/[，、：]/u);
      // A whole sentence reads best; fall back to its clauses when it is long.
      return s.length <= MAX ? [s] : parts;
    })
    .map((c) => c.trim())
    .filter((c) => c.length >= 6 && c.length <= MAX && !/^[“”‘’"'（(]/u.test(c));
  let best: { clause: string; score: number } | null = null;
  for (const clause of clauses) {
    const score = keywords.reduce((s, k, rank) => s + (clause.includes(k) ? 8 - rank : 0), 0);
    if (!best || score > best.score) best = { clause, score };
  }
  const chosen = best && best.score > 0 ? best.clause : text.slice(0, MAX);
  return balanceQuotes(chosen);
}

function balanceQuotes(s: string): string {
  const open = (s.match(/“/gu) ?? []).length;
  const close = (s.match(/”/gu) ?? []).length;
  return open > close ? `${s}”` : s;
}
