/**
 * Output keys: what each file of the site is made from, as one digest, so that a build can take the
 * published file instead of rendering it when its key is unchanged. Apart from rendering (render/site.ts
 * says which files exist and what each template sees); the disk sink keeps the keys (write/disk-sink.ts).
 */
import { hash } from 'node:crypto';
import type { Archive, SiteArticle, SitePage } from '../site/model.js';

/**
 * The keys a process kept from its last build (`baoku dev`), by output path: the version and data an
 * output was keyed with, and its key. An output whose data is the same, value for value down to its
 * articles' fields, keeps its key without its data being serialized and hashed again.
 */
export type KeyMemory = Map<string, { version: string; data: unknown; key: string }>;

/** How deep `same` looks: [template, data], a list in the data, an article in the list, its paragraphs. */
const SAME_DEPTH = 5;

/**
 * The keys of one build's outputs. `version` names the templates, the rendering code and the settings (it
 * goes into every key); `memory`, kept by a process across builds, spares keying what did not change.
 */
export class OutputKeys {
  readonly #version: string;
  readonly #memory: KeyMemory | undefined;
  /** The names keyed this build: the others are forgotten at the end (a page deleted). */
  readonly #made = new Set<string>();
  readonly #sourceOf: Map<string, string>;
  readonly #own: Set<unknown>;
  /** An article's digest, made once: lists and pages ask for the same ones again and again. */
  readonly #digests = new Map<SiteArticle, { article: string }>();
  readonly #pages = new Map<string, string>();
  readonly #skip: unknown;

  constructor(archive: Archive, version: string, memory?: KeyMemory, skip?: unknown) {
    this.#version = version;
    this.#memory = memory;
    this.#sourceOf = new Map(archive.pages.map((p) => [p.id, p.source]));
    this.#own = new Set<unknown>(archive.articles);
    this.#skip = skip;
  }

  /** A key kept from the last build when `data` is the same; otherwise made by `make` (and kept). */
  remembered(name: string, data: unknown, make: () => string): string {
    const memory = this.#memory;
    if (!memory) return make();
    this.#made.add(name);
    const kept = memory.get(name);
    if (kept && kept.version === this.#version && same(kept.data, data, SAME_DEPTH)) {
      // The new data stands in for the old, so that the last build's model can go.
      kept.data = data;
      return kept.key;
    }
    const key = make();
    memory.set(name, { version: this.#version, data, key });
    return key;
  }

  /** Counts `name` as made this build without keying it (a file of a group taken whole). */
  made(name: string): void {
    if (this.#memory) this.#made.add(name);
  }

  /** Forgets the outputs this build did not make (call once every output was keyed). */
  forgetOthers(): void {
    const memory = this.#memory;
    if (memory) for (const name of memory.keys()) if (!this.#made.has(name)) memory.delete(name);
  }

  /** A digest of the version and `signature` (which names everything an output follows from). */
  signed(signature: string): string {
    return sha1(`${this.#version}\n${signature}`);
  }

  /**
   * A digest of the version, the template and the data the template sees. An archive article in the data,
   * or in a list there, counts by its own digest (made once), so that long lists of articles are cheap to
   * key; anything else is serialized as it is (an article deeper down, or a copy of one, in full: slower,
   * never wrong). Serializing without a replacer keeps to V8's fast path: a replacer called for every
   * value was most of the cost of keying a large site.
   */
  of(template: string, data: object): string {
    let flat: unknown;
    if (Array.isArray(data)) flat = data.map(this.#shallow);
    else {
      const fields: Record<string, unknown> = {};
      // The settings are in the version.
      for (const [k, v] of Object.entries(data)) if (v !== this.#skip) fields[k] = this.#shallow(v);
      flat = fields;
    }
    return sha1(`${this.#version}\n${template}\n${JSON.stringify(flat)}`);
  }

  /** An article's digest: its page's source and its place there, unless an editor corrected it (then hashed). */
  article(a: SiteArticle): string {
    return this.#digestOf(a).article;
  }

  /** A page's digest (its source and settings; its corrected articles by their digests), made once. */
  page(page: SitePage): string {
    let d = this.#pages.get(page.id);
    // Its text, parse and articles follow from its source, but for corrections.
    if (!d)
      this.#pages.set(
        page.id,
        (d = sha1(
          JSON.stringify([
            ...PAGE_FIELDS.map((k) => page[k]),
            page.articles.map((a) => (a.correction ? this.#digestOf(a).article : a.index)),
          ]),
        )),
      );
    return d;
  }

  #digestOf(a: SiteArticle): { article: string } {
    let d = this.#digests.get(a);
    if (d === undefined)
      this.#digests.set(
        a,
        (d = { article: a.correction ? sha1(JSON.stringify(a)) : `${this.#sourceOf.get(a.pageId)}:${a.index}` }),
      );
    return d;
  }

  readonly #one = (value: unknown): unknown => (this.#own.has(value) ? this.#digestOf(value as SiteArticle) : value);
  readonly #shallow = (value: unknown): unknown => (Array.isArray(value) ? value.map(this.#one) : this.#one(value));
}

/** Whether two values are the same, value for value, looking `depth` levels into arrays and plain objects. */
export function same(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], depth - 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys)
    if (!Object.hasOwn(b, k) || !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1))
      return false;
  return true;
}

/**
 * What a page's digest is made of besides its articles: every field of a page but those that follow from
 * its source. Listed rather than spread from the page (copying every page to serialize it was a
 * noticeable part of a rebuild); a field added to SitePage and not listed here fails to compile.
 */
const PAGE_FIELDS = everyField([
  'id',
  'path',
  'url',
  'source',
  'lineOffset',
  'date',
  'dateInferred',
  'pageNumber',
  'issueKey',
  'paper',
  'name',
]);

/** `keys`, which must name every field of a page but those that follow from its source (else a type error names the missing). */
function everyField<const K extends readonly (keyof SitePage)[]>(
  keys: K &
    (Exclude<keyof SitePage, K[number] | 'text' | 'parsed' | 'articles'> extends never
      ? unknown
      : { missing: Exclude<keyof SitePage, K[number] | 'text' | 'parsed' | 'articles'> }),
): K {
  return keys;
}

function sha1(text: string): string {
  // One call, no hash object: a large site keys tens of thousands of outputs.
  return hash('sha1', text, 'base64url');
}
