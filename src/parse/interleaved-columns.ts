/**
 * Pre-pass of the reading order: two columns read line by line. A PDF text layer reads the lines of two
 * columns that stand at about the same heights (their baselines a little apart) one after another: the
 * first column's line, the line beside it in the next column, the first column's next line, and so on.
 * Every join of the page's order then runs from one column into the other, and the text reads on across
 * the lines one apart instead: a word of the dictionary runs over the line breaks there (青石|镇, 过|去),
 * almost never over the joins the page shows. Such a run goes back to its columns: the lines of the column
 * it starts in, then, after a blank line (a column break), the other column's lines.
 */
import { numberRunsOn } from './line-signs.js';
import type { Line } from './line.js';
import { wordAcross } from './reading-chains.js';

/** Lines that take part: running text (a dateline's line carries the article's first words). */
const isText = (l: Line): boolean => l.role === 'text' || l.role === 'dateline';

/** The fewest lines a run of two columns read line by line holds (two lines of each, and one more). */
const LEAST = 5;

/** Whether `b` reads on from `a` by what the text shows: a word across the join, or a number and its unit. */
function readsOn(a: Line, b: Line): boolean {
  return wordAcross(a.text, b.text) >= 2 || numberRunsOn(a.text, b.text);
}

/** Returns the lines with each run of two columns read line by line laid out column by column. */
export function splitInterleaved(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let from = 0; from < lines.length;) {
    let to = from;
    while (to < lines.length && isText(lines[to]!)) to++;
    if (to - from >= LEAST) out.push(...columnsOf(lines.slice(from, to)));
    else out.push(...lines.slice(from, to));
    while (to < lines.length && !isText(lines[to]!)) out.push(lines[to++]!);
    from = to;
  }
  return out;
}

/**
 * A run of lines of running text, laid out column by column where a stretch of it reads on across the lines
 * one apart clearly more often than across the lines next to each other.
 */
function columnsOf(run: readonly Line[]): Line[] {
  const n = run.length;
  // next[k]: line k reads on into line k + 1; skip[k]: into line k + 2.
  const next = run.map((l, k) => (k + 1 < n && readsOn(l, run[k + 1]!) ? 1 : 0));
  const skip = run.map((l, k) => (k + 2 < n && readsOn(l, run[k + 2]!) ? 1 : 0));
  const best = bestStretch(next, skip);
  if (!best) return [...run];
  const { s, e } = best;
  const first = run.slice(s, e + 1).filter((_, k) => k % 2 === 0);
  const second = run.slice(s, e + 1).filter((_, k) => k % 2 === 1);
  // The lines after the run go on in the column whose line ends it: the longer column's last lines.
  const rest = run.slice(e + 1);
  const [a, b] = (e - s) % 2 === 0 ? [[...first, ...rest], second] : [first, [...second, ...rest]];
  return [...run.slice(0, s), ...a, blankAt(a.at(-1)!), ...b];
}

/**
 * The stretch `s..e` (at least LEAST lines) with the most gain, across - 2 × beside, where across counts the
 * lines of the stretch that read on into the line two below inside it and beside those that read on into the
 * next line: at least 3 across and a gain of 2. Ties go to the longer stretch, then to the earlier one.
 * For each end `e` the best start is the one with the least `A[s] - 2 × B[s]` (A and B the sums of skip and
 * next before `s`) among the starts far enough back, a prefix of the run that grows with `e`: one pass, where
 * a page-long run of lines (a notice's contact lines) made the search over every stretch cubic.
 */
function bestStretch(next: readonly number[], skip: readonly number[]): { s: number; e: number } | null {
  const n = next.length;
  const A = [0];
  const B = [0];
  for (let k = 0; k < n; k++) {
    A.push(A[k]! + skip[k]!);
    B.push(B[k]! + next[k]!);
  }
  let best: { s: number; e: number; gain: number } | null = null;
  // The start with the least A[s] - 2 × B[s] among the starts 0..open - 1 (the first such on a tie: the longest).
  let least = -1;
  let open = 0;
  for (let e = LEAST - 1; e < n; e++) {
    // Starts far enough back: LEAST lines to e, and 3 lines across (A only grows: they are a prefix).
    while (open <= e - LEAST + 1 && A[open]! <= A[e - 1]! - 3) {
      if (least < 0 || A[open]! - 2 * B[open]! < A[least]! - 2 * B[least]!) least = open;
      open++;
    }
    if (least < 0) continue;
    const s = least;
    const gain = A[e - 1]! - A[s]! - 2 * (B[e]! - B[s]!);
    if (gain >= 2 && (!best || gain > best.gain || (gain === best.gain && e - s > best.e - best.s)))
      best = { s, e, gain };
  }
  return best;
}

/** A blank line set where the export had none: it takes the number of the line it stands beside. */
function blankAt(line: Line): Line {
  return { n: line.n, raw: '', text: '', width: 0, role: 'blank', indented: false };
}
