/**
 * A commentary's label, set alone over its headline: 短评, 快评, 时评, 评论员文章, 社论, 编辑部文章, 今日谈, 记者手记.
 * A label opens a piece of its own, however close its subject to the piece before (an opinion page's pieces share
 * their words, a commentary those of the report it follows): no feature sets it as an in-body subhead. OCR and
 * text layers read it on one line with the line of the column beside it that stands level with it.
 */
import type { RawLine } from './split-runs.js';

/** The words papers label commentaries with, a mark (■, 【】) or the paper's 本报 allowed around them. */
const COMMENTARY_LABEL =
  /^[■□●◆【〖［[]?\s*(?:本报)?(?:短评|快评|时评|微评|热评|锐评|简评|述评|点评|社评|社论|评论员文章|特约评论员文章|编辑部文章|今日谈|一周评|记者手记|采访手记)\s*[】〗］\]]?$/u;

/** True when a lone line is a commentary's label (see the module's comment). */
export function isCommentaryLabel(text: string): boolean {
  return COMMENTARY_LABEL.test(text.replace(/\s+/gu, ''));
}

/**
 * Returns the lines with a commentary's label run onto another column's line, at its start or its end, one
 * space or more between (短评 …屋瓦。 or …屋瓦。 短评), set on a line of its own after that line: the label
 * stands over its headline, which comes under both, and the other line goes on with its own text.
 */
export function splitCommentaryLabels(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    // (Read without its trailing spaces: a long run of them is no place to try each split at.)
    const trimmed = line.raw.trimEnd();
    const head = /^(\s*)(\S+)\s+(.*\S)$/u.exec(trimmed);
    const tail = /^(.*\S)\s+(\S+)$/u.exec(trimmed);
    if (head && isCommentaryLabel(head[2]!) && enough(head[3]!))
      out.push({ ...line, raw: head[1]! + head[3]! }, { ...line, raw: head[2]! });
    else if (tail && isCommentaryLabel(tail[2]!) && enough(tail[1]!))
      out.push({ ...line, raw: tail[1]! }, { ...line, raw: tail[2]! });
    else out.push(line);
  }
  return out;
}

/** The rest of the line is a line of text of its own: a few Han characters, not a title beside the label. */
const enough = (rest: string): boolean => (rest.match(/\p{sc=Han}/gu)?.length ?? 0) >= 5;
