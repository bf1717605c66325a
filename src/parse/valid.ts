/**
 * Whether a value read back from disk (the parse cache) has the shape of a parsed page, field by field:
 * an entry of the right version but another shape (damaged, or written by hand) is discarded, never used.
 */
import type { Article, ParsedPage } from './types.js';

const text = (v: unknown): boolean => typeof v === 'string';
const textOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const texts = (v: unknown): boolean => Array.isArray(v) && v.every(text);
const whole = (v: unknown): boolean => Number.isInteger(v);
const wholes = (v: unknown): boolean => Array.isArray(v) && v.every(whole);
const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isArticle(v: unknown): v is Article {
  if (!record(v)) return false;
  const a = v;
  return (
    text(a['id']) &&
    text(a['title']) &&
    textOrNull(a['headline']) &&
    typeof a['headlineInferred'] === 'boolean' &&
    ['kicker', 'subhead', 'office', 'dateline', 'byline', 'signature'].every((k) => textOrNull(a[k])) &&
    ['reporters', 'correspondents', 'paragraphs', 'runInHeads', 'subheads', 'pullQuotes', 'keywords'].every((k) =>
      texts(a[k]),
    ) &&
    Array.isArray(a['captions']) &&
    a['captions'].every((c) => record(c) && (c['n'] === null || whole(c['n'])) && text(c['text'])) &&
    wholes(a['sourceLines']) &&
    (a['sourceLines'] as number[]).length === 2 &&
    wholes(a['headlineLines'])
  );
}

/** Whether `value` is a ParsedPage as the parser makes one. */
export function isParsedPage(value: unknown): value is ParsedPage {
  if (!record(value) || !text(value['source']) || !record(value['page'])) return false;
  const page = value['page'];
  return (
    ['name', 'pageName', 'nameLatin', 'date', 'paper'].every((k) => textOrNull(page[k])) &&
    typeof page['dateInferred'] === 'boolean' &&
    ['issue', 'pageNumber'].every((k) => page[k] === null || typeof page[k] === 'number') &&
    Array.isArray(value['articles']) &&
    value['articles'].every(isArticle) &&
    Array.isArray(value['unassigned']) &&
    value['unassigned'].every((u) => record(u) && whole(u['line']) && text(u['text'])) &&
    Array.isArray(value['warnings']) &&
    value['warnings'].every((w) => record(w) && whole(w['line']) && text(w['code']) && text(w['message']))
  );
}
