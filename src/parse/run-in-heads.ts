/**
 * Run-in heads: the bold lead phrase that opens a paragraph (压实责任，守好安全底线。). Text alone shows
 * them by their parallel form: short, of one or two clauses, and repeated across the article's paragraphs,
 * or repeated as a pull quote.
 */

const LEAD = /^[^。！？]{2,24}。/u;

interface Candidate {
  index: number;
  head: string;
  clauses: number;
}

/** The run-in head of each paragraph (or null), given the page's pull quotes. */
export function findRunInHeads(paragraphs: readonly string[], pullQuotes: readonly string[]): (string | null)[] {
  const quotes = new Set(pullQuotes.map(bare));
  const candidates: Candidate[] = [];
  paragraphs.forEach((p, index) => {
    const m = LEAD.exec(p);
    if (!m || m[0].length >= p.length) return;
    const head = m[0];
    if (/^[“‘「『"']/u.test(head) || /\d/u.test(head)) return;
    const clauses = head.slice(0, -1).split(/[，,：:]/u);
    const sizes = clauses.map((c) => c.replace(/[“”‘’「」『』"']/gu, '').length);
    if (clauses.length > 2 || sizes.some((s) => s < 2 || s > 9)) return;
    candidates.push({ index, head, clauses: clauses.length });
  });
  const out: (string | null)[] = paragraphs.map(() => null);
  for (const c of candidates) {
    const parallel = candidates.filter((d) => d.clauses === c.clauses).length >= 2;
    if (parallel || quotes.has(bare(c.head))) out[c.index] = c.head;
  }
  return out;
}

/** A phrase without whitespace and closing punctuation, for comparing a pull quote with a run-in head. */
export function bare(text: string): string {
  return text.replace(/\s/gu, '').replace(/[。！？，、；：.!?]+$/u, '');
}
