/**
 * A commentary's label: the kind of piece set small over its headline (短评, 评论员文章, 编者按, 记者手记). It is the
 * piece's kicker and says a new piece begins: a commentary on the report above shares its words, so the text
 * alone would read it as more of that report. OCR and text layers read the label on one line with the line of
 * the column beside it that stands level with it, at its start or its end, a space or more between.
 */
import type { RawLine } from './split-runs.js';

/** A commentary's label alone on a line (see the module's comment), its bracket or mark allowed. */
export const COMMENTARY_LABEL =
  /^[【〖［[■◆●]?\s*(?:本报)?(?:短评|时评|快评|微评|点评|述评|社评|热评|评论员文章|编者按|编后语?|编后记|记者手记|采访手记|记者观察)\s*[】〗］\]]?$/u;

/**
 * Returns the lines with a commentary's label run onto another column's line, at its start or its end, one
 * space or more between (短评 …屋瓦。 or …屋瓦。 短评), set on a line of its own after that line: the label
 * stands over its headline, which comes under both, and the other line goes on with its own text.
 */
export function splitCommentaryLabels(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const head = /^(\s*)(\S+)\s+(.*\S)\s*$/u.exec(line.raw);
    const tail = /^(.*\S)\s+(\S+)\s*$/u.exec(line.raw);
    if (head && COMMENTARY_LABEL.test(head[2]!) && enough(head[3]!))
      out.push({ ...line, raw: head[1]! + head[3]! }, { ...line, raw: head[2]! });
    else if (tail && COMMENTARY_LABEL.test(tail[2]!) && enough(tail[1]!))
      out.push({ ...line, raw: tail[1]! }, { ...line, raw: tail[2]! });
    else out.push(line);
  }
  return out;
}

/** The rest of the line is a line of text of its own: a few Han characters, not a title beside the label. */
const enough = (rest: string): boolean => (rest.match(/\p{sc=Han}/gu)?.length ?? 0) >= 5;
