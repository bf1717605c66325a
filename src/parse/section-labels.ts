/**
 * A section's label: the generic name of a column of short items set over them (■简讯, 图片新闻, 新闻速递, and a
 * column's own: 镇村快讯, 城事简讯). Page furniture like the page number, never a headline of any one item; a
 * PDF text layer reads it on one line with the line of the next column that stands level with it.
 */
import type { RawLine } from './split-runs.js';

/** A section's label alone on a line (see the module's comment). */
export const SECTION_LABEL =
  /^[●■◆★□◎]?\s*(?:本版|\p{sc=Han}{1,4})?(?:简讯|快讯|短讯|简报|快报|播报|速递|速览|集锦|图片新闻|一句话新闻)$/u;

/**
 * Returns the lines with a section's label that pdftotext set on one line with another column's line, at
 * its start or its end, one space or more between (东湖公园新添百米花廊 新闻速递), on a line of its own: first
 * when it came first. The rest keeps its line (a headline there then reads as the headline it is). OCR reads
 * the label between the headlines of the columns on either side (办事只进一扇门   简讯   县职教中心摘金):
 * each of the three goes on a line of its own, in order.
 */
export function splitLabelPieces(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    // (Between two heads, wide gaps on both sides: the label of the column between two others' headlines.)
    // (Each run of spaces is taken whole, (?=(\s{2,}))\2, and the first head ends on a mark: a long run is read
    // once, not once for each place it could split at. The other two read the line without its trailing spaces.)
    const mid = /^(\s*\S(?:.*?\S)??)(?=(\s{2,}))\2(\S+)(?=(\s{2,}))\4(\S.*)$/u.exec(line.raw);
    if (mid && SECTION_LABEL.test(mid[3]!) && enough(mid[1]!) && enough(mid[5]!)) {
      out.push({ ...line, raw: mid[1]! }, { ...line, raw: mid[3]! }, { ...line, raw: mid[5]! });
      continue;
    }
    const trimmed = line.raw.trimEnd();
    const m = /^(\s*)(\S+)(\s+)(.*\S)$/u.exec(trimmed);
    const tail = m ? /^(.*\S)\s+(\S+)$/u.exec(trimmed) : null;
    if (m && SECTION_LABEL.test(m[2]!) && enough(m[4]!)) {
      out.push({ ...line, raw: m[1]! + m[2]! }, { ...line, raw: m[4]! });
    } else if (tail && SECTION_LABEL.test(tail[2]!) && enough(tail[1]!)) {
      out.push({ ...line, raw: tail[1]! }, { ...line, raw: tail[2]! });
    } else out.push({ ...line });
  }
  return out;
}

/** The rest of the line is a line of text of its own: a few Han characters (not one more word of a label). */
const enough = (rest: string): boolean => (rest.match(/\p{sc=Han}/gu)?.length ?? 0) >= 5;
