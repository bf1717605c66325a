/**
 * `baoku check`'s list of pages to review: those whose parse has the warnings that mean a wrong structure
 * (headlines that found no article, articles without one, text no article took, an unusual number of
 * articles), worst first.
 */
import type { ParsedPage } from '../parse/types.js';

/** A page to review and why. */
export interface PageToReview {
  path: string;
  id: string;
  score: number;
  reasons: string[];
}

/** Text that is more than page furniture: a line of 8 letters or more no article took. */
const LOST_TEXT = /(?:[\p{L}\p{N}][^\p{L}\p{N}]*){8}/u;

/** The pages whose structure looks wrong, worst first (ties by path). */
export function pagesToReview(pages: readonly { path: string; id: string; parsed: ParsedPage }[]): PageToReview[] {
  const counts = pages.map((p) => p.parsed.articles.length).sort((a, b) => a - b);
  const usual = counts.length ? counts[counts.length >> 1]! : 0;
  const out: PageToReview[] = [];
  for (const p of pages) {
    const count = (code: string): number => p.parsed.warnings.filter((w) => w.code === code).length;
    const unassignedHeads = count('headline-unassigned');
    const inferred = count('headline-inferred');
    const lost = p.parsed.unassigned.filter((u) => LOST_TEXT.test(u.text)).length;
    const n = p.parsed.articles.length;
    // Note: only a page far from the archive's usual count is flagged; issues differ by a few articles.
    const off = pages.length >= 3 && Math.abs(n - usual) > Math.max(2, usual / 2) ? Math.abs(n - usual) : 0;
    const reasons: string[] = [];
    if (unassignedHeads) reasons.push(`${unassignedHeads} headline-unassigned`);
    if (inferred) reasons.push(`${inferred} headline-inferred`);
    if (lost) reasons.push(`${lost} unassigned lines`);
    if (off) reasons.push(`${n} articles (usual ${usual})`);
    if (!reasons.length) continue;
    out.push({ path: p.path, id: p.id, score: 3 * unassignedHeads + 2 * inferred + 2 * lost + off, reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The list as lines for the terminal, each with the command that shows the page. */
export function formatPagesToReview(list: readonly PageToReview[]): string {
  if (!list.length) return 'no page needs review: every headline found its article and no text was left over';
  return [
    `pages to review, worst first (${list.length}):`,
    ...list.map((p) => `  ${p.path}: ${p.reasons.join(', ')}  → baoku review ${p.id}`),
  ].join('\n');
}
