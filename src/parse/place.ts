/**
 * Stage: captions and pull quotes, set apart from the text, go to the article they belong to.
 */
import { contentWords } from '../text-node/words.js';
import { cleanSpacing } from '../text/spacing.js';
import type { Gazetteer } from './office.js';
import { bare } from './run-in-heads.js';
import { CAPTION, endsWithPhotoCredit } from './photo-credit.js';
import { CREDIT_ROLE } from './credit-roles.js';
import type { Segmented } from './segment-articles.js';
import type { Article, Caption, ParseWarning, Unassigned } from './types.js';

/**
 * Each caption set between an article's headline and its text goes to that article; any other to the one
 * article whose writers include its photographer, else to the article whose text
 * names what it shows, else to the article whose text it is set right over (a photo stands between a
 * headline and its text; an export may gather the headline elsewhere), else to the article whose headline
 * it is printed under, above the text, else to the article it follows.
 */
export function placeCaptions(
  seg: Segmented,
  articles: Article[],
  gazetteer: Gazetteer,
  unassigned: Unassigned[],
  warnings: ParseWarning[],
): void {
  for (const c of galleries(seg.captions)) {
    const n = c.lines[0]!.n;
    // (Close under it: a photo is set right below the headline.)
    const under = articles.findIndex((a) => a.headlineLines.some((h) => h < n && n - h <= 12) && n < a.sourceLines[0]);
    // (Right over an article's text, a blank line at most between: a photo is set over the text it goes with.)
    const end = c.lines.at(-1)!.n;
    const over = articles.findIndex((a) => a.sourceLines[0] > end && a.sourceLines[0] - end <= 2);
    // (Between an article's head lines and its text, the photo is that article's whoever took it: a reporter
    // takes photos for the reports of others too.)
    const target =
      (under >= 0 && under === over ? under : null) ??
      creditedBy(photographer(c.text), articles) ??
      bestArticle(c.text.replace(/^图\s*[①-⑳\d]*/u, ''), articles, gazetteer, c.after) ??
      (over >= 0 ? over : null) ??
      (under >= 0 ? under : null) ??
      c.after ??
      // (Before the page's first article: a photo over the lead story, its caption over the headline.)
      (articles.length ? 0 : null);
    if (target === null) {
      for (const l of c.lines) unassigned.push({ line: l.n, text: l.text });
      warnings.push({ line: c.lines[0]!.n, code: 'caption-unassigned', message: 'a caption matches no article' });
      continue;
    }
    for (const one of c.members)
      articles[target]!.captions.push({ n: captionNumber(one.text), text: one.text } satisfies Caption);
  }
}

type FoundCaption = Segmented['captions'][number];

/** The most photos a gallery under one credit prints. */
const GALLERY_MOST = 4;

/**
 * The page's captions, each gallery as one: the captions of two to four photos printed together, each opened by
 * its number or place (图①, 上图, 左下图) and stacked one under the next (a blank line at most between), the
 * one credit closing the last, belong to one story, wherever the export set them. A gallery is placed as one
 * caption, its lines and text all of its members'.
 */
function galleries(captions: readonly FoundCaption[]): (FoundCaption & { members: FoundCaption[] })[] {
  const out: (FoundCaption & { members: FoundCaption[] })[] = [];
  for (const c of captions) {
    const last = out.at(-1);
    const stacked = last && c.lines[0]!.n - last.lines.at(-1)!.n <= 2 && c.lines[0]!.n > last.lines.at(-1)!.n;
    // (A credit of any kind closes a gallery: 资料图片 and 新华社发 name no photographer but end it as 摄 does.)
    const open = last?.members.every((m) => marked(m) && !photographer(m.text) && !endsWithPhotoCredit(m.text));
    if (stacked && marked(c) && open && last.members.length < GALLERY_MOST) {
      out[out.length - 1] = {
        ...last,
        lines: [...last.lines, ...c.lines],
        text: `${last.text} ${c.text}`,
        members: [...last.members, c],
      };
    } else out.push({ ...c, members: [c] });
  }
  return out;
}

/** Whether a caption opens with a photo's number or place (图①, 上图, 左下图), as a gallery's captions do. */
function marked(c: FoundCaption): boolean {
  return CAPTION.test(c.text) && !/^(?:▲|图为)/u.test(c.text);
}

/** A caption's closing credit: its photographer's name after a mark, a space or any writer's title (credit-roles.ts). */
const PHOTOGRAPHER = new RegExp(
  `(?:^|[^\\p{sc=Han}·]|${CREDIT_ROLE})\\s*([\\p{sc=Han}·]{2,4})\\s*(?:[/／]\\s*)?摄影?\\s*[）)]?$`,
  'u',
);

/**
 * Who took a photo, from its caption's credit (…。 王一/摄, （王一 摄）, 本报记者王一摄), or null. The name follows
 * a mark, a space or its title: a caption's text can have its spaces squeezed out (本报记者王一摄 names 王一, not
 * 记者王一).
 */
function photographer(text: string): string | null {
  const credit = PHOTOGRAPHER;
  return credit.exec(text.trim())?.[1] ?? null;
}

/**
 * The one article that names the photographer among its writers: a reporter or correspondent often takes the
 * report's photo, and the credit then says which report it goes with wherever the export set it.
 */
function creditedBy(name: string | null, articles: readonly Article[]): number | null {
  if (!name) return null;
  const found = articles.flatMap((a, i) => ([...a.reporters, ...a.correspondents].includes(name) ? [i] : []));
  return found.length === 1 ? found[0]! : null;
}

/** Each pull quote goes to the article that prints it as a run-in head (or anywhere in its text). */
export function placePullQuotes(seg: Segmented, articles: Article[], unassigned: Unassigned[]): void {
  for (const q of seg.pullQuotes) {
    const text = cleanSpacing(q.text.replace(/^[●◆■★▶►▷◎☆♦]\s*/u, ''));
    const key = bare(text);
    let target = articles.findIndex((a) => a.paragraphs.some((p) => bare(p).startsWith(key)));
    if (target < 0) target = articles.findIndex((a) => a.paragraphs.some((p) => p.includes(key)));
    if (target < 0) target = q.after ?? -1;
    if (target < 0 || !articles[target]) unassigned.push({ line: q.line.n, text: q.text });
    else articles[target]!.pullQuotes.push(text);
  }
}

function bestArticle(
  text: string,
  articles: readonly Article[],
  gazetteer: Gazetteer,
  after: number | null,
): number | null {
  const words = [...new Set(contentWords(text))];
  const named = [...gazetteer.mentions(text).keys()];
  let best: { i: number; score: number } | null = null;
  articles.forEach((a, i) => {
    const body = a.paragraphs.join('');
    let score = words.length ? words.filter((w) => body.includes(w)).length / words.length : 0;
    if (a.office && (named.includes(a.office) || text.includes(a.office))) score += 0.5;
    if (i === after) score += 0.05;
    if (!best || score > best.score) best = { i, score };
  });
  const b = best as { i: number; score: number } | null;
  return b && b.score >= 0.6 ? b.i : null;
}

function captionNumber(text: string): number | null {
  const m = /^图\s*([①-⑳]|\d+)/u.exec(text);
  if (!m) return null;
  const c = m[1]!.codePointAt(0)!;
  return c >= 0x2460 && c <= 0x2473 ? c - 0x245f : Number(m[1]);
}
