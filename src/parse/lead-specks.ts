/**
 * Pre-pass: a character of another line run into a dateline. A text layer sets the last character of a
 * headline wrapped onto a line of its own (or a character of the line beside it) right before the text under
 * it, and pdftotext runs it into that text's first line: `务本报讯（记者 …）3月…`. No dateline has a character
 * before 本报, and hidden so, the article it opens is read as the text of the one before it.
 */
import { CREDIT_ROLE } from './credit-roles.js';
import { wordAcross } from './reading-chains.js';
import type { RawLine } from './split-runs.js';

/**
 * One or two Han characters, then the paper's own dateline (本报讯, 本报北京5月1日电) with its credit or its
 * text set apart after it: `（记者…`, ` 记者…`. (Not 据本报讯: a source credit says 据 with a space or not at all.)
 */
const SPECK_THEN_DATELINE = new RegExp(
  `^(\\s*)(\\p{sc=Han}{1,2})(本报[^\\d讯电，。（(\\s]{0,6}?(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*[讯电](?:\\s*[（(〈【]|\\s+${CREDIT_ROLE}|\\s).*)$`,
  'u',
);

/**
 * Returns the lines with each character run into a dateline set apart again: on the line before it when a
 * word of the dictionary reads on across (…居家养老服 / 务), else on a line of its own right after that line
 * (a headline's last character wrapped: 百米花 / 廊); the dateline opens its line again.
 */
export function splitLeadSpecks(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const m = SPECK_THEN_DATELINE.exec(line.raw);
    if (!m || m[2] === '据') {
      out.push({ ...line });
      continue;
    }
    const [, indent, speck, rest] = m as unknown as [string, string, string, string];
    const prev = out.at(-1);
    if (prev && prev.raw.trim() && !prev.stray && wordAcross(prev.raw.trim(), speck + rest) >= 2)
      prev.raw = `${prev.raw.trimEnd()}${speck}`;
    else out.push({ index: line.index, raw: speck });
    out.push({ ...line, raw: indent + rest });
  }
  return out;
}
