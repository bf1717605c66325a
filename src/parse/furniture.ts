/**
 * Page furniture: the strip a paper prints over (or under) a page's articles, whether an export keeps it on
 * one line or spreads it over several: the page number, the section's name (综合新闻, 要闻·综合), the date
 * (2011.5.24 星期二), the editors (责任编辑：… /版式设计：…, 本版编辑：… 校对：…), contact lines
 * (E-mail:…, 电话：…), the paper's name in any script, and OCR specks among them. None of it is an article's.
 */
import { datesNotice } from './notice-lines.js';
import type { Line } from './line.js';
import { isEditorsLine } from './editors-line.js';
import { markSideBoxes } from './side-boxes.js';
import { isTopSection } from './section-top.js';
import {
  isGarbledStrip,
  isNameLine,
  isSpeck,
  isStripLine,
  LATIN_NAME,
  LETTERED_PAGE_YEAR,
  PAPER,
  PAPER_ALONE,
  SECTION,
} from './strip-parts.js';

/** How many printed lines the strip at the top or foot of a page may take. */
const STRIP_REACH = 12;

/**
 * Marks the furniture of a page: the strip at its top and at its foot (a run of strip lines, names and specks,
 * however the export broke it), a masthead's Latin line set alone anywhere (an export may place it mid-page),
 * and OCR specks set alone. A section's or paper's name counts only within a strip that has a strip line,
 * or right above a headline: a lone short line over an article's text is its headline.
 */
export function markFurniture(lines: Line[]): void {
  const printed = lines.filter((l) => l.role !== 'blank');
  markGarbledStrips(printed);
  markZone(printed.slice(0, STRIP_REACH), printed.slice(STRIP_REACH), true);
  // (The foot's strip ends at a notice's date under its issuer: text, see notice-lines.ts.)
  const foot = printed.slice(-STRIP_REACH).reverse();
  const notice = foot.findIndex((l) => datesNotice(lines, lines.indexOf(l)));
  markZone(notice < 0 ? foot : foot.slice(0, notice), []);
  let masthead = lines.some((l) => l.role === 'masthead' && LATIN_NAME.test(l.text));
  markLetterSpaced(lines);
  const quiet = (n: Line): boolean => isSpeck(n.raw) || isLatinMasthead(n.raw) || loneStripLine(n);
  const furniture = (n: Line): boolean =>
    ['folio', 'masthead'].includes(n.role) || (n.role === 'text' && loneStripLine(n));
  lines.forEach((l, i) => {
    // The page's editors' line is the strip's wherever the export set it (see editors-line.ts).
    if (l.role === 'text' && isEditorsLine(l.raw)) return void (l.role = 'folio');
    // (A notice's date under its issuer is its text, not the strip's date: notice-lines.ts.)
    if (l.role !== 'text' || datesNotice(lines, i) || !alone(lines, i, quiet)) return;
    if (isLatinMasthead(l.raw)) {
      l.role = masthead ? 'folio' : 'masthead';
      masthead = true;
    } else if (PAPER_ALONE.test(l.text.replace(/\s+/gu, ''))) {
      // A paper's name set alone mid-page: its masthead plate, which an export may read anywhere.
      l.role = 'folio';
    } else if (
      loneStripLine(l) ||
      (nearStrip(l) && besideFurniture(lines, i, furniture)) ||
      (isNameLine(l.raw) && [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && furniture(n)))
    ) {
      // The strip's lines an export set mid-page (星期二, 第4版, 编辑：… 校对：…), read as a block of their own.
      l.role = 'folio';
    } else if (isSpeck(l.raw) && !/^\p{sc=Han}$/u.test(l.text)) l.role = 'noise';
  });
  // Boxes and specks run into the text by OCR (…捐赠物 / 口 / 口口o): never text, wherever they are.
  for (const l of lines) if (l.role === 'text' && /^[口□]+[oO]?$/u.test(l.text)) l.role = 'noise';
  markSideBoxes(lines);
}

/**
 * Marks a name an export set letter by letter (禾 / 豐 / 日 / 報: a plate's wide letter-spacing read as one
 * character a line): two or more lines of one Han character each, one right under another, that read
 * together as a paper's or a section's name. No text breaks a word over lines one character at a time.
 */
function markLetterSpaced(lines: readonly Line[]): void {
  const single = (l: Line | undefined): boolean => l !== undefined && /^\p{sc=Han}$/u.test(l.text);
  for (let i = 0; i < lines.length; i++) {
    if (!single(lines[i]) || single(lines[i - 1])) continue;
    let k = i;
    while (single(lines[k + 1])) k++;
    const run = lines.slice(i, k + 1);
    const name = run.map((l) => l.text).join('');
    if (run.length >= 2 && run.length <= 8 && (PAPER.test(name) || isNameLine(name)))
      for (const l of run) l.role = 'folio';
  }
}

/**
 * A strip line that may stand anywhere once it stands apart: strip parts alone that say what only a strip says
 * (a number alone may be a digit run an export broke off its text, 年货 a headline's first word), or the paper's
 * name alone.
 */
function loneStripLine(l: Line): boolean {
  const t = l.text.replace(/\s+/gu, '');
  return (isStripLine(l.raw) && STRIP_ALONE.test(t)) || PAPER_ALONE.test(t);
}

/**
 * The editors', the publisher's and the issue's lines: the strip's beside its other lines, past blank lines
 * (星期二 / 南湖日报 / 编辑：… 校对：…). Alone between two pieces of text they stay where they are: an export
 * sets the page's foot inside the text too, where a block it moved left a hole.
 */
const nearStrip = (l: Line): boolean =>
  isStripLine(l.raw) && /编辑|校对|美编|责编|主办|主管|出版|CN\s*\d|邮发代号|第\s*\d+\s*期/u.test(l.text);

/** Whether the printed line before or after the line (past blank lines) is furniture. */
function besideFurniture(lines: readonly Line[], i: number, furniture: (l: Line) => boolean): boolean {
  const near = (step: number): Line | undefined => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.role !== 'blank') return lines[k];
    return undefined;
  };
  return [near(-1), near(1)].some((l) => l !== undefined && furniture(l));
}

/**
 * What only a strip says, so that a line of it is the strip's wherever it stands: the page (第4版), a whole date
 * (2024年4月9日: a date's pieces, 4月 / 9日, are often a line of text an export broke), the weekday alone.
 */
const STRIP_ALONE =
  /^第?[A-Z]?\d{1,2}版$|^第[一二三四五六七八九十]{1,3}版$|^(?:星期|礼拜)[一二三四五六日天]$|^(?:19|20)\d{2}[年.\-/]\d{1,2}[月.\-/]\d{1,2}/u;

/**
 * Marks a strip line OCR garbled (isGarbledStrip) near the page's top as furniture, all the pieces an earlier
 * pass cut it into at its wide gaps: the pieces of one printed line read together, left to right.
 */
function markGarbledStrips(printed: readonly Line[]): void {
  const pieces = new Map<number, Line[]>();
  for (const l of printed) pieces.set(l.n, [...(pieces.get(l.n) ?? []), l]);
  for (const line of [...pieces.values()].slice(0, STRIP_REACH)) {
    if (!line.every((l) => l.role === 'text' || l.role === 'folio')) continue;
    if (isGarbledStrip(line.map((l) => l.raw.trim()).join(' '))) for (const l of line) l.role = 'folio';
  }
}

/**
 * A Latin masthead line, OCR specks beside it allowed (QINGSHI DAILY 和 三 】 |), or the paper's name in Han
 * (QINGSHI DAILY 青石日报). OCR reads a capital now and then as a digit (9UXI for SUXI, 0 for O): a word of
 * capitals with one digit in it is still Latin, a page number (A04) is not.
 */
function isLatinMasthead(raw: string): boolean {
  const words = raw.trim().split(/\s+/u);
  let k = 0;
  while (k < words.length && latinWord(words[k]!)) k++;
  const latin = words.slice(0, k).join('');
  if (latin.length < 6 || (latin.match(/\d/gu) ?? []).length > 1) return false;
  const rest = words.slice(k);
  return rest.every((w) => [...w].length === 1) || (rest.length === 1 && PAPER.test(rest[0]!));
}

/** A word of a Latin masthead: capitals, one of them perhaps misread as a digit. */
const latinWord = (w: string): boolean => /^[A-Z]+$/.test(w) || /^(?=(?:[A-Z]*\d){1}[A-Z]*$)[A-Z\d]{4,}$/.test(w);

/** Whether the line stands apart: blank lines, furniture or `alsoQuiet` lines on both sides. */
function alone(lines: readonly Line[], i: number, alsoQuiet: (l: Line) => boolean): boolean {
  const quiet = (l: Line | undefined): boolean =>
    !l || ['blank', 'folio', 'noise', 'masthead'].includes(l.role) || alsoQuiet(l);
  return quiet(lines[i - 1]) && quiet(lines[i + 1]);
}

/**
 * A short line in the strip that reads as none of its parts: the paper's name or the section's as OCR
 * misread it (厅曙日必 for a paper's name), a few letters of a masthead. Furniture only when strip lines
 * follow it: before the page's first strip line, or before none, it may be a kicker or a headline.
 */
function isMisread(l: Line): boolean {
  const t = l.text.replace(/\s+/gu, '');
  return [...t].length <= 6 && !/[，。；！？、,;!?]/u.test(t) && !/^\d/u.test(t);
}

/** A section's name alone (综合新闻, 健康生活), not the paper's. */
const sectionOnly = (l: Line): boolean => {
  const t = l.text.replace(/\s+/gu, '');
  return SECTION.test(t) && !PAPER.test(t);
};

/** Whether the line next to this one in the strip, above or below, is a masthead's Latin line. */
function besideLatin(zone: readonly Line[], l: Line): boolean {
  const i = zone.indexOf(l);
  return [zone[i - 1], zone[i + 1]].some((n) => n !== undefined && (n.role === 'masthead' || isLatinMasthead(n.raw)));
}

/** Whether the strip so far has given both the paper's name (its masthead, or 澜河日报) and the section's. */
function bothNames(before: readonly Line[], names: readonly Line[]): boolean {
  const paper = before.some((l) => l.role === 'masthead' || PAPER.test(l.text.replace(/\s+/gu, '')));
  return paper && names.some((l) => SECTION.test(l.text.replace(/\s+/gu, '')));
}

/** Whether the strip so far holds a masthead's Latin line and no Han name after it (its partner is still to come). */
function latinAlone(before: readonly Line[], names: readonly Line[]): boolean {
  const latin = (l: Line): boolean =>
    (l.role === 'masthead' || isLatinMasthead(l.raw)) && LATIN_NAME.test(l.text.replace(/(?<=[A-Z]) (?=[A-Z])/gu, ''));
  // (Not when the paper's Han name was read anywhere before: above the Latin line, or beside it.)
  const named = (l: Line): boolean => names.includes(l) || (l.role === 'masthead' && /\p{sc=Han}/u.test(l.text));
  return before.some(latin) && !before.some(named);
}

/** Walks a strip from the page's edge inwards (`zone`, in that order) while its lines are furniture. */
function markZone(zone: readonly Line[], after: readonly Line[], top = false): void {
  const taken: Line[] = [];
  const names: Line[] = [];
  let misread: Line[] = [];
  let strip = false;
  let k = 0;
  const confirm = (): void => {
    taken.push(...misread);
    misread = [];
  };
  for (; k < zone.length; k++) {
    const l = zone[k]!;
    const prev = zone[k - 1];
    if (l.role === 'folio' || l.role === 'masthead') {
      strip ||= l.role === 'folio';
      confirm();
      continue;
    }
    if (l.role !== 'text' && l.role !== 'signature') break;
    if (top && LETTERED_PAGE_YEAR.test(l.raw.trim()) && isStripLine(l.raw.trim().replace(/^[A-Z]/u, ''))) {
      l.role = 'folio';
      break;
    }
    if (isStripLine(l.raw)) {
      taken.push(l);
      strip = true;
      confirm();
    } else if (isNameLine(l.raw) || isLatinMasthead(l.raw)) {
      // A page is in one section: a second section's name is a short headline ending in a section's word
      // (全民健身促健康, 小城夜经济), which an export may set right under the strip.
      // (A name beside the masthead's Latin line is the paper's, 桑溪新闻 / SANGXI XINWEN, not a first section.)
      if (sectionOnly(l) && names.some((n) => sectionOnly(n) && !besideLatin(zone, n))) break;
      names.push(l);
    }
    // The paper's name in Han beside its Latin line (NEW TONGCHUAN / 新桐川), or under the strip an export
    // read between them: a masthead's Latin line names the paper the Han line under it names.
    else if (prev && isLatinMasthead(prev.raw) && /^\p{sc=Han}{2,6}$/u.test(l.text)) names.push(l);
    else if (/^\p{sc=Han}{2,6}$/u.test(l.text) && latinAlone(zone.slice(0, k), names)) names.push(l);
    // A section's word at the page's top, before any section's name (本地 / 热点): the strip's, when a head follows.
    else if (top && !names.some((n) => !besideLatin(zone, n)) && isTopSection(l.raw)) names.push(l);
    else if (isSpeck(l.raw)) taken.push(l);
    // (Once the paper's and the section's names are both read, a short line is no misread name: a short
    // headline an export gathered into the strip, as a PDF text layer does.)
    else if (misread.length < 2 && isMisread(l) && !bothNames(zone.slice(0, k), names)) misread.push(l);
    else break;
  }
  // Lines not confirmed by a strip line after them are the page's first lines, not the strip's.
  if (misread.length) k = zone.indexOf(misread[0]!);
  // A name is the strip's when a strip line confirms it, or when a head line (not text, not a dateline) follows.
  const next = [...zone.slice(k), ...after][0];
  const headFollows =
    next !== undefined && next.role === 'text' && next.text.length <= 30 && !/[。；，,]/u.test(next.text);
  if (!strip && !taken.some((l) => isStripLine(l.raw)) && !(names.length && headFollows)) return;
  for (const l of taken) l.role = isSpeck(l.raw) ? 'noise' : 'folio';
  for (const l of names)
    l.role =
      LATIN_NAME.test(l.text) || isLatinMasthead(l.raw) || names.includes(zone[zone.indexOf(l) - 1]!)
        ? 'masthead'
        : 'folio';
}
