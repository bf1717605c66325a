/**
 * Page furniture: the strip a paper prints over (or under) a page's articles, whether an export keeps it on
 * one line or spreads it over several: the page number, the section's name (综合新闻, 要闻·综合), the date
 * (2011.5.24 星期二), the editors (责任编辑：… /版式设计：…, 本版编辑：… 校对：…), contact lines
 * (E-mail:…, 电话：…), the paper's name in any script, and OCR specks among them. None of it is an article's.
 */
import { datesNotice } from './notice-lines.js';
import type { Line } from './line.js';
import { isTopSection } from './section-top.js';

/** Editors' roles in the strip, with the page's (本版) and the work done (文字校对, 版式设计). */
const ROLE =
  '(?:本版|本期)?(?:责任|文字|图片|美术|值班)?(?:编辑|校对|设计|美编|责编|版式(?:设计|制作)?|组版|排版|审核|审读|编委|主编|监制|制作|统筹|策划)';
/**
 * A name in the credits: two to four Han characters (the strip rarely leaves room for more), none of them
 * opening the next role (王一校对：, names run into the next role without a space).
 */
const NAME = `(?:(?!${ROLE}|电话|热线|传真|邮箱)[\\p{sc=Han}·]){2,4}`;
/** Between a role and its names: a colon, a slash (编辑/王一), a space, or nothing (责编许晴). */
const GIVES = '(?:\\s*[:：;；/／]\\s*|\\s+|(?<=[编对辑]))';

/** What comes after an editor's names: the next role, or a contact. */
const NEXT = `(?:${ROLE}|电话|热线|传真|邮箱|E-?mail)`;

/**
 * A section's name: a short name ending in a section word (综合新闻, 杭州新闻, 天气与生活), or short names
 * joined by a middle dot (要闻·综合), which OCR reads as a full stop, quotes or a space (文体.教育, 要闻“。 综合).
 */
const SECTION_NAME =
  '(?:\\p{sc=Han}{0,6}?(?:新闻|要闻|综合|生活|经济|财经|体育|文化|文体|国际|国内|社会|法治|教育|健康|科技|时政|评论|副刊|专版|专刊|视点|城事|民生|观察|时事|论坛|周刊|振兴|三农|生态|文旅|党建|政务|法制|人物)|\\p{sc=Han}{2,4}(?:\\s*[“”"\']?[·・.。．][“”"\']?\\s*\\p{sc=Han}{2,4})+)';

/** A year, month and day in Chinese numerals (二〇二三年四月二十一日), the 〇 often misread (O, 0, @). */
const HAN_DATE =
  /^[〇○零Oo0@一二三四五六七八九]{4,5}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日/u;

/** Strip parts, each tried on what is left of a line, longest first. */
const PARTS: readonly RegExp[] = [
  // 本版编辑：王一 校对：李二, 编辑/王一 美编/李二, 责编许晴 / 美编 万里.
  new RegExp(`^${ROLE}${GIVES}${NAME}(?:[\\s、,，]+${NAME})*(?=$|[^\\p{sc=Han}·]|${ROLE})`, 'u'),
  // A role with nothing after it yet (责任编辑：), its names on the next line, or OCR junk after it (校对:;).
  new RegExp(`^${ROLE}\\s*[:：]`, 'u'),
  // Names left over from the line before, up to the next role.
  new RegExp(`^${NAME}(?:[\\s、]+${NAME})*(?=\\s*[/／|]?\\s*${NEXT})`, 'u'),
  /^(?:电话|热线|传真|新闻热线|邮编|投稿邮箱|邮箱|E-?mail|Email)\s*[:：]?\s*[\w@.\-()（）〈〉+ ]*?(?=\s{2,}|$|\s*\p{sc=Han})/iu,
  // What an export leaves of a contact on the next line: the rest of a number (1） 86012345), of an address (.com).
  /^[（(〈]?\s*\d{1,4}\s*[)）〉]\s*[\d\-]{5,}/u,
  /^\.(?:com|cn|net|org)(?:\.cn)?(?![\w.])/u,
  /^(?:国内统一连续出版物号|国内统一刊号|刊号)?\s*CN\s*\d{2}\s*[-－]\s*\d{4}(?:\s*[/／]\s*[A-Z]{1,2})?/u,
  /^邮发代号\s*[:：]?\s*\d{1,2}\s*[-－]\s*\d{1,4}/u,
  // The page number an export ran into the year after it (22024年5月: page 2, 2024).
  /^\d{1,2}(?=(?:19|20)\d{2}\s*(?:年|[.\-/]\s*\d))/u,
  // The issue's serial number and the count of its pages: 第6218期, 总第9876期, 今日8版, 本期16版, 共4版.
  /^总?第\s*\d{1,6}\s*期/u,
  /^(?:今日|本期|今天|共)\s*\d{1,3}\s*版/u,
  /^\d{1,4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?/u,
  HAN_DATE,
  // A date the export broke over lines: its pieces (2021- / 06-18, 年 1 / 2月2 / 5日).
  /^(?:\d{1,4}\s*[年月日\-]|[年月日])(?:\s*\d{1,4}\s*[年月日\-]?)*/u,
  /^(?:星期|周|礼拜)[一二三四五六日天]/u,
  /^农历\p{sc=Han}{2,8}/u,
  /^第?\s*[A-Z]?\s*\d{1,2}\s*版/u,
  /^第\s*[一二三四五六七八九十]{1,3}\s*版/u,
  /^[A-Z]?\s?\d{1,4}(?=\s|$|\p{sc=Han})/u,
  /^[/／|·]+/u,
];

/**
 * Parts that are furniture only beside other parts: the section's name (综合新闻 2, 要闻·综合  第2版), a word
 * set letter-spaced (要 闻), OCR junk between the parts (”, ;, 『: a rule or a page number's box read as a bracket).
 */
const WEAK_PARTS: readonly RegExp[] = [
  new RegExp(`^${SECTION_NAME}(?=[\\s\\d/／|]|$)`, 'u'),
  /^\p{sc=Han}(?: \p{sc=Han}){1,4}(?=\s{2,}|$)/u,
  /^[”“"'。，,;；:：|『』「」]+/u,
];

/** A lettered page's number run into the year after it by an export (A042025年3月11日): page A4, 2025. */
const LETTERED_PAGE_YEAR = /^[A-Z]\d{1,2}(?:19|20)\d{2}\s*(?:年|[.\-/]\s*\d)/u;

/** A section's name alone. */
export const SECTION = new RegExp(`^${SECTION_NAME}$`, 'u');

/** A paper's name as its masthead prints it: …日报, …晚报, …报 (traditional script too: 農民日報). */
const PAPER = /^\p{sc=Han}{1,6}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|快报|快報|报|報)$/u;

/** A paper's name as no headline reads: a place's name and 日报, 晚报, 时报… (not 喜报, 海报, 情报). */
const PAPER_ALONE = /^\p{sc=Han}{2,4}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|快报|快報|都市报)$/u;

/** A masthead line in Latin capitals (QINGSHI DAILY, HEFENG XINWEN), perhaps with OCR specks beside it. */
export const LATIN_NAME = /^[A-Z][A-Z]+(?: [A-Z]+)*$/;

/** True when the whole line is made of strip parts (dates, page numbers, editors, contact lines). */
export function isStripLine(text: string): boolean {
  let rest = text.trim();
  if (!rest) return false;
  // Weak parts (a section's name alone) need the strip around them to be furniture.
  let parts = 0;
  while (rest) {
    const strong = PARTS.find((re) => re.exec(rest)?.[0].trim());
    const part = strong ?? WEAK_PARTS.find((re) => re.exec(rest)?.[0].trim());
    if (!part) break;
    rest = rest.slice(part.exec(rest)![0].length).trimStart();
    if (strong) parts++;
  }
  // What is left may be the paper's name, or a speck of OCR (A06 二.儿).
  const speck = [...rest.replace(/\s/gu, '')].length <= 3 && !/\p{sc=Han}{2}/u.test(rest);
  if (rest && (SECTION.test(rest) || PAPER.test(rest) || speck) && parts > 0) return true;
  return parts > 0 && rest === '';
}

/** A weekday set apart (星期五, 礼拜三), as a strip prints it after the date. */
const WEEKDAY = /(?:^|[\s。.，,“”"'·:：;；|])(?:星期|礼拜)[一二三四五六日天](?=$|[\s。.，,“”"'·|])/u;
/** An editors' credit with its colon (责任编辑：王一), OCR's misread colon allowed. */
const EDITOR_CREDIT = new RegExp(`${ROLE}\\s*[:：;；]\\s*${NAME}`, 'u');

/**
 * A strip line OCR garbled past reading its parts one by one (第版“生态。林业 oz6年3月206 。 星期五 。 责任编辑:
 * 王一校对; 李二): a weekday and an editors' credit on one line at a page's top are the strip's, whatever is
 * around them; no report's sentence names the week's day beside the page's editor.
 */
function isGarbledStrip(text: string): boolean {
  return WEEKDAY.test(text) && EDITOR_CREDIT.test(text) && !/[，,]\s*\p{sc=Han}{6}/u.test(text);
}

/** A section's or paper's name alone on a line: furniture only where the strip is (see markStrip). */
export function isNameLine(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  return SECTION.test(t) || PAPER.test(t) || LATIN_NAME.test(text.trim());
}

/**
 * An OCR speck or a rule read as text: a line with no word in it (口口o, XH, 也, 】|), at most a few
 * characters and no two Han characters but 口 (a box read as the character) side by side.
 */
export function isSpeck(text: string): boolean {
  const t = text.replace(/\s+/gu, '');
  if (!t || t.length > 4) return false;
  if (/\p{sc=Han}{2}/u.test(t.replace(/口/gu, ''))) return false;
  if (/^\d{1,3}$/u.test(t)) return false;
  // 口 and □ stand for boxes; a lone letter or Han character is a speck; a short word of capitals (XH) too.
  return /^[口□ oO|】【\][_\-—~·.,，。、'"`]*$/u.test(t) || /^\p{sc=Han}$/u.test(t) || /^[A-Za-z]{1,3}$/u.test(t);
}

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
  lines.forEach((l, i) => {
    if (l.role !== 'text' || !alone(lines, i, (n) => isSpeck(n.raw) || isLatinMasthead(n.raw))) return;
    if (isLatinMasthead(l.raw)) {
      l.role = masthead ? 'folio' : 'masthead';
      masthead = true;
    } else if (PAPER_ALONE.test(l.text.replace(/\s+/gu, ''))) {
      // A paper's name set alone mid-page: its masthead plate, which an export may read anywhere.
      l.role = 'folio';
    } else if (isSpeck(l.raw) && !/^\p{sc=Han}$/u.test(l.text)) l.role = 'noise';
  });
  // Boxes and specks run into the text by OCR (…捐赠物 / 口 / 口口o): never text, wherever they are.
  for (const l of lines) if (l.role === 'text' && /^[口□]+[oO]?$/u.test(l.text)) l.role = 'noise';
}

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
