/**
 * Which article each printed line went to and as what: the view an editor reviews a parse by
 * (`baoku review`, the dev server's review page), and what keeps article ids stable under corrections.
 */
import { withoutSpaces } from '../text/spacing.js';
import type { HeadUnit } from './headlines.js';
import type { Line } from './lines.js';
import type { DraftArticle, Segmented } from './segment-articles.js';
import type { Article, Unassigned } from './types.js';

/** What a line is in the parse. */
export type LinePart =
  | 'kicker'
  | 'headline'
  | 'subhead'
  | 'dateline'
  | 'byline'
  | 'body'
  | 'signature'
  | 'caption'
  | 'pullquote'
  | 'masthead'
  | 'furniture'
  | 'unassigned';

/** One printed line of the page, the article it went to (its index, or null) and its part there. */
export interface LineOwner {
  n: number;
  text: string;
  article: number | null;
  part: LinePart;
}

/** Every printed line's owner, in the page's reading order. */
export function lineOwners(
  lines: readonly Line[],
  segmented: Segmented,
  drafts: readonly DraftArticle[],
  units: readonly (HeadUnit | null)[],
  articles: readonly Article[],
  unassigned: readonly Unassigned[],
): LineOwner[] {
  const owner = new Map<number, { article: number | null; part: LinePart }>();
  const set = (n: number, article: number | null, part: LinePart): void => void owner.set(n, { article, part });
  drafts.forEach((d, i) => {
    d.paragraphs.forEach((p, k) =>
      p.lines.forEach((l, j) =>
        set(
          l.n,
          i,
          p.subhead ? 'subhead' : d.datelineRaw !== null && k === d.datelineAt && j === 0 ? 'dateline' : 'body',
        ),
      ),
    );
    if (d.bylineAlone) set(d.bylineAlone.line.n, i, 'byline');
    if (d.signature) set(d.signature.line.n, i, 'signature');
  });
  units.forEach((u, i) => {
    if (!u) return;
    // The unit's lines in order: its kicker's first, then the headline's, then the subhead's.
    let kicker = withoutSpaces(u.kicker ?? '');
    let headline = withoutSpaces(u.headline ?? '');
    for (const h of u.lines) {
      const t = withoutSpaces(h.line.text);
      if (kicker && kicker.startsWith(t)) {
        kicker = kicker.slice(t.length);
        set(h.line.n, i, 'kicker');
      } else if (headline && headline.startsWith(t)) {
        headline = headline.slice(t.length);
        set(h.line.n, i, 'headline');
      } else set(h.line.n, i, u.headline === null ? 'kicker' : 'subhead');
    }
  });
  for (const c of segmented.captions) {
    const i = articles.findIndex((a) => a.captions.some((x) => x.text === c.text));
    for (const l of c.lines) set(l.n, i < 0 ? null : i, i < 0 ? 'unassigned' : 'caption');
  }
  for (const q of segmented.pullQuotes) {
    const i = articles.findIndex((a) => a.pullQuotes.some((p) => withoutSpaces(q.text).endsWith(withoutSpaces(p))));
    set(q.line.n, i < 0 ? null : i, i < 0 ? 'unassigned' : 'pullquote');
  }
  for (const l of segmented.masthead) set(l.n, null, 'masthead');
  const left = new Set(unassigned.map((u) => u.line));
  return lines
    .filter((l) => l.role !== 'blank')
    .map((l) => {
      const o = owner.get(l.n);
      if (o && !(left.has(l.n) && o.article === null && o.part !== 'masthead')) return { n: l.n, text: l.raw, ...o };
      return {
        n: l.n,
        text: l.raw,
        article: null,
        part:
          l.role === 'folio' || l.role === 'jump' || l.role === 'noise'
            ? 'furniture'
            : l.role === 'masthead'
              ? 'masthead'
              : 'unassigned',
      };
    });
}
