/**
 * Numbers kept in ascending order as they come, for the measures read off a growing run of lines (a band's
 * widths, a paragraph's full lines): one binary search and one insert, not a sort at each line.
 */

/** Puts `x` into the ascending `xs`, after any equal to it. */
export function insertSorted(xs: number[], x: number): void {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  xs.splice(lo, 0, x);
}
