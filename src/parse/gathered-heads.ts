/**
 * Headlines gathered over their bodies. A PDF text layer (pdftotext) reads the headlines of articles set side
 * by side one after another, and then their bodies, column by column in the same order: a run of head lines
 * stands over several reports that have no head lines of their own. The k-th headline of such a run heads
 * the k-th of those reports, whatever words it shares with them (a headline may share none with its body).
 */
import type { HeadUnit } from './head-units.js';

/** What heading the report of the same rank under a run of gathered headlines is worth to a headline unit. */
const SAME_RANK = 0.45;
/** How much better a unit must describe another article than the one of its rank to be that one's. */
const WORDS_SAY = 0.15;

/** An article as this rule sees it: whether its text opens a report (a dateline, or a credit in brackets). */
export interface GatheredTarget {
  opensReport?: boolean;
}

/**
 * The matrix of how well each unit of head lines heads each article, with SAME_RANK added where unit k is the
 * k-th (k ≥ 1) of a run of units printed together (see together) over reports that follow one another with no
 * head lines between them, each opening with its dateline, and t is the k-th of those reports: unless the
 * unit's words say clearly that it heads another article (the run is then no run of gathered headlines).
 */
export function addGatheredRank(
  units: readonly HeadUnit[],
  targets: readonly GatheredTarget[],
  matrix: number[][],
): number[][] {
  const headed = new Set(units.map((u) => u.lines.at(-1)!.before));
  const groups = new Map<number, number[]>();
  units.forEach((u, k) => {
    const g = u.lines[0]!.group;
    groups.set(g, [...(groups.get(g) ?? []), k]);
  });
  for (const ks of groups.values()) {
    const first = units[ks[0]!]!.lines.at(-1)!.before;
    if (ks.length < 2 || first === null || !targets[first]?.opensReport || !together(units, ks)) continue;
    const run = [first];
    for (let t = first + 1; run.length < ks.length && targets[t]?.opensReport && !headed.has(t); t++) run.push(t);
    if (run.length < 2) continue;
    const ranked = ks.slice(0, run.length);
    if (ranked.some((k, r) => Math.max(...matrix[k]!) > matrix[k]![run[r]!]! + WORDS_SAY)) continue;
    ranked.forEach((k, r) => r >= 1 && (matrix[k]![run[r]!]! += SAME_RANK));
  }
  return matrix;
}

/**
 * Whether the units' lines are printed one right under another, no blank line and nothing else between them:
 * headlines set side by side at one height come out so. (Headlines apart are no run: a caption or a blank
 * line between says the page set them apart, each over its own text.)
 */
function together(units: readonly HeadUnit[], ks: readonly number[]): boolean {
  const lines = ks.flatMap((k) => units[k]!.lines);
  return lines.every((h, i) => i === 0 || (!h.blankBefore && h.line.n === lines[i - 1]!.line.n + 1));
}
