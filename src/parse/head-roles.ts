/**
 * The roles of the lines of one printed headline block once it is matched to its article: which line is the
 * 引题 (kicker), which the headline, which the 副题 (subhead). A page sets the headline largest; its text
 * shows only the lines' forms, and newspapers follow a few conventions in them: a kicker is short (a theme,
 * two parallel phrases), the headline says what happened, a 副题 explains under it (numbers, a dash, a longer
 * clause, the kind of piece: …见闻, …探访).
 */

/** The roles read off a block's lines (each a list of lines, top to bottom). */
export interface BlockRoles {
  kicker: string[];
  headline: string[];
  subhead: string[];
}

/** Characters a line prints, spaces aside. */
const size = (t: string): number => t.replace(/\s/gu, '').length;

/**
 * A 副题's opening dash, as printed (——) or as OCR and text layers read it: one dash, two hyphens, or two
 * 一 (the dash's strokes read as the numeral; no headline block's line opens with 一一 otherwise), also before
 * a word that opens with 一 (一一一个…: ——一个…).
 */
const DASH_OPEN = /^\s*(?:—{1,2}|―{1,2}|一一(?!一一)|-{2}|－{1,2})/u;

/** Whether a head line opens with a 副题's dash (see DASH_OPEN). */
export const opensWithDash = (text: string): boolean => DASH_OPEN.test(text);

/** Marks a kicker, a wrapped headline or a sentence carry, which the rules here leave to the others. */
const MARKED = /——$|[，,、；;：:。]/u;

/** A 副题 that names the kind of piece under the headline (…节前探访, …增收见闻, …发展纪实). */
export const PIECE_KIND = /(?:探访|走访|见闻|纪实|侧记|速写|扫描|调查|综述|巡礼|札记|手记|故事)$/u;

/** A theme a kicker announces (聚焦…, 关注…): no headline of a report opens so. */
const THEME = /^(?:聚焦|关注|直击|喜迎|决胜|奋进)/u;

/** A count: digits, or a Chinese number with its measure word (三百余只, 两万亩): what a 副题 tells. */
const COUNT =
  /\d|[一二两三四五六七八九十百千万亿]+[余多]?(?:个|种|项|名|人|户|家|所|座|条|只|头|公里|米|吨|亩|元|次|年|天|件|块|辆|处)/u;

/** Two phrases of about the same length set apart by a space, no mark between: a couplet (优化营商环境 激发市场活力). */
export function parallelPhrases(raw: string): boolean {
  const parts = raw.trim().split(/\s+/u);
  if (parts.length !== 2 || !parts.every((p) => /^\p{sc=Han}{3,8}$/u.test(p))) return false;
  return Math.abs(parts[0]!.length - parts[1]!.length) <= 2;
}

/** Whether `below`, right under the headline `above`, reads as its 副题: it explains rather than goes on. */
function explains(above: string, below: string, belowRaw: string): boolean {
  return (
    COUNT.test(below) ||
    PIECE_KIND.test(below) ||
    parallelPhrases(belowRaw) ||
    /[，,]/u.test(below) ||
    size(below) >= size(above) - 2
  );
}

/**
 * Whether a head line runs on into the short line under it, one headline a column broke (菜价为何“涨得这么 /
 * 快”？): it leaves a quotation or a bracket open, or the line under holds only the last few characters of a
 * long line (a 引题 is short, and the headline under it no stub of two or three characters).
 */
export function wrapsInto(above: string, below: string): boolean {
  const count = (t: string, re: RegExp): number => t.match(re)?.length ?? 0;
  const open =
    count(above, /“/gu) > count(above, /”/gu) ||
    count(above, /《/gu) > count(above, /》/gu) ||
    count(above, /[（(]/gu) > count(above, /[）)]/gu) ||
    count(above, /"/gu) % 2 === 1;
  const chars = (t: string): number => t.replace(/[\s\p{P}]/gu, '').length;
  return open || (chars(below) <= 3 && chars(above) >= 8);
}

/**
 * Roles for a block of two or three unmarked lines (no office label, no dash, no bracketed column), or null
 * to leave it to the general rules (see head-units.ts). `texts` are the lines' cleaned text, `raws` as
 * printed (the space between a couplet's halves is kept there).
 */
export function blockRoles(texts: readonly string[], raws: readonly string[]): BlockRoles | null {
  if (texts.some((t) => MARKED.test(t) || opensWithDash(t))) return null;
  const [a, b, c] = texts as [string, string, string | undefined];
  // A headline a narrow column broke (…“共享 / 书房”) is one line of the block: its stub is no 副题.
  if (texts.length === 2 && wrapsInto(a, b)) return { kicker: [], headline: [a, b], subhead: [] };
  if (texts.length === 3 && c !== undefined && wrapsInto(b, c)) {
    const two = blockRoles([a, b + c], [raws[0]!, raws[1]! + raws[2]!]);
    return two?.kicker.length ? { ...two, headline: [b, c] } : { kicker: [], headline: [a, b, c], subhead: [] };
  }
  if (texts.length === 2) {
    // A couplet over a 副题 as long as it that names the kind of piece (菜价平稳 供应充足 / 城区农贸市场节前
    // 探访) is the headline: readers see two lines, not one long headline. Over any other line it is that
    // line's 引题 (乡村振兴 一线见闻 / …), as the general rules read it.
    if (parallelPhrases(raws[0]!))
      return PIECE_KIND.test(b) && size(b) < 1.3 * size(a) ? { kicker: [], headline: [a], subhead: [b] } : null;
    // A short line over a somewhat longer one that says what happened (“夜间经济”升温 / 某镇老街夜市客流翻番):
    // a headline breaks where its first line is full, so the first is the kicker. A 副题 is longer still,
    // or gives the figures or the kind of piece.
    const clearlyLonger = size(b) >= size(a) + 2;
    if (
      clearlyLonger &&
      size(a) <= 9 &&
      !COUNT.test(a) &&
      !COUNT.test(b) &&
      !PIECE_KIND.test(b) &&
      (size(b) <= 1.5 * size(a) || THEME.test(a))
    )
      return { kicker: [a], headline: [b], subhead: [] };
    return null;
  }
  if (texts.length === 3 && c !== undefined) {
    // Two short lines over a clearly longer one are a 引题 set on two lines (稳步推进 / 冬季保供 / 某县储备蔬菜
    // 二十万吨), not a headline: a headline is the block's largest line.
    const short = Math.max(size(a), size(b));
    if (short <= 8 && !COUNT.test(a + b) && size(c) >= Math.max(8, 1.4 * short))
      return { kicker: [a, b], headline: [c], subhead: [] };
    // 引题, headline, 副题: the first line shorter than the headline under it, the last explaining it.
    if (size(a) < size(b) && explains(b, c, raws[2]!)) return { kicker: [a], headline: [b], subhead: [c] };
  }
  return null;
}

/**
 * A 引题 on two lines whose second an export ran onto the headline's line, a space between them (稳步推进 /
 * 冬季保供 某县储备蔬菜二十万吨): the piece before the space as short as the first line, the rest clearly longer.
 */
export function gluedKicker(first: string, secondRaw: string): BlockRoles | null {
  const parts = secondRaw.trim().split(/\s+/u);
  if (parts.length !== 2) return null;
  const [piece, rest] = parts as [string, string];
  if (!/^\p{sc=Han}{2,8}$/u.test(first) || !/^\p{sc=Han}{2,8}$/u.test(piece)) return null;
  if (Math.abs(size(piece) - size(first)) > 2 || size(rest) < 1.4 * Math.max(size(first), size(piece))) return null;
  return { kicker: [first, piece], headline: [rest], subhead: [] };
}
