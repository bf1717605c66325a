/**
 * The files of the site before they are made: each with its path, its key (see output-keys.ts) and how to
 * render it, made only when asked. What every part of renderSite shares: the templates, the keys, the
 * model's lookups and the paths the sitemap lists.
 */
import { Eta } from 'eta';
import { formatDate, type Archive, type SiteArticle, type SitePage } from '../site/model.js';
import { OutputKeys, type KeyMemory } from './output-keys.js';
import { encodePath, tidy, type SiteInfo } from './views.js';

/**
 * A file of the built site before it is made: `key` names everything it is made from (template and
 * data), so a build can reuse the published file when the key is unchanged instead of rendering it.
 */
export interface Output {
  path: string;
  key: string;
  render(): string;
}

/**
 * Files made together from one printed page (its page and its articles'): `key` names everything they
 * are all made from, so a build takes all of them when it is unchanged, without keying each.
 */
export interface OutputGroup {
  /** The group's name among the keys (never a file's path). */
  group: string;
  key: string;
  paths: readonly string[];
  /** The group's files, each with its own key. */
  outputs(): Iterable<Output>;
}

/** Keywords and related articles per article id. */
export type Related = Map<string, { keywords: string[]; related: string[] }>;

/** Values made only if their file is rendered (the key has what they are made from). */
type Lazy = Record<string, () => unknown>;

/** What the parts of renderSite share for one build. */
export interface Outputs {
  archive: Archive;
  site: SiteInfo;
  related: Related;
  keys: OutputKeys;
  pageOf: ReadonlyMap<string, SitePage>;
  officeOf: ReadonlyMap<string, { url: string }>;
  personOf: ReadonlyMap<string, { url: string }>;
  articleOf: ReadonlyMap<string, SiteArticle>;
  /** The paths the sitemap lists (only a site with an address has one). */
  listed: Set<string>;
  /** An article's date line (made once per page). */
  when(a: SiteArticle): string;
  /** A page keyed by what its template sees. */
  html(path: string, template: string, data: Record<string, unknown>, lazy?: Lazy): Output;
  /**
   * A page keyed by `signature`, which names all its data follows from (with the version): for the many
   * pages of one template, cheaper than serializing what the template sees; the data is made only if the
   * page is rendered. A signature long to make can come as a function, with what a process that stays
   * compares instead (`same`: the same values make the same signature).
   */
  htmlOf(
    path: string,
    template: string,
    signature: string | { signature: () => string; same: unknown },
    data: () => Record<string, unknown>,
    lazy: Lazy,
  ): Output;
  /** A file that is not a page, keyed by the values it is made from. */
  file(path: string, make: () => string, ...inputs: unknown[]): Output;
}

/** The shared part of one build's rendering; `version` names the templates and the code. */
export function openOutputs(
  archive: Archive,
  site: SiteInfo,
  templatesDir: string,
  related: Related,
  version: string,
  memory: KeyMemory | undefined,
): Outputs {
  const eta = new Eta({ views: templatesDir, autoEscape: true, cache: true, autoTrim: false });
  // The settings go into every key once, as part of the version.
  const keys = new OutputKeys(archive, `${version}\n${JSON.stringify(site)}`, memory, site);
  const listed = new Set<string>();
  const pageOf = new Map(archive.pages.map((p) => [p.id, p]));
  const dateLines = new Map<string, string>();
  const output = (
    path: string,
    template: string,
    data: () => Record<string, unknown>,
    key: (view: () => Record<string, unknown>) => string,
    lazy: Lazy,
  ): Output => {
    const root = path.includes('/') ? '../'.repeat(path.split('/').length - 1) : '';
    if (site.siteUrl && path !== '404.html') listed.add(path);
    // What the template sees is put together only to be keyed or rendered (most outputs are neither).
    // The page's address on the web, when the site has one (canonical link, Open Graph, permalink).
    const canonical = site.siteUrl && path !== '404.html' ? site.siteUrl + encodePath(path) : null;
    const view = (): Record<string, unknown> => ({ site, root, canonical, ...data() });
    const render = (): string => tidy(eta.render(template, withLazy(view(), lazy)));
    return { path, key: key(view), render };
  };
  return {
    archive,
    site,
    related,
    keys,
    pageOf,
    officeOf: new Map(archive.offices.map((o) => [o.name, o])),
    personOf: new Map(archive.reporters.map((r) => [r.name, r])),
    articleOf: new Map(archive.articles.map((a) => [a.id, a])),
    listed,
    when(a) {
      let line = dateLines.get(a.pageId);
      if (line === undefined) {
        const p = pageOf.get(a.pageId)!;
        dateLines.set(a.pageId, (line = formatDate(p.date, p.dateInferred)));
      }
      return line;
    },
    html: (path, template, data, lazy = {}) =>
      output(
        path,
        template,
        () => data,
        (view) => keys.remembered(path, [template, data], () => keys.of(template, view())),
        lazy,
      ),
    htmlOf(path, template, signature, data, lazy) {
      const { make, same } =
        typeof signature === 'string'
          ? { make: () => signature, same: signature }
          : { make: signature.signature, same: signature.same };
      return output(
        path,
        template,
        data,
        () => keys.remembered(path, same, () => keys.signed(`${template}\n${make()}`)),
        lazy,
      );
    },
    file: (path, make, ...inputs) => ({
      path,
      key: keys.remembered(path, inputs, () => keys.of(path, inputs)),
      render: make,
    }),
  };
}

/** `it` with the lazy values as getters, each made once when first read. */
function withLazy(it: Record<string, unknown>, lazy: Lazy): Record<string, unknown> {
  for (const [name, make] of Object.entries(lazy)) {
    let value: unknown;
    let made = false;
    // Enumerable, so that eta's layout (which spreads the data) sees them too.
    Object.defineProperty(it, name, {
      enumerable: true,
      get: () => (made ? value : ((made = true), (value = make()))),
    });
  }
  return it;
}
