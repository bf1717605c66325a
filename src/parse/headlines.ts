/**
 * Stage: headlines. Head lines are grouped into units (kicker, headline, subhead) and matched to articles
 * by content as one optimal assignment; a headline printed right before a body only gets a small nudge.
 */
import { assignMax } from './assign.js';
import { PRINTED_DATE } from './folio-lines.js';
import type { Line } from './lines.js';
import { countHan } from '../text/chars.js';
import { isKickerLike } from './article-breaks.js';
import { addGatheredRank } from './gathered-heads.js';
import { buildUnits, toUnit, type HeadUnit } from './head-units.js';
import { opensWithDash } from './head-roles.js';
import type { HeadLine } from './segment-articles.js';
import { headScorer } from './head-similarity.js';

export type { HeadUnit } from './head-units.js';

/** What the headline stage decided. */
export interface HeadlineResult {
  /** For each article, its unit or null. */
  byArticle: (HeadUnit | null)[];
  /** Head lines no article took. */
  leftover: Line[];
}

/** An article as the matcher sees it. */
export interface MatchTarget {
  body: string;
  /** Office names (canonical and aliases) mentioned in the body. */
  offices: Set<string>;
  /** The rest of an article begun on another page: its headline, if printed here, is right above it. */
  continued?: boolean;
  /** Its text opens a report (a dateline or a credit in brackets): see gathered-heads.ts. */
  opensReport?: boolean;
}

const MIN_SCORE = 0.3;
const UNASSIGNED_PENALTY = 0.35;
const SPLIT_PENALTY = 0.5;
/** What each line beyond two costs a headline unit (an office label not counted). */
const LONG_UNIT_PENALTY = 0.35;
const MAX_ENUMERATED_JUNCTIONS = 8;
/** What it costs to give a line printed under an article's headline, right above its text, to another article. */
const STRAY_PENALTY = 0.6;
/** A line that describes another article this well is that article's headline wherever it is printed. */
const CLEAR_MATCH = 0.6;
/**
 * What it costs to keep in one headline a line that describes another article better than this one, and
 * without which the headline describes this one at least as well: two headlines set one under the other (an
 * export reads headlines of articles side by side onto consecutive lines), not one headline wrapped.
 */
const FOREIGN_PENALTY = 0.5;
const FOREIGN_MARGIN = 0.1;
const FOREIGN_LEAST = 0.2;
const RUNS_ON = /[、，,：:“‘《（(—]$/u;
/** Two Han characters in a row: a word of a headline. */
const TWO_HAN = /\p{sc=Han}{2}/u;
/** The least a left-over headline must share with a headless article to be paired with it (see lastResort). */
const LAST_RESORT_MIN = 0.05;

/** Matches head lines to articles. `officeOf` maps a kicker to its canonical office, if it is one. */
export function matchHeadlines(
  all: readonly HeadLine[],
  targets: readonly MatchTarget[],
  officeNames: ReadonlySet<string>,
  officeOf: (label: string) => string | null,
  officesIn: (text: string) => string[] = () => [],
  textLayer = false,
): HeadlineResult {
  // OCR's scraps of a photo or a rule (:>文\二4二, a lone 4) head nothing: a headline has words, two Han
  // characters in a row at least (a digit it shares with a text would otherwise match that text fully). A
  // headline's last line printed right under it may hold less (…同比增 / 长7.2%).
  // Nor does the page's date line (2024年9月24日 星期二, a page letter beside it) that the strip left over.
  const scrap = (h: HeadLine, i: number): boolean =>
    (!TWO_HAN.test(h.line.text) && (h.blankBefore || all[i - 1]?.group !== h.group)) || dateOnly(h.line.text);
  const heads = all.filter((h, i) => !scrap(h, i));
  const scraps = all.filter(scrap).map((h) => h.line);
  const similar = headScorer(targets, officeOf);
  const junctions: number[] = [];
  for (let i = 1; i < heads.length; i++) {
    const a = heads[i - 1]!;
    const b = heads[i]!;
    // A 副题 opening with a dash always belongs to the headline above it: not a choice to weigh. Pieces of one
    // printed line (side by side, see heads-beside.ts) are never one block: a block's lines stand one under another.
    if (
      a.group === b.group &&
      a.line.n !== b.line.n &&
      !isKickerLike(b.line.text, officeNames) &&
      !isKickerLike(a.line.text, officeNames) &&
      !opensWithDash(b.line.text)
    )
      junctions.push(i);
  }
  const score = (unit: HeadUnit, t: number): number => {
    // A continuation's headline is on the page it began on, or reprinted right above it: never one from elsewhere.
    if (targets[t]!.continued && unit.lines.at(-1)!.before !== t) return -1;
    // A headline that names an office the article never mentions is not its headline.
    const named = officesIn([unit.headline, unit.subhead].filter(Boolean).join(''));
    const foreign = named.filter((o) => !targets[t]!.offices.has(o)).length;
    return similar(unit, t) - 0.4 * Math.min(2, foreign);
  };

  const { elsewhere, foreignLine } = foreignLines(targets.length, officeNames, score);

  let best: { total: number; units: HeadUnit[]; pick: number[]; matrix: number[][] } | null = null;
  const tryJoins = (joined: ReadonlySet<number>): void => {
    const units = buildUnits(heads, joined, officeNames);
    const matrix = addGatheredRank(
      units,
      targets,
      units.map((u) => targets.map((_, t) => score(u, t))),
    );
    const pick = assignMax(matrix, MIN_SCORE);
    lastResort(units, matrix, pick);
    let total = 0;
    pick.forEach((t, u) => (total += t >= 0 ? matrix[u]![t]! : -UNASSIGNED_PENALTY));
    // Lines printed together with no blank between them are more likely one headline block than two.
    // So is a 副题 that tells the numbers (今冬已记录鸟类126种) right under a headline that tells none, last
    // of its run over the text: a blank line sets it apart in an export as it sets a headline.
    for (const j of junctions)
      if (!joined.has(j) && (!heads[j]!.blankBefore || numbersUnder(heads, j))) total -= SPLIT_PENALTY;
    // A headline comes with a 引题 or a 副题 far more often than with both: a block of lines read as two
    // units of two beats one of three and a lone line, unless the words say otherwise.
    for (const u of units) total -= LONG_UNIT_PENALTY * Math.max(0, u.lines.length - (u.kicker ? 1 : 0) - 2);
    total -= STRAY_PENALTY * strays(units, pick, heads, matrix);
    total -= FOREIGN_PENALTY * units.filter((u, k) => foreignLine(u, pick[k]!, matrix[k]![pick[k]!]!)).length;
    if (!best || total > best.total + 1e-9) best = { total, units, pick, matrix };
  };
  if (junctions.length <= MAX_ENUMERATED_JUNCTIONS) {
    for (let mask = 0; mask < 1 << junctions.length; mask++) {
      tryJoins(new Set(junctions.filter((_, k) => mask & (1 << k))));
    }
  } else {
    tryJoins(new Set(junctions.filter((j) => !heads[j]!.blankBefore)));
  }
  const chosen = best as unknown as { units: HeadUnit[]; pick: number[]; matrix: number[][] };
  const pick = headsOverDashes(chosen.units, chosen.pick, chosen.matrix);
  const placed = placeUnits(chosen.units, pick, heads, targets.length, officeNames, elsewhere, textLayer);
  return { ...placed, leftover: [...scraps, ...placed.leftover] };
}

/**
 * The chosen units go to their articles; a unit no article took, set apart right above an article next to the
 * lines it took as its headline, is of that headline's block (a 引题 or 副题 sharing few words with the body),
 * not a line of nobody's, unless it describes another article better (that one's headline, set beside this one's).
 */
function placeUnits(
  units: readonly HeadUnit[],
  pick: readonly number[],
  heads: readonly HeadLine[],
  n: number,
  officeNames: ReadonlySet<string>,
  elsewhere: (h: HeadLine, t: number) => boolean,
  textLayer: boolean,
): HeadlineResult {
  const byArticle: (HeadUnit | null)[] = Array.from({ length: n }, () => null);
  const leftover: Line[] = [];
  units.forEach((u, k) => {
    const t = pick[k]!;
    // (A headline paired with a 副题 standing alone: see headsOverDashes.)
    const had = t >= 0 ? byArticle[t] : null;
    if (had)
      byArticle[t] = toUnit(
        opensWithDash(u.lines[0]!.line.text) ? [...had.lines, ...u.lines] : [...u.lines, ...had.lines],
        officeNames,
      );
    else if (t >= 0) byArticle[t] = u;
  });
  units.forEach((u, k) => {
    if (pick[k]! >= 0) return;
    const t = u.lines[0]!.before ?? -1;
    const own = byArticle[t];
    // A 副题 set right over the text, its headline read elsewhere on the page, is that text's headline's.
    const dash = !!own && opensWithDash(u.lines[0]!.line.text) && !own.lines.some((h) => opensWithDash(h.line.text));
    if (dash) byArticle[t] = toUnit([...own.lines, ...u.lines], officeNames);
    else if (
      own &&
      u.lines.at(-1)!.apart &&
      adjoins(heads, own.lines, u.lines) &&
      !u.lines.some((h) => elsewhere(h, t) || own.lines.some((o) => o.line.n === h.line.n))
    )
      byArticle[t] = toUnit(
        [...own.lines, ...u.lines].sort((a, b) => heads.indexOf(a) - heads.indexOf(b)),
        officeNames,
      );
    else leftover.push(...u.lines.map((h) => h.line));
  });
  // The kicker set as a couplet, or after its headline in a text layer, is told apart once the units are matched.
  return { byArticle: byArticle.map((u) => u && toUnit(u.lines, officeNames, true, textLayer)), leftover };
}

/**
 * A 副题 standing alone over its article (its dash opens the unit: no headline over it) had its headline read
 * elsewhere, as OCR reads a headline set large across columns out of its place: the unit no article took that
 * describes this article best of all is that headline. Returns the picks with such units given to the article
 * as well (placeUnits sets the headline over the 副题).
 */
function headsOverDashes(units: readonly HeadUnit[], given: readonly number[], matrix: readonly number[][]): number[] {
  const pick = [...given];
  units.forEach((u, k) => {
    const t = pick[k]!;
    if (t < 0 || !opensWithDash(u.lines[0]!.line.text)) return;
    let found = -1;
    units.forEach((h, j) => {
      const fits = matrix[j]!;
      if (pick[j] !== -1 || !h.headline || opensWithDash(h.lines[0]!.line.text) || fits[t]! < MIN_SCORE) return;
      if (Math.max(...fits) <= fits[t]! && (found < 0 || fits[t]! > matrix[found]![t]!)) found = j;
    });
    if (found >= 0) pick[found] = t;
  });
  return pick;
}

/**
 * How well each line alone describes each article: a headline of several lines is one headline only while each
 * of its lines is more this article's than another's. `elsewhere`: the line describes another article clearly
 * better than article t; `foreignLine`: the unit keeps such a line, and describes t at least as well without it.
 */
function foreignLines(
  n: number,
  officeNames: ReadonlySet<string>,
  score: (unit: HeadUnit, t: number) => number,
): { elsewhere: (h: HeadLine, t: number) => boolean; foreignLine: (u: HeadUnit, t: number, fit: number) => boolean } {
  const alone = new Map<HeadLine, number[]>();
  const lineScores = (h: HeadLine): number[] => {
    let xs = alone.get(h);
    if (!xs) alone.set(h, (xs = Array.from({ length: n }, (_, t) => score(toUnit([h], officeNames), t))));
    return xs;
  };
  const elsewhere = (h: HeadLine, t: number): boolean => {
    const own = lineScores(h);
    const other = Math.max(...own.filter((_, k) => k !== t));
    return other >= FOREIGN_LEAST && other > own[t]! + FOREIGN_MARGIN;
  };
  const foreignLine = (u: HeadUnit, t: number, fit: number): boolean =>
    t >= 0 &&
    u.lines.length >= 2 &&
    u.kicker === null &&
    u.subhead === null &&
    [u.lines[0]!, u.lines.at(-1)!].some((h, end) => {
      // (Not across a line ending in a mark no headline ends with, 、，：: it runs on into the next.)
      if (RUNS_ON.test(u.lines.at(end ? -2 : 0)!.line.text)) return false;
      const rest = toUnit(
        u.lines.filter((x) => x !== h),
        officeNames,
      );
      return elsewhere(h, t) && score(rest, t) >= fit;
    });
  return { elsewhere, foreignLine };
}

/**
 * How many units printed right after or right before the headline unit of the article they stand above (no
 * body text between) went to another article they describe only weakly: a 副题 sharing a word with some other
 * article is still its own headline's, and so is a 引题 over it; a line naming another article clearly is that
 * one's headline, gathered out of place.
 */
function strays(
  units: readonly HeadUnit[],
  pick: readonly number[],
  heads: readonly HeadLine[],
  matrix: readonly (readonly number[])[],
): number {
  let n = 0;
  units.forEach((u, k) => {
    const before = u.lines[0]!.before;
    const t = pick[k]!;
    if (before === null || t === before || t === -1 || matrix[k]![t]! >= CLEAR_MATCH) return;
    // (Over the headline, only a unit set apart by blank lines that the assignment gave away as a last resort:
    // two headlines an export set one under the other, the first describing another article, are two.)
    const over = matrix[k]![t]! < MIN_SCORE && u.lines[0]!.blankBefore && units[k + 1]?.lines[0]!.blankBefore;
    const owners = over ? [k - 1, k + 1] : [k - 1];
    const owner = owners.find((j) => pick[j] === before && units[j]!.lines[0]!.before === before);
    if (owner !== undefined && adjoins(heads, units[owner]!.lines, u.lines)) n++;
  });
  return n;
}

/** Whether a line prints a date and nothing more than a letter, a number or a character beside it. */
function dateOnly(text: string): boolean {
  const bare = text.replace(/\s+/gu, '');
  return PRINTED_DATE.test(bare) && countHan(bare.replace(PRINTED_DATE, '')) < 2;
}

/** A count in a head: digits, or a Chinese number with its measure word (一万两千人次, 三百户). */
const COUNT =
  /\d|[一二两三四五六七八九十百千万亿]+[余多]?(?:个|种|项|名|人|户|家|所|座|条|只|公里|米|吨|亩|元|次|年|天)/u;

/** Whether head line j tells numbers the line above it does not, and is the last of its run over the text. */
function numbersUnder(heads: readonly HeadLine[], j: number): boolean {
  const b = heads[j]!;
  const next = heads[j + 1];
  return (
    b.before !== null &&
    (next === undefined || next.group !== b.group) &&
    COUNT.test(b.line.text) &&
    !COUNT.test(heads[j - 1]!.line.text)
  );
}

/** Whether two runs of head lines, printed above the same article, are printed one right after the other. */
function adjoins(heads: readonly HeadLine[], a: readonly HeadLine[], b: readonly HeadLine[]): boolean {
  const at = (h: HeadLine): number => heads.indexOf(h);
  const [first, second] = at(a[0]!) < at(b[0]!) ? [a, b] : [b, a];
  return (
    at(second[0]!) === at(first.at(-1)!) + 1 &&
    [...first, ...second].every((h) => h.group === first[0]!.group && h.before === first[0]!.before)
  );
}

/**
 * Headlines and articles the assignment left over are paired after all when they share anything: a
 * headline gathered with the others and an article with none are one another's (a headline may share few
 * words with its body), rather than the headline being joined to another's.
 */
function lastResort(units: readonly HeadUnit[], matrix: readonly (readonly number[])[], pick: number[]): void {
  const taken = new Set(pick);
  const free = units.map((_, k) => k).filter((k) => pick[k] === -1 && units[k]!.headline);
  const headless = (matrix[0] ?? []).map((_, t) => t).filter((t) => !taken.has(t));
  if (!free.length || !headless.length) return;
  const second = assignMax(
    free.map((k) => headless.map((t) => matrix[k]![t]!)),
    LAST_RESORT_MIN,
  );
  second.forEach((t, i) => {
    if (t >= 0) pick[free[i]!] = headless[t]!;
  });
}
