/**
 * One page file from bytes to its parse: decode, check it can be a page, front matter, parse.
 */
import type { Diagnostic } from '../errors.js';
import { parsePage } from '../parse/page.js';
import { expectText } from '../text/segment.js';
import type { Office, ParsedPage } from '../parse/types.js';
import type { Constraints } from '../parse/structure.js';
import { checkPageText } from './content.js';
import { decodeText } from './decode.js';
import { readFrontMatter } from './front-matter.js';

/**
 * Parses a page file's bytes; a file that is not a page throws a BuildError naming it (and the line).
 * `structure` gives the page's structure corrections, resolved against its text.
 */
export function parsePageFile(bytes: Uint8Array, file: string, offices: readonly Office[], structure?: (page: { body: string; lineOffset: number }) => Constraints | undefined): { page: ParsedPage; diagnostics: Diagnostic[] } {
  const { text } = decodeText(bytes, file);
  checkPageText(text, file);
  const src = readFrontMatter(text, file);
  // One page: jieba loads its words only, not the whole dictionary.
  expectText(src.body);
  const constraints = structure?.(src);
  const page = parsePage(file, src.body, { meta: src.meta, lineOffset: src.lineOffset, offices, ...(constraints ? { constraints } : {}) });
  const warnings = page.warnings.map((w): Diagnostic => ({ file, line: w.line, column: 1, severity: 'warning', rule: w.code, message: w.message }));
  return { page, diagnostics: [...src.diagnostics, ...warnings] };
}
