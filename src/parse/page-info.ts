/**
 * Stage: the page's own fields (name, date), and the conservation check over the whole parse.
 */
import { wordCharBalance } from '../text/chars.js';
import type { PageMeta } from './types.js';
import { inferDate, printedDate } from './date.js';
import type { Line } from './lines.js';
import type { ParsedPage, ParseWarning, Unassigned } from './types.js';

/** The page's own fields: its name (in any script) from the masthead, its date from front matter, its date line or its text. */
export function readPageInfo(
  masthead: Line[],
  lines: Line[],
  meta: PageMeta,
  warnings: ParseWarning[],
  unassigned: Unassigned[],
): ParsedPage['page'] {
  let nameLatin: string | null = null;
  let name: string | null = null;
  for (const l of masthead) {
    // (A capital OCR misread as a digit, 9UXI RIBAO, leaves the line Latin; the Han name may stand beside it.)
    const [, latin, han] = /^([A-Za-z\d ]*[A-Za-z]{2}[A-Za-z\d ]*?)\s*(\p{sc=Han}*)$/u.exec(l.text) ?? [];
    if (latin && nameLatin === null && (!han || name === null)) {
      nameLatin = latin;
      if (han) name = han;
    } else if (name === null) name = l.text;
    else unassigned.push({ line: l.n, text: l.text });
  }
  let date = meta.date ?? null;
  let dateInferred = false;
  // A date printed as the page's own (its date line) is its date, not a guess.
  if (!date)
    date =
      lines
        .filter((l) => l.role === 'folio')
        .map((l) => printedDate(l.text))
        .find(Boolean) ?? null;
  if (!date) {
    const inferred = inferDate(lines);
    if (inferred) {
      date = inferred.date;
      dateInferred = true;
      warnings.push({
        line: inferred.line,
        code: 'date-inferred',
        message: `no date in front matter; the text mentions ${inferred.date} at the latest, so the page is dated "not before" then`,
      });
    } else {
      warnings.push({ line: 1, code: 'date-missing', message: 'no date in front matter and none in the text' });
    }
  }
  return {
    name,
    pageName: meta.pageName ?? null,
    nameLatin,
    date,
    dateInferred,
    paper: meta.paper ?? null,
    issue: meta.issue ?? null,
    pageNumber: meta.pageNumber ?? null,
  };
}

/** The contract's rule: every letter and digit of the page appears exactly once in the output. */
export function checkConservation(lines: readonly Line[], page: ParsedPage): void {
  const { lost, invented } = wordCharBalance(lines.map((l) => l.raw).join('\n'), outputText(page));
  if (lost || invented) {
    page.warnings.push({
      line: 1,
      code: 'conservation',
      message: `parser bug: ${lost} characters lost, ${invented} invented`,
    });
  }
}

/** All the text fields the conservation rule counts. */
export function outputText(page: ParsedPage): string {
  const parts: (string | null)[] = [page.page.name, page.page.nameLatin];
  for (const a of page.articles) {
    parts.push(
      a.headline,
      a.kicker,
      a.subhead,
      a.dateline,
      a.byline,
      a.signature,
      ...a.paragraphs,
      ...a.pullQuotes,
      ...a.captions.map((c) => c.text),
    );
  }
  parts.push(...page.unassigned.map((u) => u.text));
  return parts.filter((p) => p !== null).join('\n');
}
