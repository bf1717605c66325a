/**
 * A small bar chart of articles per month, drawn as SVG at build time (no script needed to see it).
 */

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Draws counts per month (`YYYY-MM` keys, in order) as an accessible SVG. */
export function monthChart(counts: readonly { month: string; count: number }[], label: string): string {
  const bar = 14;
  const gap = 4;
  const height = 60;
  const width = Math.max(1, counts.length) * (bar + gap);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const bars = counts
    .map((c, i) => {
      const h = Math.round((c.count / max) * (height - 14));
      const x = i * (bar + gap);
      const [y, m] = c.month.split('-').map(Number);
      return `<rect x="${x}" y="${height - 12 - h}" width="${bar}" height="${h}"><title>${y}年${m}月：${c.count}篇</title></rect><text x="${x + bar / 2}" y="${height - 1}" text-anchor="middle">${m}</text>`;
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
