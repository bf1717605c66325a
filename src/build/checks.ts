/**
 * The build's steps between the parse and the model that an editor hears of: corrections applied (one that
 * changes nothing is a warning), and two pages given the same number in one issue (a warning).
 */
import type { Diagnostic } from '../errors.js';
import { applyCorrections, type Correction } from '../site/corrections.js';
import type { Archive, ParsedInput } from '../site/model.js';

/** The pages with the editors' corrections applied over their articles; warns of corrections that change nothing. */
export function correctArticles(
  parsed: readonly ParsedInput[],
  corrections: readonly Correction[],
  diagnostics: Diagnostic[],
): ParsedInput[] {
  const unedited = (c: Correction): void => {
    diagnostics.push({
      file: c.file,
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'correction-unchanged',
      message: `changes nothing in article ${c.id}, which is published as parsed: edit the fields or the body (or delete the file)`,
    });
  };
  const corrected = new Map(
    applyCorrections(
      parsed.flatMap((i) => i.parsed.articles),
      corrections,
      unedited,
    ).map((a) => [a.id, a]),
  );
  return parsed.map((i) => ({
    ...i,
    parsed: { ...i.parsed, articles: i.parsed.articles.map((a) => corrected.get(a.id)!) },
  }));
}

/** A warning for each page that another page of its issue has the number of. */
export function duplicatePages(archive: Archive): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of archive.issues) {
    const seen = new Map<number, string>();
    for (const p of issue.pages) {
      const other = seen.get(p.pageNumber);
      if (other)
        out.push({
          file: p.path,
          line: 1,
          column: 1,
          severity: 'warning',
          rule: 'duplicate-page',
          message: `${other} is also page ${p.pageNumber} of the issue of ${issue.date ?? 'unknown date'}; give one of them another pageNumber`,
        });
      seen.set(p.pageNumber, p.path);
    }
  }
  return out;
}
