/**
 * Head lines into units: a printed headline block is an optional kicker (引题), the headline, an optional
 * subhead (副题), told apart by their form (an office's label, a leading dash, sizes).
 */
import { joinLines } from '../text/spacing.js';
import { isKickerLike, OFFICE_LABEL } from './article-breaks.js';
import { isColumnLabel, withLabel } from './column-label.js';
import { blockRoles, gluedKicker, opensWithDash, parallelPhrases, wrapsInto, type BlockRoles } from './head-roles.js';
import { kickerAfter } from './kicker-after.js';
import { isTopSection } from './section-top.js';
import { isUnitName } from './office.js';
import type { HeadLine } from './segment-articles.js';

/** A printed headline block: optional kicker, headline lines, optional subhead. */
export interface HeadUnit {
  lines: HeadLine[];
  kicker: string | null;
  headline: string | null;
  subhead: string | null;
}

/** Splits head lines into units: a kicker starts a unit; other lines join the previous one when `joined`. */
export function buildUnits(
  heads: readonly HeadLine[],
  joined: ReadonlySet<number>,
  officeNames: ReadonlySet<string>,
): HeadUnit[] {
  const groups: HeadLine[][] = [];
  heads.forEach((h, i) => {
    const prev = heads[i - 1];
    const prevIsBareKicker =
      prev !== undefined &&
      prev.group === h.group &&
      isKickerLike(prev.line.text, officeNames) &&
      groups.at(-1)!.length === 1;
    const dashSubhead = prev !== undefined && prev.group === h.group && opensWithDash(h.line.text);
    if (i > 0 && (joined.has(i) || prevIsBareKicker || dashSubhead) && !isKickerLike(h.line.text, officeNames))
      groups.at(-1)!.push(h);
    else groups.push([h]);
  });
  return groups.map((lines) => toUnit(lines, officeNames));
}

/**
 * One unit of head lines: kicker, headline and subhead read off the lines' forms. `couplet`: the units are
 * matched (see headlines.ts); `textLayer`: the page is a PDF text layer, which may set a kicker after its headline.
 */
export function toUnit(
  lines: HeadLine[],
  officeNames: ReadonlySet<string>,
  couplet = false,
  textLayer = false,
): HeadUnit {
  const texts = lines.map((h) => h.line.text);
  const set = exportRoles(lines, couplet, textLayer);
  if (set) return { lines, ...joinRoles(set) };
  if (labelFirst(texts, officeNames)) {
    const rest = lines.slice(1);
    return {
      lines,
      ...withLabel(
        texts[0]!,
        toUnit(rest, officeNames, couplet, textLayer),
        rest.map((h) => ({ text: h.line.text, blankBefore: h.blankBefore })),
      ),
    };
  }
  let kicker: string | null = null;
  if (texts.length > 1 && isKickerLike(texts[0]!, officeNames)) kicker = texts.shift()!;
  else if (texts.length === 1 && loneKicker(texts[0]!, officeNames)) kicker = texts.shift()!;
  let subhead: string | null = null;
  // A 副题 opens with a dash: the line above it is the headline, and any line above that its 引题.
  // (Unless the headline is the last two lines over the dash, a narrow column having broken it: see wrapsInto.)
  const dash = texts.findIndex((t, i) => i >= 2 && opensWithDash(t));
  if (dash >= 2 && kicker === null) {
    let start = headlineStart(lines, dash);
    if (start === dash - 1 && wrapsInto(texts[dash - 2]!, texts[dash - 1]!)) start = dash - 2;
    if (start > 0) kicker = joinLines(texts.splice(0, start));
    // (The dash line and what follows it are the 副题, however many lines the headline took.)
    if (dash - start >= 2)
      return { lines, kicker, headline: joinLines(texts.splice(0, dash - start)), subhead: joinLines(texts) };
  }
  // 引题: one or two short lines set over a headline at least about twice as long (稳步推进 / 冬季保供 / …);
  // not a line of two or three characters, mostly a name OCR has put there, nor one over a 副题 (its dash).
  const size = (t: string): number => t.replace(/\s/gu, '').length;
  const main = texts.findIndex((t) => size(t) === Math.max(...texts.map(size)));
  if (
    kicker === null &&
    main >= 1 &&
    !opensWithDash(texts[main]!) &&
    main <= 2 &&
    texts
      .slice(0, main)
      .every((t) => size(t) >= 4 && size(t) <= 6 && size(t) <= 0.55 * size(texts[main]!) && !/[，。；,;]/u.test(t))
  ) {
    kicker = joinLines(texts.splice(0, main));
  }
  // 引题 of two parallel phrases set apart by a space (优化营商环境 激发市场活力) over the headline. Only once the
  // units are matched: a PDF text layer reads two headlines side by side as such a line too, and the matching
  // must still see both (see headlines.ts).
  if (couplet && kicker === null) {
    const roles = blockRoles(
      texts,
      lines.map((h) => h.line.raw),
    );
    if (roles) return { lines, ...joinRoles(roles) };
  }
  if (couplet && kicker === null && texts.length >= 2 && parallelPhrases(lines[0]!.line.raw)) kicker = texts.shift()!;
  const under = texts.findIndex((t, i) => i >= 2 && opensWithDash(t));
  if (under >= 2) subhead = joinLines(texts.splice(under));
  if (texts.length >= 2 && subhead === null) {
    const second = texts[1]!;
    // Note: a 副题 reads as a sentence of its own (a comma, a leading dash, or longer than the headline).
    if (
      opensWithDash(second) ||
      /[，,]/u.test(second) ||
      second.length >= texts[0]!.length + 3 ||
      tellsNumbers(texts[0]!, second)
    )
      subhead = joinLines(texts.splice(1));
  }
  const headline = texts.length ? joinLines(texts) : null;
  return { lines, kicker, headline, subhead };
}

/**
 * Roles an export's way of setting a block tells before the general rules (null when it tells none): a 引题's
 * second line run onto the headline's (once matched), a kicker a text layer set after its headline.
 */
function exportRoles(lines: readonly HeadLine[], couplet: boolean, textLayer: boolean): BlockRoles | null {
  const texts = lines.map((h) => h.line.text);
  const raws = lines.map((h) => h.line.raw);
  const glued = couplet && lines.length === 2 ? gluedKicker(texts[0]!, raws[1]!) : null;
  if (glued) return glued;
  const broken = couplet ? brokenPair(lines) : null;
  if (broken || !textLayer) return broken;
  return kickerAfter(
    texts,
    raws,
    lines.map((h) => h.blankBefore),
  );
}

/**
 * Whether the block's first line is a column's label or a section's name over the rest (see column-label.ts). A
 * section's name may end as an office's does (乡村, 城乡社区): over a block of its own kicker and headline it is
 * still the section's, unless it names an office the page knows or one by its form (…镇, …乡, …街道, …办).
 */
function labelFirst(texts: readonly string[], officeNames: ReadonlySet<string>): boolean {
  const first = texts[0]!;
  const section = texts.length >= 3 && isTopSection(first) && !officeNames.has(first) && !isUnitName(first);
  return (section || !isKickerLike(first, officeNames)) && isColumnLabel(texts);
}

/**
 * Where the headline over a dash 副题 (line `dash`) begins: a headline broken over lines is set with no blank
 * line between them, while its 引题 stands apart by one, so the lines over the dash back to the last blank are
 * the headline. Lines run together with none apart (OCR set no blank between 引题 and headline) leave the
 * line over the dash alone as the headline.
 */
function headlineStart(lines: readonly HeadLine[], dash: number): number {
  let k = dash - 1;
  while (k >= 1 && !lines[k]!.blankBefore) k--;
  return k >= 1 ? k : dash - 1;
}

/**
 * Whether a line under a headline that tells no number tells one (镜湖观鸟季开启 / 今冬已记录鸟类126种): a 副题
 * gives the figures a headline leaves out, while a headline broken over two lines breaks only when long.
 */
function tellsNumbers(headline: string, second: string): boolean {
  const size = (t: string): number => t.replace(/\s/gu, '').length;
  return (
    /\d/u.test(second) && !/\d/u.test(headline) && size(headline) >= 5 && size(headline) <= 12 && size(second) >= 5
  );
}

/**
 * A line alone is a kicker when it names an office (a known one, or a place's name: 溪口镇, 城关街道) or a
 * column (【…】); a short headline may end in a unit's name too (医保进社区, 美丽新农村), and it heads its article.
 */
function loneKicker(text: string, officeNames: ReadonlySet<string>): boolean {
  if (officeNames.has(text)) return true;
  if (/——$/u.test(text) || !isKickerLike(text, officeNames)) return false;
  return !OFFICE_LABEL.test(text) || text.length <= 4;
}

/** A block's roles as the unit's fields: lines of one role joined, none as null. */
function joinRoles(r: BlockRoles): Pick<HeadUnit, 'kicker' | 'headline' | 'subhead'> {
  const join = (xs: string[]): string | null => (xs.length ? joinLines(xs) : null);
  return { kicker: join(r.kicker), headline: join(r.headline), subhead: join(r.subhead) };
}

/**
 * A block of four lines an export set apart by blank lines, all but one pair: the two lines of a headline (or of
 * a 引题) its box broke, printed as one. Read as the three lines they are, by the rules of three (引题, headline,
 * 副题: see head-roles.ts), or null when those tell nothing.
 */
function brokenPair(lines: readonly HeadLine[]): BlockRoles | null {
  if (lines.length !== 4) return null;
  const runOn = lines.map((h, i) => i > 0 && !h.blankBefore);
  const at = runOn.indexOf(true);
  if (at < 1 || runOn.lastIndexOf(true) !== at) return null;
  const pair = (xs: readonly string[]): string[] => [
    ...xs.slice(0, at - 1),
    xs[at - 1]! + xs[at]!,
    ...xs.slice(at + 1),
  ];
  const texts = lines.map((h) => h.line.text);
  const roles = blockRoles(pair(texts), pair(lines.map((h) => h.line.raw)));
  if (!roles) return null;
  const merged = texts[at - 1]! + texts[at]!;
  const apart = (xs: string[]): string[] => xs.flatMap((x) => (x === merged ? [texts[at - 1]!, texts[at]!] : [x]));
  return { kicker: apart(roles.kicker), headline: apart(roles.headline), subhead: apart(roles.subhead) };
}
