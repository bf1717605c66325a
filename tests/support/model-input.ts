/**
 * Parsed pages made by hand for the site model's and the output keys' tests: articles of the test district
 * (see tests/fixtures/articles.ts), with only the fields those stages read filled in.
 */
import type { Article, ParsedPage } from '../../src/parse/types.js';
import type { ParsedInput } from '../../src/site/model.js';

/** An article of a page; `fields` set what the test is about. */
export function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    title: `标题${id}`,
    headline: `标题${id}`,
    headlineInferred: false,
    kicker: null,
    subhead: null,
    continuedFrom: null,
    continuedTo: null,
    office: null,
    dateline: '本报讯',
    byline: null,
    reporters: [],
    correspondents: [],
    signature: null,
    paragraphs: ['青石区召开会议，安排部署下一阶段工作。'],
    runInHeads: [],
    subheads: [],
    captions: [],
    pullQuotes: [],
    sourceLines: [1, 2],
    headlineLines: [1],
    keywords: [],
    ...fields,
  };
}

/** A page as the build hands it to the model: its id, date, page number and articles. */
export function page(
  id: string,
  info: { date: string | null; pageNumber: number; issue?: number; dateInferred?: boolean },
  articles: Article[],
): ParsedInput {
  const parsed: ParsedPage = {
    source: `pages/${id}.txt`,
    page: {
      name: null,
      pageName: null,
      nameLatin: null,
      date: info.date,
      dateInferred: info.dateInferred ?? false,
      paper: null,
      issue: info.issue ?? null,
      pageNumber: info.pageNumber,
    },
    articles,
    unassigned: [],
    warnings: [],
  };
  return {
    id,
    path: `content/pages/${id}.txt`,
    body: () => '青石区召开会议\n安排部署下一阶段工作。\n',
    lineOffset: 0,
    parsed,
    source: `source-of-${id}`,
  };
}
