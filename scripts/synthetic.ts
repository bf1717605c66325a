/**
 * A synthetic archive for benchmarks: the content's own articles recombined (deterministically) into as
 * many new articles and pages as asked, with varied dates and offices.
 */
import { resolveConfig } from '../src/ingest/config.js';
import { readAllPages } from '../src/ingest/content.js';
import { parsePage } from '../src/parse/page.js';
import type { Article } from '../src/parse/types.js';
import { mulberry32 } from '../tests/support/layout.js';

/** Paragraphs, headlines and offices of the real content, to recombine. */
export async function contentPieces(
  root = '.',
): Promise<{ paragraphs: string[]; headlines: string[]; offices: string[]; people: string[] }> {
  const config = resolveConfig({ root });
  const pages = (await readAllPages(config)).pages.map((p) =>
    parsePage(p.path, p.body, { offices: config.offices, meta: p.meta }),
  );
  const articles = pages.flatMap((p) => p.articles);
  return {
    paragraphs: articles.flatMap((a) => a.paragraphs).filter((p) => p.length > 20),
    headlines: articles.map((a) => a.title),
    offices: config.offices.map((o) => o.name),
    people: [...new Set(articles.flatMap((a) => [...a.reporters, ...a.correspondents]))],
  };
}

/** Makes `n` articles of about `chars` characters each by recombining paragraphs. */
export async function syntheticArticles(
  n: number,
  seed = 1,
  chars = 1000,
  root = '.',
): Promise<{ article: Article; date: string }[]> {
  const pieces = await contentPieces(root);
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: { article: Article; date: string }[] = [];
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    let len = 0;
    while (len < chars) {
      const p = pick(pieces.paragraphs);
      paragraphs.push(p);
      len += p.length;
    }
    const office = pick(pieces.offices);
    const y = 2000 + Math.floor(rand() * 25);
    const date = `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    out.push({
      date,
      article: {
        id: `s${i}`,
        title: `${pick(pieces.headlines)}（${i}）`,
        headline: null,
        headlineInferred: false,
        kicker: office,
        subhead: null,
        continuedFrom: null,
        continuedTo: null,
        office,
        dateline: '本报讯',
        byline: null,
        reporters: [pick(pieces.people)],
        correspondents: [],
        signature: null,
        paragraphs,
        runInHeads: [],
        subheads: [],
        captions: [],
        pullQuotes: [],
        sourceLines: [1, 1],
        headlineLines: [],
        keywords: [],
      },
    });
  }
  return out;
}
