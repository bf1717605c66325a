/**
 * A small bar chart of articles per month, drawn as SVG at build time (no script needed to see it).
 */

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Draws counts per month (`YYYY-MM` keys, in order) as an accessible SVG: a bar per month with its count
 * over it, the month under it and the year under each January and the first month, at a readable size.
 */
export function monthChart(counts: readonly { month: string; count: number }[], label: string): string {
  const bar = 22;
  const gap = 6;
  const top = 16;
  const plot = 60;
  const height = top + plot + 30;
  const width = Math.max(160, counts.length * (bar + gap));
  const max = Math.max(1, ...counts.map((c) => c.count));
  const bars = counts
    .map((c, i) => {
      const h = c.count ? Math.max(2, Math.round((c.count / max) * plot)) : 0;
      const x = i * (bar + gap);
      const mid = x + bar / 2;
      const [y, m] = c.month.split('-').map(Number);
      const year = i === 0 || m === 1 ? `<text class="year" x="${x}" y="${height - 2}">${y}年</text>` : '';
      const count = c.count ? `<text x="${mid}" y="${top + plot - h - 3}" text-anchor="middle">${c.count}</text>` : '';
      return `<rect x="${x}" y="${top + plot - h}" width="${bar}" height="${h}"><title>${y}年${m}月：${c.count}篇</title></rect>${count}<text x="${mid}" y="${top + plot + 13}" text-anchor="middle">${m}月</text>${year}`;
    })
    .join('');
  return `<svg class="month-chart" role="img" aria-label="${esc(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

/** Counts articles per month over a continuous range of months, so empty months show as gaps. */
export function countByMonth(dates: readonly (string | null)[]): { month: string; count: number }[] {
  const months = dates.filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 7));
  if (!months.length) return [];
  const sorted = [...months].sort();
  const out: { month: string; count: number }[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted.at(-1)!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: months.filter((x) => x === key).length });
    if (key >= last || out.length > 600) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
