/**
 * Columns read across (see column-split.ts): a column's last lines left alone under its band. Where one
 * column runs a line or two longer than the others, OCR reads those lines as lines of their own, set at the
 * line's start whichever column they are in; they go on in the one column the band leaves open.
 */
import { endsSentence } from '../text/chars.js';
import { breaksBand, hanCount, textRuns, widthOf, type Row } from './column-bands.js';
import { REPORTER_ROLE } from './credit-roles.js';
import { wordAcross } from './reading-chains.js';
import type { RawLine } from './split-runs.js';

/** A credit in brackets closes a story as a sentence's end does (（记者 王一 通讯员 李二）). */
const CREDIT_END = /[)）]\s*$/u;
/** A line that opens a story (a dateline, a credit): the story under the band, not a column's last line. */
const OPENS_STORY = new RegExp(`^\\s*(?:本报|新华社|[（(〈【]?\\s*${REPORTER_ROLE})`, 'u');
/** How many lines a column may run longer than the others. */
const MOST = 2;

/** One piece of running text (no gap in it) that opens no story: maybe a column's last line. */
function mayTail(row: Row | undefined): row is Row {
  if (!row?.pieces.length || textRuns(row.pieces).length !== 1 || hanCount(row.raw) < 2) return false;
  return !OPENS_STORY.test(row.raw) && !/^\s{2,}/u.test(row.raw);
}

/**
 * The lines right under a band that may be one column's last lines: one ending a sentence (as ever), or up to
 * two lines of running text followed by a blank line, a line of no text or the page's end (more lines are a
 * block of their own, which the reading-order pass places). Under a band `spaced` with a blank line between
 * its rows (--psm 4 on some pages), each such line comes after a blank line too.
 */
export function tailRows(rows: readonly Row[], after: number, spaced = false): Row[] {
  const below: Row[] = [];
  for (let i = after + 1; i < rows.length && below.length <= MOST; i++) {
    // (Under a band OCR set a blank line after each row of, the rows under it come after one too.)
    if (spaced && !rows[i]!.pieces.length && rows[i + 1]?.pieces.length) continue;
    below.push(rows[i]!);
  }
  const out: Row[] = [];
  while (out.length < MOST && mayTail(below[out.length])) out.push(below[out.length]!);
  const next = below[out.length];
  const closed = !next?.pieces.length || (breaksBand(next) && !mayTail(next));
  if (closed && out.length) return out;
  const first = out[0];
  return first && !breaksBand(first) && endsSentence(first.raw) ? [first] : [];
}

/**
 * The band's columns with the lone last lines put at the end of the column whose text is left open (its last
 * line ends no sentence and no credit), when they fit its measure and a line without a mark of a sentence fills
 * most of it (a headline is shorter): the one open column, or of several the one whose text reads on into the
 * lines by a word of the dictionary. False when none takes them (they stay after the band where OCR set them).
 */
export function placeTail(tail: readonly Row[], cols: RawLine[][], measure: number): boolean {
  const texts = tail.map((r) => r.raw.trim());
  if (texts.some((t) => widthOf(t) > 1.1 * measure || (breaksBand({ raw: t } as Row) && widthOf(t) < 0.7 * measure)))
    return false;
  const open = cols.filter((c) => {
    const last = c.at(-1)?.raw ?? '';
    return last !== '' && !endsSentence(last) && !CREDIT_END.test(last);
  });
  const reads = open.filter((c) => wordAcross(c.at(-1)!.raw.trim(), texts[0]!) >= 2);
  const col = open.length === 1 ? open[0] : reads.length === 1 ? reads[0] : undefined;
  if (!col) return false;
  col.push(...tail.map((r, i) => ({ index: r.index, raw: texts[i]! })));
  return true;
}
