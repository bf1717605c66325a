/**
 * A parsed page without its articles' text, and a page made whole again from one when its text is asked
 * for. Most of a rebuild needs only what lists and links show of an article (title, office, reporters,
 * keywords); reading every page's whole parse for that was most of adding a page to a large archive.
 */
import type { Article, ParsedPage } from './types.js';

/** The fields that hold an article's text: what a slim article leaves out. */
const BULK = new Set(['paragraphs', 'runInHeads', 'subheads', 'captions', 'pullQuotes']);

/**
 * A parsed page with slim articles: each the list of its values in the order of `fields` (the parsed
 * article's), its text fields null. Lists, not objects: a record of 25,000 articles is read on every
 * rebuild, and the field names were half of it.
 */
export interface SlimPage extends Omit<ParsedPage, 'articles'> {
  fields: string[];
  articles: unknown[][];
}

/**
 * An article whose text (the BULK fields) is read when first asked for. Its other fields are its own,
 * in the order of the parsed article's, and it serializes (toJSON) to the whole article in that order.
 * A class rather than accessors defined on each object: those made 25,000 slow objects to build and copy.
 * Spreading one would drop its text: use `withFields`, or `wholeArticle` for a plain copy.
 */
class LazyArticle {
  readonly #order: readonly string[];
  readonly #text: () => Article;
  /** An article of fields `order`, the value of each (not of the text's) given by `value`. */
  constructor(order: readonly string[], value: (field: string, i: number) => unknown, text: () => Article) {
    for (let i = 0; i < order.length; i++)
      if (!BULK.has(order[i]!)) (this as Record<string, unknown>)[order[i]!] = value(order[i]!, i);
    this.#order = order;
    this.#text = text;
  }
  get paragraphs(): string[] {
    return this.#text().paragraphs;
  }
  get runInHeads(): string[] {
    return this.#text().runInHeads;
  }
  get subheads(): string[] {
    return this.#text().subheads;
  }
  get captions(): Article['captions'] {
    return this.#text().captions;
  }
  get pullQuotes(): string[] {
    return this.#text().pullQuotes;
  }
  /** The article as a plain object, its text read. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of this.#order) out[k] = (this as Record<string, unknown>)[k];
    return out;
  }
  /** Its fields' values without its text (not read for this), in the order of `fields`. */
  values(fields: readonly string[]): unknown[] {
    return fields.map((k) => (BULK.has(k) ? null : (this as Record<string, unknown>)[k]));
  }
  /** The fields of the article, in order. */
  order(): readonly string[] {
    return this.#order;
  }
  /** The same article with `fields` added (after its own). */
  with(fields: Record<string, unknown>): LazyArticle {
    return new LazyArticle(
      extended(this.#order, Object.keys(fields)),
      (k) => (Object.hasOwn(fields, k) ? fields[k] : (this as Record<string, unknown>)[k]),
      this.#text,
    );
  }
}

/** Field lists extended by more fields, made once per list and addition (every article adds the same). */
const extensions = new WeakMap<readonly string[], Map<string, readonly string[]>>();

function extended(order: readonly string[], more: readonly string[]): readonly string[] {
  let byMore = extensions.get(order);
  if (!byMore) extensions.set(order, (byMore = new Map()));
  const name = more.join('\0');
  let out = byMore.get(name);
  if (!out) byMore.set(name, (out = [...order, ...more.filter((k) => !order.includes(k))]));
  return out;
}

/** The page without its articles' text; undefined when its articles' fields are not all alike. */
export function slimParse(parsed: ParsedPage): SlimPage | undefined {
  const first = parsed.articles[0];
  const fields = first instanceof LazyArticle ? [...first.order()] : Object.keys(first ?? {});
  const alike = (a: Article): boolean => {
    const keys = a instanceof LazyArticle ? a.order() : Object.keys(a);
    return keys.length === fields.length && keys.every((k, i) => k === fields[i]);
  };
  if (!parsed.articles.every(alike)) return undefined;
  const articles = parsed.articles.map((a) =>
    a instanceof LazyArticle
      ? a.values(fields)
      : fields.map((k) => (BULK.has(k) ? null : (a as unknown as Record<string, unknown>)[k])),
  );
  return { ...parsed, fields, articles };
}

/** Whether `value` has the shape of a slim page (kept in the cache folder, so checked before use). */
export function isSlimPage(value: unknown): value is SlimPage {
  const v = value as Partial<SlimPage> | null;
  if (
    !v ||
    typeof v.page !== 'object' ||
    v.page === null ||
    !Array.isArray(v.warnings) ||
    !Array.isArray(v.unassigned) ||
    !Array.isArray(v.articles) ||
    !Array.isArray(v.fields)
  )
    return false;
  const fields = v.fields;
  const [id, reporters, keywords] = ['id', 'reporters', 'keywords'].map((k) => fields.indexOf(k));
  return v.articles.every(
    (a) =>
      Array.isArray(a) &&
      a.length === fields.length &&
      typeof a[id!] === 'string' &&
      Array.isArray(a[reporters!]) &&
      Array.isArray(a[keywords!]),
  );
}

/** The page of `slim` whose articles' text comes from `load` (the whole parse) when first read. */
export function lazyParse(slim: SlimPage, load: () => ParsedPage): ParsedPage {
  let whole: ParsedPage | undefined;
  const { fields, articles, ...page } = slim;
  return {
    ...page,
    articles: articles.map(
      (values, i) =>
        new LazyArticle(
          fields,
          (_, k) => values[k],
          () => (whole ??= load()).articles[i]!,
        ) as unknown as Article,
    ),
  };
}

/** `a` with `fields` added; an article whose text is not read yet stays so (spreading it would drop it). */
export function withFields<A extends object, F extends object>(a: A, fields: F): A & F {
  if (a instanceof LazyArticle) return a.with(fields as Record<string, unknown>) as unknown as A & F;
  return { ...a, ...fields };
}

/** A plain copy of `a`, its text read. */
export function wholeArticle<A extends object>(a: A): A {
  return a instanceof LazyArticle ? (a.toJSON() as A) : { ...a };
}
