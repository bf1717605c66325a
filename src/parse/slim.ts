/**
 * A parsed page without its articles' text, and a page made whole again from one when its text is asked
 * for. Most of a rebuild needs only what lists and links show of an article (title, office, reporters,
 * keywords); reading every page's whole parse for that was most of adding a page to a large archive.
 */
import type { Article, ParsedPage } from './types.js';

/** The fields that hold an article's text: what a slim article leaves out. */
const BULK = ['paragraphs', 'runInHeads', 'subheads', 'captions', 'pullQuotes'] as const;

/** An article without its text (its text fields are null, in their places: see `lazyParse`). */
export type SlimArticle = Omit<Article, (typeof BULK)[number]> & { [K in (typeof BULK)[number]]: null };

/** A parsed page with slim articles. */
export interface SlimPage extends Omit<ParsedPage, 'articles'> {
  articles: SlimArticle[];
}

/** The text fields, for lookups. */
const BULK_FIELDS = new Set<string>(BULK);

/**
 * An article whose text (the BULK fields) is read when first asked for. Its other fields are its own,
 * in the order of the parsed article's, and it serializes (toJSON) to the whole article in that order.
 * A class rather than accessors defined on each object: those made 25,000 slow objects to build and copy.
 * Spreading one would drop its text: use `withFields`, or `wholeArticle` for a plain copy.
 */
class LazyArticle {
  readonly #order: readonly string[];
  readonly #text: () => Article;
  constructor(fields: Record<string, unknown>, order: readonly string[], text: () => Article) {
    for (const k of order) if (!BULK_FIELDS.has(k)) (this as Record<string, unknown>)[k] = fields[k];
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
  /** The article without its text (not read for this), fields in their order. */
  slim(): SlimArticle {
    const out: Record<string, unknown> = {};
    for (const k of this.#order) out[k] = BULK_FIELDS.has(k) ? null : (this as Record<string, unknown>)[k];
    return out as SlimArticle;
  }
  /** The same article with `fields` added (after its own). */
  with(fields: Record<string, unknown>): LazyArticle {
    return new LazyArticle({ ...this, ...fields }, [...this.#order, ...Object.keys(fields).filter((k) => !this.#order.includes(k))], this.#text);
  }
}

/** The page without its articles' text. */
export function slimParse(parsed: ParsedPage): SlimPage {
  return { ...parsed, articles: parsed.articles.map(slimArticle) };
}

function slimArticle(a: Article): SlimArticle {
  if (a instanceof LazyArticle) return a.slim();
  return { ...a, paragraphs: null, runInHeads: null, subheads: null, captions: null, pullQuotes: null };
}

/** Whether `value` has the shape of a slim page (kept in the cache folder, so checked before use). */
export function isSlimPage(value: unknown): value is SlimPage {
  const v = value as Partial<SlimPage> | null;
  return !!v && typeof v.page === 'object' && v.page !== null && Array.isArray(v.warnings) && Array.isArray(v.unassigned) && Array.isArray(v.articles) && v.articles.every((a) => typeof a?.id === 'string' && Array.isArray(a.reporters) && Array.isArray(a.keywords));
}

/** The page of `slim` whose articles' text comes from `load` (the whole parse) when first read. */
export function lazyParse(slim: SlimPage, load: () => ParsedPage): ParsedPage {
  let whole: ParsedPage | undefined;
  const articles = slim.articles.map((s, i) => new LazyArticle(s, Object.keys(s), () => (whole ??= load()).articles[i]!) as unknown as Article);
  return { ...slim, articles };
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
