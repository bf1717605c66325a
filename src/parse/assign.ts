/**
 * Optimal one-to-one assignment (Hungarian algorithm), used to match headlines to articles.
 */

/**
 * Picks at most one column per row and one row per column to maximise the summed score.
 * Returns, for each row, the chosen column or -1. Pairs scoring at or below `floor` are never chosen.
 */
export function assignMax(score: readonly (readonly number[])[], floor = 0): number[] {
  const rows = score.length;
  const cols = rows ? score[0]!.length : 0;
  const out = new Array<number>(rows).fill(-1);
  // Rows and columns that no pair above the floor links are solved apart: the method is cubic in what it
  // solves at once, and a page of thousands of heads pairs each with a few texts at most.
  for (const { rs, cs } of linkedGroups(score, rows, cols, floor)) {
    const pick =
      rs.length === 1 && cs.length === 1
        ? [0]
        : solve(
            rs.map((r) => cs.map((c) => score[r]![c]!)),
            floor,
          );
    pick.forEach((c, k) => {
      if (c >= 0 && score[rs[k]!]![cs[c]!]! > floor) out[rs[k]!] = cs[c]!;
    });
  }
  return out;
}

/** The rows and columns linked by pairs above the floor, each group in their order. */
function linkedGroups(
  score: readonly (readonly number[])[],
  rows: number,
  cols: number,
  floor: number,
): { rs: number[]; cs: number[] }[] {
  // Union-find over rows (0..rows-1) and columns (rows..rows+cols-1).
  const up = Array.from({ length: rows + cols }, (_, i) => i);
  const root = (i: number): number => {
    while (up[i] !== i) i = up[i] = up[up[i]!]!;
    return i;
  };
  const linked = new Array<boolean>(rows).fill(false);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      if (score[r]![c]! > floor) {
        linked[r] = true;
        const a = root(r);
        const b = root(rows + c);
        if (a !== b) up[Math.max(a, b)] = Math.min(a, b);
      }
  const groups = new Map<number, { rs: number[]; cs: number[] }>();
  const groupOf = (i: number): { rs: number[]; cs: number[] } =>
    groups.get(root(i)) ?? groups.set(root(i), { rs: [], cs: [] }).get(root(i))!;
  for (let r = 0; r < rows; r++) if (linked[r]) groupOf(r).rs.push(r);
  for (let c = 0; c < cols; c++) if (root(rows + c) < rows) groupOf(rows + c).cs.push(c);
  return [...groups.values()];
}

/** The Hungarian method on one group: for each row, the chosen column or -1. */
function solve(score: readonly (readonly number[])[], floor: number): number[] {
  const rows = score.length;
  const cols = rows ? score[0]!.length : 0;
  if (!rows || !cols) return new Array<number>(rows).fill(-1);
  const n = Math.max(rows, cols);
  // Square cost matrix; padding and pairs below the floor cost as much as leaving the row empty.
  const cost = (r: number, c: number): number => {
    const s = r < rows && c < cols ? score[r]![c]! : floor;
    return -(s > floor ? s : floor);
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const r = p[j]! - 1;
    const c = j - 1;
    if (r < rows && c < cols && score[r]![c]! > floor) out[r] = c;
  }
  return out;
}
