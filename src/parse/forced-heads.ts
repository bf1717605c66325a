/**
 * An editor's headlines (structure corrections): each becomes its article's headline unit, and the
 * matcher pairs the other head lines with the other articles as usual.
 */
import { joinLines } from '../text/spacing.js';
import type { HeadlineResult, HeadUnit, MatchTarget } from './headlines.js';
import type { Line } from './lines.js';
import type { DraftArticle, HeadLine } from './segment-articles.js';
import type { StageHints } from './structure.js';

/** The article (index) whose body holds each line. */
export function articleOfLine(drafts: readonly DraftArticle[]): Map<number, number> {
  const out = new Map<number, number>();
  drafts.forEach((d, i) => {
    for (const p of d.paragraphs) for (const l of p.lines) out.set(l.n, i);
    if (d.bylineAlone) out.set(d.bylineAlone.line.n, i);
    if (d.signature) out.set(d.signature.line.n, i);
  });
  return out;
}

/**
 * The editor's headline units by article; a headline whose article cannot be found (its `of` line is in
 * no article's body) is left over, to be kept as unassigned text.
 */
export function forcedUnits(
  heads: StageHints['heads'],
  lines: readonly Line[],
  drafts: readonly DraftArticle[],
): { units: Map<number, HeadUnit>; leftover: Line[] } {
  const byN = new Map(lines.filter((l) => l.role !== 'blank').map((l) => [l.n, l]));
  const owner = articleOfLine(drafts);
  const units = new Map<number, HeadUnit>();
  const leftover: Line[] = [];
  for (const h of heads) {
    const target = h.of === null ? undefined : owner.get(h.of);
    const all = [...h.kicker, ...h.headline, ...h.subhead].map((n) => byN.get(n)!);
    if (target === undefined) {
      leftover.push(...all);
      continue;
    }
    // Two headlines given to one article: the later entry wins, the earlier one's lines are kept unassigned.
    const before = units.get(target);
    if (before) leftover.push(...before.lines.map((l) => l.line));
    const text = (ns: number[]): string | null => (ns.length ? joinLines(ns.map((n) => byN.get(n)!.text)) : null);
    units.set(target, {
      lines: all.map((line): HeadLine => ({ line, blankBefore: false, apart: true, before: target, group: -1 })),
      kicker: text(h.kicker),
      headline: text(h.headline),
      subhead: text(h.subhead),
    });
  }
  return { units, leftover };
}

/** Runs the matcher on the head lines and articles the editor left to it; the editor's units win. */
export function matchAround(
  forced: ReadonlyMap<number, HeadUnit>,
  heads: readonly HeadLine[],
  targets: readonly MatchTarget[],
  match: (heads: readonly HeadLine[], targets: readonly MatchTarget[]) => HeadlineResult,
): HeadlineResult {
  if (!forced.size) return match(heads, targets);
  const keep = targets.map((_, i) => i).filter((i) => !forced.has(i));
  const index = new Map(keep.map((t, k) => [t, k]));
  const result = match(
    heads.map((h) => ({ ...h, before: h.before === null ? null : (index.get(h.before) ?? null) })),
    keep.map((i) => targets[i]!),
  );
  return {
    byArticle: targets.map((_, i) => forced.get(i) ?? result.byArticle[index.get(i)!] ?? null),
    leftover: result.leftover,
  };
}
