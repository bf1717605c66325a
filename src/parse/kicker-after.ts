/**
 * A kicker (引题) a PDF text layer set after its headline. pdftotext orders a head block by its own reading of
 * the type, and a kicker set small over a headline set large often comes out on the line right after the
 * headline (`跨河大桥建成通车` / `两岸村民盼了八年`), where OCR and a reading-order export give it first. A 副题
 * explains under the headline (figures, a dash, a longer clause), and a headline a box broke over two lines
 * leaves a short stub or a line about as long as its first; a kicker is a phrase clearly shorter than the
 * headline over it, with no figures in it. Asked only of a text layer's head blocks (see text-layer.ts).
 */
import type { BlockRoles } from './head-roles.js';
import { opensWithDash, parallelPhrases, PIECE_KIND, wrapsInto } from './head-roles.js';

/** Characters a line prints, spaces aside. */
const size = (t: string): number => t.replace(/\s/gu, '').length;

/** A count: digits, or a Chinese number with its measure word (三百余户): what a 副题 tells, never a kicker. */
const COUNT =
  /\d|[一二两三四五六七八九十百千万亿]+[余多]?(?:个|种|项|名|人|户|家|所|座|条|只|公里|米|吨|亩|元|次|天|件|辆|处)/u;

/** Marks of a sentence or of a line that runs on, which no kicker or headline of this rule carries. */
const MARKED = /[，,、；;：:。！!？?]|——$/u;

/** The least a headline takes for a shorter line under it to be read as its kicker: shorter ones break in boxes. */
const HEADLINE_MIN = 8;

/**
 * The most a headline over a kicker of one phrase takes: a longer line fills its box, and the short line under
 * it is more often the rest of a headline the box broke (…在省青少年科技创新 / 大赛中获佳绩).
 */
const HEADLINE_MAX = 14;

/**
 * The least a kicker with no 副题 under it takes: a clause of its own. A shorter line is as often the
 * predicate a box broke off the headline (`…改造工程` / `全面启动`), which no word across the join shows.
 */
const LONE_KICKER_MIN = 6;

/** How long a kicker may be against the headline over it (a headline's second line runs about as long). */
const KICKER_SHARE = 0.75;

/** Whether `line` reads as a kicker set after the headline `head`: a phrase clearly shorter, no figures. */
function kickerUnder(head: string, line: string, raw: string): boolean {
  if (MARKED.test(head) || MARKED.test(line) || opensWithDash(line) || COUNT.test(line)) return false;
  if (PIECE_KIND.test(line) || wrapsInto(head, line)) return false;
  const couplet = parallelPhrases(raw);
  if (size(head) < HEADLINE_MIN || size(line) < 4) return false;
  return couplet || (size(head) <= HEADLINE_MAX && size(line) <= KICKER_SHARE * size(head));
}

/** Whether `line`, under a headline and its kicker, explains the headline as a 副题 does. */
function explainsUnder(head: string, line: string): boolean {
  return opensWithDash(line) || COUNT.test(line) || /[，,]/u.test(line) || size(line) >= size(head);
}

/**
 * Roles for a text layer's head block read headline first, its kicker right under it with no blank line
 * between, then perhaps its 副题 (`texts` cleaned, `raws` as printed, `apart` whether a blank line stands
 * before each line), or null when the block does not read so.
 */
export function kickerAfter(
  texts: readonly string[],
  raws: readonly string[],
  apart: readonly boolean[],
): BlockRoles | null {
  if (texts.length < 2 || texts.length > 3 || apart[1]) return null;
  const [head, kicker, sub] = texts as [string, string, string | undefined];
  if (!kickerUnder(head, kicker, raws[1]!)) return null;
  if (sub === undefined && size(kicker) < LONE_KICKER_MIN) return null;
  if (sub !== undefined && !explainsUnder(head, sub)) return null;
  return { kicker: [kicker], headline: [head], subhead: sub === undefined ? [] : [sub] };
}
