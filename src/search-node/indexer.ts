/**
 * Builds the search index from the archive: postings with positions sharded by term hash into small
 * script files (a long list in a file of its own), a manifest, per-document facts, and per-article
 * display data in chunks (see format.ts). Node side: it uses jieba to flag where words start (hits on
 * word boundaries rank higher).
 */
import type { Article } from '../parse/types.js';
import type { SiteArticle } from '../site/model.js';
import { cutWords } from '../text-node/words.js';
import { writeNumbers, type DocInfo } from '../search/format.js';
import { isWordChar, normalize } from '../search/tokenize.js';

/** A file of the index, relative to the site root. */
export interface IndexFile {
  path: string;
  content: string;
}

/** The searchable text of an article, field by field (title, kicker line, captions, body). */
export function searchFields(
  a: Pick<
    Article,
    | 'title'
    | 'kicker'
    | 'subhead'
    | 'office'
    | 'reporters'
    | 'correspondents'
    | 'signature'
    | 'captions'
    | 'pullQuotes'
    | 'paragraphs'
    | 'correction'
  >,
): string[] {
  // A corrected article is also found by its original OCR text (a reader may search the misread name).
  const original = a.correction ? ['', a.correction.original.headline ?? '', ...a.correction.original.paragraphs] : [];
  return [
    a.title,
    [a.kicker, a.subhead, a.office, ...a.reporters, ...a.correspondents, a.signature].filter(Boolean).join(' '),
    [...a.captions.map((c) => c.text), ...a.pullQuotes].join(' '),
    [...a.paragraphs, ...original].join('\n'),
  ];
}

/**
 * What one article adds to the index: its length, its terms (joined by spaces) and, for each term in the
 * same order, its postings entry without the document number (joined by spaces). Two strings rather than
 * thousands of small ones: cheap to cache, to pass between threads and to hold.
 */
export interface Contribution {
  length: number;
  terms: string;
  bodies: string;
}

/** Whether a value read back (from the cache) is a page's contributions: an array of them. */
export function isContributions(value: unknown): value is Contribution[] {
  return (
    Array.isArray(value) &&
    value.every(
      (c) =>
        typeof (c as Contribution | null)?.terms === 'string' &&
        typeof (c as Contribution).bodies === 'string' &&
        typeof (c as Contribution).length === 'number',
    )
  );
}

/**
 * Reads one article's fields into postings bodies: character pairs with positions (field and jieba
 * word-start flag in the low bits), single characters as counts per field.
 */
export function contribution(fields: readonly string[]): Contribution {
  let length = 0;
  // A pair of two single UTF-16 units (nearly every pair of Chinese text) is keyed by both units as one
  // 32-bit number (a small integer to V8, nothing allocated), so that no string is made per pair; any
  // other pair by its text. Terms keep their first-seen order.
  const pairs = new Map<number | string, number[]>();
  const singles = new Map<string, number[]>();
  let offset = 0;
  fields.forEach((text, field) => {
    const { chars, source } = normalize(text);
    const starts = wordStarts(text);
    // Whether the character at i is a word character, carried from one step to the next.
    let here = chars.length > 0 && isWordChar(chars[0]!);
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const next = chars[i + 1];
      const nextIsWord = next !== undefined && isWordChar(next);
      if (here) {
        length++;
        let counts = singles.get(ch);
        if (!counts) singles.set(ch, (counts = [0, 0, 0, 0]));
        counts[field]!++;
        if (nextIsWord) {
          const key = ch.length === 1 && next.length === 1 ? (ch.charCodeAt(0) << 16) | next.charCodeAt(0) : ch + next;
          let list = pairs.get(key);
          if (!list) pairs.set(key, (list = []));
          const wordStart = starts.has(source[i]!) && (i === 0 || source[i - 1] !== source[i]);
          list.push(offset + i, field * 2 + (wordStart ? 1 : 0));
        }
      }
      here = nextIsWord;
    }
    offset += chars.length + 1;
  });
  const terms: string[] = [];
  const bodies: string[] = [];
  for (const [key, list] of pairs) {
    let last = 0;
    const values: number[] = [list.length / 2];
    for (let k = 0; k < list.length; k += 2) {
      values.push((list[k]! - last) * 8 + list[k + 1]!);
      last = list[k]!;
    }
    terms.push(typeof key === 'number' ? String.fromCharCode(key >>> 16, key & 0xffff) : key);
    bodies.push(writeNumbers(values));
  }
  for (const [term, counts] of singles) {
    while (counts.length > 1 && counts.at(-1) === 0) counts.pop();
    terms.push(term);
    bodies.push(writeNumbers([counts.length, ...counts]));
  }
  return { length, terms: terms.join(' '), bodies: bodies.join(' ') };
}

/** The terms an article's fields put in the index (to find them, not to index them: no jieba). */
export function termsOf(fields: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of fields) {
    const { chars } = normalize(text);
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (!isWordChar(ch)) continue;
      out.add(ch);
      const next = chars[i + 1];
      if (next !== undefined && isWordChar(next)) out.add(ch + next);
    }
  }
  return out;
}

/** Indexes (in the original text) where jieba starts a word. */
function wordStarts(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const w of cutWords(text)) {
    out.add(at);
    at += w.length;
  }
  return out;
}

export function docInfo(a: SiteArticle, fields: string[], date: string): DocInfo {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    inferred: a.headlineInferred,
    kicker: a.kicker,
    office: a.office,
    date,
    fields,
  };
}
