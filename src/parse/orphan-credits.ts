/**
 * Credits no article took. An export that reads a page's blocks out of order can set a text's credit on its
 * own line after the next text, which closed with a credit of its own (a commentary signed （本报评论员）, read
 * after the short piece beside it signed （王一）): segmentation keeps it apart. Every report names its writers
 * somewhere, so a credit left over with a text left uncredited just before it is that text's.
 */
import { endsSentence } from '../text/chars.js';
import { creditedAtHead } from './article-credits.js';
import { splitDateline, takenBy } from './byline.js';
import type { DraftArticle, Segmented } from './drafts.js';
import type { Line } from './lines.js';

/**
 * Gives each credit set apart on a line no article took (a byline, a signature, a source credit 据…) to the
 * text before it in reading order that names no writer, when every text between them is credited already (so
 * the credit cannot be theirs) and that text ends its last sentence (so it is a whole text, not a piece the
 * export broke off). A photo's credit (…摄) names no writer and stays apart. `lines` is the page in reading order.
 */
export function placeStrayCredits(seg: Segmented, lines: readonly Line[]): void {
  // (By line number: a credit taken off a text with none of its own is a copy of its line.)
  const at = new Map<number, number>();
  lines.forEach((line, i) => at.set(line.n, Math.max(at.get(line.n) ?? -1, i)));
  const ends = seg.articles.map((a) => lastAt(a, at));
  seg.stray = seg.stray.filter((line) => {
    if (!isCredit(line)) return true;
    const target = uncreditedBefore(seg.articles, ends, at.get(line.n) ?? -1);
    if (!target) return true;
    if (line.role === 'byline') target.bylineAlone = { text: line.raw.trim(), line };
    else target.signature = { text: line.text, line };
    return false;
  });
}

/** A line of the page that reads as a credit alone, naming a writer (not a photo's credit). */
function isCredit(line: Line): boolean {
  return (line.role === 'byline' || line.role === 'signature') && !takenBy(line.text);
}

/** The nearest text before position `pos` that names no writer, passing only texts that do; or null. */
function uncreditedBefore(
  articles: readonly DraftArticle[],
  ends: readonly number[],
  pos: number,
): DraftArticle | null {
  if (pos < 0) return null;
  const before = articles.map((a, i) => ({ a, end: ends[i]! })).filter((x) => x.end >= 0 && x.end < pos);
  before.sort((x, y) => y.end - x.end);
  for (const { a } of before) {
    if (credited(a)) continue;
    const last = a.paragraphs.at(-1);
    return last && endsSentence(last.text) ? a : null;
  }
  return null;
}

/** Whether a text names its writers: a byline at its head or alone, or a signature. */
function credited(a: DraftArticle): boolean {
  if (a.bylineAlone || a.signature || creditedAtHead(a)) return true;
  return a.datelineRaw !== null && splitDateline(a.datelineRaw).byline !== null;
}

/** Where an article's last line stands in reading order (-1 when it has none). */
function lastAt(a: DraftArticle, at: ReadonlyMap<number, number>): number {
  let end = -1;
  for (const p of a.paragraphs) for (const l of p.lines) end = Math.max(end, at.get(l.n) ?? -1);
  for (const c of [a.bylineAlone, a.signature]) if (c) end = Math.max(end, at.get(c.line.n) ?? -1);
  return end;
}
