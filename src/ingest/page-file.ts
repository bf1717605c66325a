/**
 * One page file from bytes to its parse: decode, check it can be a page, front matter, parse.
 */
import type { Diagnostic } from '../errors.js';
import { parseWithOwners } from '../parse/page.js';
import type { LineOwner } from '../parse/line-owners.js';
import { expectText } from '../text-node/words.js';
import type { Office, ParsedPage, ParseWarning } from '../parse/types.js';
import type { Constraints } from '../parse/structure.js';
import { checkPageText } from './content.js';
import { decodeText } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { pageId } from './page-ids.js';

/** What parsePageFile may be told besides the gazetteer. */
export interface PageFileOptions {
  /** The page's structure corrections, resolved against its text. */
  structure?: (page: { body: string; lineOffset: number }) => Constraints | undefined;
  /** The article ids' prefix (the page's id in the archive); by default the id of a page file of this name (page-ids.ts). */
  idPrefix?: string;
}

/**
 * Parses a page file's bytes; a file that is not a page throws a BuildError naming it (and the line).
 * With the parse come each printed line's article and part (for review).
 */
export function parsePageFile(
  bytes: Uint8Array,
  file: string,
  offices: readonly Office[],
  options: PageFileOptions = {},
): { page: ParsedPage; owners: LineOwner[]; text: string; diagnostics: Diagnostic[] } {
  const { text } = decodeText(bytes, file);
  checkPageText(text, file);
  const src = readFrontMatter(text, file);
  // One page: jieba loads its words only, not the whole dictionary.
  expectText(src.body);
  const constraints = options.structure?.(src);
  const { page, owners } = parseWithOwners(file, src.body, {
    meta: src.meta,
    lineOffset: src.lineOffset,
    offices,
    ...(constraints ? { constraints } : {}),
    idPrefix: options.idPrefix ?? pageId(file),
  });
  const warnings = warningDiagnostics(file, page.warnings);
  return { page, owners, text, diagnostics: [...src.diagnostics, ...warnings] };
}

/** A parse's warnings as diagnostics of the page file `file` (their lines are the file's). */
export function warningDiagnostics(file: string, warnings: readonly ParseWarning[]): Diagnostic[] {
  return warnings.map((w) => ({
    file,
    line: w.line,
    column: 1,
    severity: 'warning',
    rule: w.code,
    message: w.message,
  }));
}
