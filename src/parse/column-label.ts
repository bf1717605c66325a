/**
 * A column's label or a section's name set over a story's head block (短评, 乡村, 民生关注; 新闻 at a page's
 * top that an export read into the first head block): two to four characters, no mark, over a line at least
 * twice as long. It is no headline: the block under it reads as it would without it, and the label goes
 * with its kicker (the contract's "label printed above the headline").
 */
import { joinLines } from '../text/spacing.js';
import { opensWithDash } from './head-roles.js';

/** A head block's roles, as head-units.ts reads them. */
export interface LabelledRoles {
  kicker: string | null;
  headline: string | null;
  subhead: string | null;
}

/** A label's form: two to four Han characters, perhaps two words set apart by a space or a middle dot. */
const LABEL = /^\p{sc=Han}{1,2}[\s·]?\p{sc=Han}{1,2}$/u;

const size = (t: string): number => t.replace(/[\s·]/gu, '').length;

/** A line of body text: two clauses' marks or more, or a clause in a line longer than a headline's. */
function bodyLike(t: string): boolean {
  const marks = (t.match(/[，,、]/gu) ?? []).length;
  return marks >= 2 || (marks === 1 && size(t) > 16);
}

/** Whether the first of a block's lines is a column label over the rest (see above). */
export function isColumnLabel(texts: readonly string[]): boolean {
  const [label, next] = texts;
  if (label === undefined || next === undefined || !LABEL.test(label.trim())) return false;
  // (Nor over a 副题 alone, its dash opening the line: a short headline stands over it, 窑火重燃 / ——…之路.)
  if (texts.length === 2 && opensWithDash(next)) return false;
  // (Not over a line of body text the block took in: a head line ends no sentence inside it, and breaks at one
  // comma at most (路通了，更要把服务跟上), unless a dashed 副题 explains at length.)
  if (texts.slice(1).some((t) => /[。；;]/u.test(t) || (!/^——/u.test(t) && bodyLike(t)))) return false;
  return size(next) >= 2 * size(label);
}

/**
 * The roles of a block under a column label: the label added to the rest's kicker. When the rest is two
 * lines the export printed apart that the general rules read as one headline, the first is the kicker: a
 * headline broken over two lines is one printed block, a 引题 a block of its own.
 */
export function withLabel(
  label: string,
  rest: LabelledRoles,
  restLines: readonly { text: string; blankBefore: boolean }[],
): LabelledRoles {
  if (rest.kicker === null && rest.subhead === null && restLines.length === 2 && restLines[1]!.blankBefore)
    return { kicker: joinLines([label, restLines[0]!.text]), headline: restLines[1]!.text, subhead: null };
  const kicker = joinLines(rest.kicker === null ? [label] : [label, rest.kicker]);
  return { kicker, headline: rest.headline, subhead: rest.subhead };
}
