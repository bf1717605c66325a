/**
 * The files of the printed pages: each page's own and its articles', one group per page (see
 * outputs.ts OutputGroup), in issue order, with what each template sees.
 */
import { signatureNames, type Archive, type SiteArticle, type SitePage } from '../site/model.js';
import { renderBody } from './body.js';
import { citations } from './cite.js';
import type { Output, OutputGroup, Outputs } from './outputs.js';
import { authorsOf, encodePath, jsonLd, pageLabel, sourceLines, summary } from './views.js';

/** An article beside another in reading order, as its page shows the link. */
type Beside = { url: string; title: string; where: string | null; key: string };

/** One group per printed page, newest issue first. */
export function* printedPages(out: Outputs): Generator<OutputGroup> {
  const { archive, keys } = out;
  const beside = readingOn(out);
  // A page's digest: its source and settings, its articles by their digests (made once, kept in baoku dev).
  const pageDigest = (page: SitePage): string => keys.remembered(`\0page:${page.id}`, page, () => keys.page(page));
  for (const [n, issue] of archive.issues.entries()) {
    // What a page shows of its issue and the issues beside it; the rest follows from its digest.
    const prevIssue = archive.issues[n + 1]?.pages[0]?.url;
    const nextIssue = archive.issues[n - 1]?.pages[0]?.url;
    const around = `${prevIssue ?? ''}\n${nextIssue ?? ''}\n${issue.pages.map((p) => `${p.url} ${p.pageNumber} ${p.name}`).join('\n')}`;
    for (const [k, page] of issue.pages.entries()) {
      const digest = pageDigest(page);
      // Everything an article's page shows follows from its page (the page's digest has its articles'),
      // its place there, and its related articles: its signature has those, by digest.
      const relatedOf = page.articles.map((a) =>
        (out.related.get(a.id)?.related ?? []).map((id) => out.articleOf.get(id)!),
      );
      const relatedDigests = relatedOf.map((list) => list.map((r) => keys.article(r)).join('\n'));
      // The articles beside the page's first and last, on other pages (the rest are the page's own).
      const edges = page.articles.length ? [beside(page.articles[0]!, -1), beside(page.articles.at(-1)!, 1)] : [];
      const edgeKey = edges.map((e) => e?.key ?? '').join('\n');
      const outputs = function* (): Generator<Output> {
        yield pageOutput(out, issue, page, k, `${digest}\n${k}\n${around}`, { prevIssue, nextIssue });
        for (const [i, a] of page.articles.entries())
          yield articleOutput(out, page, a, `${digest}\n${i}\n${relatedDigests[i]}\n${edgeKey}`, relatedOf[i]!, beside);
      };
      // The printed page and its articles' pages as one group, keyed by all their signatures: a build
      // takes an unchanged page's files without keying each (tens of thousands on a large archive).
      const paths = [page.url, ...page.articles.map((a) => a.url)];
      const signature = `${digest}\n${k}\n${around}\n${edgeKey}\n\n${relatedDigests.join('\n\n')}`;
      // (Gathered only where something reads them.)
      if (out.site.siteUrl) for (const path of paths) out.listed.add(path);
      for (const path of paths) keys.made(path);
      const group = `\0group:${page.id}`;
      yield { group, key: keys.remembered(group, signature, () => keys.signed(signature)), paths, outputs };
    }
  }
}

/**
 * Reading on: 下一篇 after a page's last article is the next page's first, and after an issue's last, the
 * first of the issue that came out next (上一篇 the other way).
 */
function readingOn(out: Outputs): (a: SiteArticle, step: 1 | -1) => Beside | undefined {
  const reading = [...out.archive.issues].reverse().flatMap((issue) => issue.pages.flatMap((p) => p.articles));
  const readingAt = new Map(reading.map((a, i) => [a, i]));
  return (a, step) => {
    const other = reading[readingAt.get(a)! + step];
    if (!other) return undefined;
    const there = out.pageOf.get(other.pageId)!;
    const here = out.pageOf.get(a.pageId)!;
    const where =
      there === here
        ? null
        : there.issueKey === here.issueKey
          ? `第${there.pageNumber}版`
          : `${step > 0 ? '下一期' : '上一期'} ${pageLabel(there)}`;
    return { url: other.url, title: other.title, where, key: `${out.keys.article(other)} ${other.url} ${where}` };
  };
}

/** A printed page's own file: its articles in print order, the issue's other pages. */
function pageOutput(
  out: Outputs,
  issue: Archive['issues'][number],
  page: SitePage,
  k: number,
  signature: string,
  issues: { prevIssue: string | undefined; nextIssue: string | undefined },
): Output {
  return out.htmlOf(
    page.url,
    './page',
    signature,
    () => ({
      title: pageLabel(page),
      label: pageLabel(page),
      description: `《${page.paper}》${pageLabel(page)}：${page.articles.map((a) => a.title).join('；')}`.slice(0, 150),
      dateInferred: page.dateInferred,
      notBefore: page.date,
      day: page.dateInferred ? null : page.date,
      issuePages: issue.pages.map((p) => ({ url: p.url, number: p.pageNumber, name: p.name, current: p === page })),
      articles: page.articles,
      prevPage: issue.pages[k - 1]?.url,
      nextPage: issue.pages[k + 1]?.url,
      ...issues,
    }),
    {},
  );
}

/** An article's file: its text, who wrote it, where it was printed, what to read on and how to cite it. */
function articleOutput(
  out: Outputs,
  page: SitePage,
  a: SiteArticle,
  signature: string,
  related: readonly SiteArticle[],
  beside: (a: SiteArticle, step: 1 | -1) => Beside | undefined,
): Output {
  const { site } = out;
  const link = (name: string): { name: string; url: string } => ({ name, url: out.personOf.get(name)!.url });
  return out.htmlOf(
    a.url,
    './article',
    signature,
    () => ({
      title: a.title,
      a,
      reporters: a.reporters.map(link),
      correspondents: a.correspondents.map(link),
      signed: signatureNames(a.signature).map(link),
      officeUrl: a.office ? out.officeOf.get(a.office)!.url : null,
      when: out.when(a),
      pageUrl: page.url,
      pageLabel: pageLabel(page),
      pageNumber: page.pageNumber,
      prev: beside(a, -1),
      next: beside(a, 1),
      keywords: out.related.get(a.id)?.keywords ?? [],
      related,
    }),
    {
      bodyHtml: () => renderBody(a),
      description: () => summary(a),
      citations: () =>
        citations({
          title: a.title,
          authors: authorsOf(a),
          paper: page.paper || site.paper,
          date: page.date,
          dateInferred: page.dateInferred,
          pageNumber: page.pageNumber,
          permalink: site.siteUrl ? site.siteUrl + encodePath(a.url) : null,
        }),
      sourceLines: () => sourceLines(page, a),
      og: () => ({ type: 'article', title: a.title }),
      jsonLd: () => jsonLd(a, page, site),
    },
  );
}
