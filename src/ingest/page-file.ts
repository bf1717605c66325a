/**
 * One page file from bytes to its parse: decode, check it can be a page, front matter, parse.
 */
import type { Diagnostic } from '../errors.js';
import { parsePage } from '../parse/page.js';
import { expectText } from '../text/segment.js';
import type { Office, ParsedPage } from '../parse/types.js';
import { checkPageText } from './content.js';
import { decodeText } from './decode.js';
import { readFrontMatter } from './front-matter.js';
import { pageId } from './page-ids.js';

/** Parses a page file's bytes (its article ids start with `id`); a file that is not a page throws a BuildError naming it (and the line). */
export function parsePageFile(bytes: Uint8Array, file: string, offices: readonly Office[], id = pageId(file)): { page: ParsedPage; diagnostics: Diagnostic[] } {
  const { text } = decodeText(bytes, file);
  checkPageText(text, file);
  const src = readFrontMatter(text, file);
  // One page: jieba loads its words only, not the whole dictionary.
  expectText(src.body);
  const page = parsePage(file, src.body, { meta: src.meta, lineOffset: src.lineOffset, offices, idPrefix: id });
  const warnings = page.warnings.map((w): Diagnostic => ({ file, line: w.line, column: 1, severity: 'warning', rule: w.code, message: w.message }));
  return { page, diagnostics: [...src.diagnostics, ...warnings] };
}
