/**
 * The archive as the site shows it: printed pages grouped into issues, articles with their places,
 * and the indexes by office, reporter and month. Pure: parsed pages in, a model out.
 */
import { withFields } from '../parse/slim.js';
import type { Article, ParsedPage } from '../parse/types.js';
import { compare, slugNames } from './names.js';

/** A printed page of one issue. */
export interface SitePage {
  id: string;
  path: string;
  url: string;
  parsed: ParsedPage;
  /** A digest of the page file and of how it was parsed: `lines` and `parsed` follow from it. */
  source: string;
  /**
   * The page text as printed (after front matter), for the 原文 view; split into lines only when shown.
   * Not enumerable: read (from the file, for a page the build did not read: see kept/page-record.ts)
   * only when the view is rendered.
   */
  readonly text: string;
  lineOffset: number;
  date: string | null;
  dateInferred: boolean;
  pageNumber: number;
  issueKey: string;
  paper: string;
  name: string;
  articles: SiteArticle[];
}

/** An article with where it stands in the archive. */
export interface SiteArticle extends Article {
  url: string;
  pageId: string;
  index: number;
}

/** One issue: the pages printed together on one date. */
export interface Issue {
  key: string;
  date: string | null;
  dateInferred: boolean;
  issue: number | null;
  pages: SitePage[];
}

/** An index entry (an office or a person) and its articles, in reading order. */
export interface IndexEntry {
  name: string;
  /** Its file name in its folder, without `.html`: the name itself where it can be (see names.ts). */
  slug: string;
  /** Its page's path in the site (`offices/青石区.html`), and the same percent-encoded, for links. */
  path: string;
  url: string;
  articles: SiteArticle[];
}

/** The whole archive. */
export interface Archive {
  issues: Issue[];
  pages: SitePage[];
  articles: SiteArticle[];
  offices: IndexEntry[];
  reporters: IndexEntry[];
}

/** A parsed page with what the build knows about its file. */
export interface ParsedInput {
  id: string;
  path: string;
  /** The page text (after front matter), when asked for. */
  body: () => string;
  lineOffset: number;
  parsed: ParsedPage;
  /** A digest of the page file and the parse options (the parse cache's key). */
  source: string;
}

/**
 * Builds the archive model; `paper` is the configured name used when a page's front matter gives none.
 * `placed` holds each article as last placed, by the parsed article it was made from: models are never
 * changed once made, so a process that keeps it and builds again from the same parsed articles (`baoku
 * dev`) gets the same objects back: less to allocate, and the next stage can tell an unchanged article by
 * identity (render/output-keys.ts).
 */
export function buildArchive(
  inputs: readonly ParsedInput[],
  paper: string,
  placed = new WeakMap<Article, SiteArticle>(),
): Archive {
  const pages = inputs.map((input): SitePage => {
    const p = input.parsed.page;
    const page = {
      id: input.id,
      path: input.path,
      url: `pages/${input.id}.html`,
      parsed: input.parsed,
      source: input.source,
      lineOffset: input.lineOffset,
      date: p.date,
      dateInferred: p.dateInferred,
      pageNumber: p.pageNumber ?? 1,
      issueKey: `${p.date ?? 'undated'}${p.issue ? `-${p.issue}` : ''}`,
      paper: p.paper ?? paper,
      name: p.pageName ?? p.name ?? '',
      articles: [] as SiteArticle[],
    } as SitePage;
    Object.defineProperty(page, 'text', { get: input.body });
    page.articles = input.parsed.articles.map((a, index) => {
      const known = placed.get(a);
      if (known?.pageId === page.id && known.index === index) return known;
      const article: SiteArticle = withFields(a, { url: `articles/${a.id}.html`, pageId: page.id, index });
      placed.set(a, article);
      return article;
    });
    return page;
  });

  const byIssue = new Map<string, SitePage[]>();
  for (const page of pages) {
    const list = byIssue.get(page.issueKey);
    if (list) list.push(page);
    else byIssue.set(page.issueKey, [page]);
  }
  const issues = [...byIssue.entries()]
    .map(([key, list]): Issue => {
      const sorted = [...list].sort((a, b) => a.pageNumber - b.pageNumber || compare(a.id, b.id));
      const first = sorted[0]!;
      return {
        key,
        date: first.date,
        dateInferred: sorted.every((p) => p.dateInferred),
        issue: first.parsed.page.issue,
        pages: sorted,
      };
    })
    .sort((a, b) => compare(b.date ?? '', a.date ?? '') || (b.issue ?? 0) - (a.issue ?? 0) || compare(a.key, b.key));

  // Reading order: newest issue first, then page by page, article by article.
  const ordered = issues.flatMap((i) => i.pages);
  const articles = ordered.flatMap((p) => p.articles);
  return {
    issues,
    pages: ordered,
    articles,
    offices: indexBy(articles, (a) => (a.office ? [a.office] : []), 'offices', 'office'),
    reporters: indexBy(
      articles,
      (a) => [...a.reporters, ...a.correspondents, ...signatureNames(a.signature)],
      'reporters',
      'person',
    ),
  };
}

/**
 * The writers named by an article's signature, （林青） or （林青 周明）: names of two to four Han
 * characters. A credit to an agency or the paper itself (据新华社, 本报, 本通 …) names no one.
 */
export function signatureNames(signature: string | null): string[] {
  if (!signature || /^(?:据|综合|来源|本|编辑|责编)/u.test(signature)) return [];
  const names = signature.split(/[\s、，,/]+/u).filter(Boolean);
  return names.every((n) => /^\p{sc=Han}{2,4}$/u.test(n) && !/[社报网台站组部室办]$/u.test(n)) ? names : [];
}

function indexBy(
  articles: readonly SiteArticle[],
  keys: (a: SiteArticle) => string[],
  dir: string,
  prefix: string,
): IndexEntry[] {
  const map = new Map<string, SiteArticle[]>();
  for (const a of articles) {
    for (const k of new Set(keys(a))) {
      const list = map.get(k);
      if (list) list.push(a);
      else map.set(k, [a]);
    }
  }
  const slugs = slugNames(map.keys(), prefix);
  return [...map.entries()]
    .map(([name, list]) => {
      const slug = slugs.get(name)!;
      return {
        name,
        slug,
        path: `${dir}/${slug}.html`,
        url: `${dir}/${encodeURIComponent(slug)}.html`,
        articles: list,
      };
    })
    .sort((a, b) => b.articles.length - a.articles.length || compare(a.name, b.name));
}

/** How a page's date is shown: only the month when it was inferred from the text. */
export function formatDate(date: string | null, inferred: boolean): string {
  if (!date) return '日期不详';
  const [y, m, d] = date.split('-').map(Number);
  return inferred ? `${y}年${m}月` : `${y}年${m}月${d}日`;
}
