/**
 * Page furniture: the strip a paper prints over (or under) a page's articles, whether an export keeps it on
 * one line or spreads it over several: the page number, the section's name (综合新闻, 要闻·综合), the date
 * (2011.5.24 星期二), the editors (责任编辑：… /版式设计：…, 本版编辑：… 校对：…), contact lines
 * (E-mail:…, 电话：…), the paper's name in any script, and OCR specks among them. None of it is an article's.
 */
import type { Line } from './lines.js';

/** Editors' roles in the strip, with the page's (本版) and the work done (文字校对, 版式设计). */
const ROLE =
  '(?:本版|本期)?(?:责任|文字|图片|美术|值班)?(?:编辑|校对|设计|美编|责编|版式(?:设计|制作)?|组版|排版|审核|审读|编委|主编|监制|制作|统筹|策划)';
/** A name in the credits: two to four Han characters (the strip rarely leaves room for more). */
const NAME = '[\\p{sc=Han}·]{2,4}';

/** What comes after an editor's names: the next role, or a contact. */
const NEXT = `(?:${ROLE}|电话|热线|传真|邮箱|E-?mail)\\s*[:：]`;

/**
 * A section's name: a short name ending in a section word (综合新闻, 杭州新闻, 天气与生活), or short names
 * joined by a middle dot (要闻·综合).
 */
const SECTION_NAME =
  '(?:\\p{sc=Han}{0,6}?(?:新闻|要闻|综合|生活|经济|财经|体育|文化|文体|国际|国内|社会|法治|教育|健康|科技|时政|评论|副刊|专版|专刊|视点|城事|民生|观察|时事|论坛|周刊)|\\p{sc=Han}{2,4}(?:[·・]\\p{sc=Han}{2,4})+)';

/** Strip parts, each tried on what is left of a line, longest first. */
const PARTS: readonly RegExp[] = [
  // 本版编辑：王一 校对：李二 (names may run into the next role without a space: 王一校对：).
  new RegExp(`^${ROLE}\\s*[:：]\\s*(?:${NAME}?(?=\\s*[/／|]?\\s*${NEXT})|${NAME}(?:[\\s、,，]+${NAME})*)?`, 'u'),
  // A role with nothing after it yet (责任编辑：), its names on the next line.
  new RegExp(`^${ROLE}\\s*[:：]\\s*$`, 'u'),
  // Names left over from the line before, up to the next role.
  new RegExp(`^${NAME}(?:[\\s、]+${NAME})*(?=\\s*[/／|]\\s*${ROLE}|\\s*${ROLE}\\s*[:：])`, 'u'),
  /^(?:电话|热线|传真|新闻热线|邮编|投稿邮箱|邮箱|E-?mail|Email)\s*[:：]?\s*[\w@.\-()（）+ ]*?(?=\s{2,}|$|\s*\p{sc=Han})/iu,
  /^\d{1,4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?/u,
  /^(?:星期|周|礼拜)[一二三四五六日天]/u,
  /^农历\p{sc=Han}{2,8}/u,
  /^第?\s*[A-Z]?\d{1,2}\s*版/u,
  /^第\s*[一二三四五六七八九十]{1,3}\s*版/u,
  /^[A-Z]?\d{1,2}(?=\s|$|\p{sc=Han})/u,
  /^[/／|·]+/u,
  // The section's name, set apart from the next part (综合新闻 2, 要闻·综合  第2版).
  new RegExp(`^${SECTION_NAME}(?=[\\s\\d/／|]|$)`, 'u'),
];

/** A section's name alone. */
const SECTION = new RegExp(`^${SECTION_NAME}$`, 'u');

/** A paper's name as its masthead prints it: …日报, …晚报, …报 (traditional script too: 農民日報). */
const PAPER = /^\p{sc=Han}{1,6}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|快报|快報|报|報)$/u;

/** A masthead line in Latin capitals (QINGSHI DAILY, HEFENG XINWEN), perhaps with OCR specks beside it. */
export const LATIN_NAME = /^[A-Z][A-Z]+(?: [A-Z]+)*$/;

/** True when the whole line is made of strip parts (dates, page numbers, editors, contact lines). */
export function isStripLine(text: string): boolean {
  let rest = text.trim();
  if (!rest) return false;
  // Parts other than a section's name: a name alone needs the strip around it to be furniture.
  let parts = 0;
  while (rest) {
    const k = PARTS.findIndex((re) => re.exec(rest)?.[0].trim());
    if (k < 0) break;
    rest = rest.slice(PARTS[k]!.exec(rest)![0].length).trimStart();
    if (k < PARTS.length - 1) parts++;
  }
  if (rest && (SECTION.test(rest) || PAPER.test(rest)) && parts > 0) return true;
  return parts > 0 && rest === '';
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
  markZone(printed.slice(0, STRIP_REACH), printed.slice(STRIP_REACH));
  markZone(printed.slice(-STRIP_REACH).reverse(), []);
  let masthead = lines.some((l) => l.role === 'masthead' && LATIN_NAME.test(l.text));
  lines.forEach((l, i) => {
    if (l.role !== 'text' || !alone(lines, i, (n) => isSpeck(n.raw) || isLatinMasthead(n.raw))) return;
    if (isLatinMasthead(l.raw)) {
      l.role = masthead ? 'folio' : 'masthead';
      masthead = true;
    } else if (isSpeck(l.raw) && !/^\p{sc=Han}$/u.test(l.text)) l.role = 'noise';
  });
  // Boxes and specks run into the text by OCR (…捐赠物 / 口 / 口口o): never text, wherever they are.
  for (const l of lines) if (l.role === 'text' && /^[口□]+[oO]?$/u.test(l.text)) l.role = 'noise';
}

/** A Latin masthead line, OCR specks beside it allowed (QINGSHI DAILY 和 三 】 |). */
function isLatinMasthead(raw: string): boolean {
  const words = raw.trim().split(/\s+/u);
  let k = 0;
  while (k < words.length && /^[A-Z]+$/.test(words[k]!)) k++;
  const latin = words.slice(0, k).join('');
  return latin.length >= 6 && words.slice(k).every((w) => [...w].length === 1);
}

/** Whether the line stands apart: blank lines, furniture or `alsoQuiet` lines on both sides. */
function alone(lines: readonly Line[], i: number, alsoQuiet: (l: Line) => boolean): boolean {
  const quiet = (l: Line | undefined): boolean =>
    !l || ['blank', 'folio', 'noise', 'masthead'].includes(l.role) || alsoQuiet(l);
  return quiet(lines[i - 1]) && quiet(lines[i + 1]);
}

/** Walks a strip from the page's edge inwards (`zone`, in that order) while its lines are furniture. */
function markZone(zone: readonly Line[], after: readonly Line[]): void {
  const taken: Line[] = [];
  const names: Line[] = [];
  let strip = false;
  let k = 0;
  for (; k < zone.length; k++) {
    const l = zone[k]!;
    if (l.role === 'folio' || l.role === 'masthead') {
      strip ||= l.role === 'folio';
      continue;
    }
    if (l.role !== 'text' && l.role !== 'signature') break;
    if (isStripLine(l.raw)) {
      taken.push(l);
      strip = true;
    } else if (isNameLine(l.raw) || isLatinMasthead(l.raw)) names.push(l);
    else if (isSpeck(l.raw)) taken.push(l);
    else break;
  }
  // A name is the strip's when a strip line confirms it, or when a head line (not text, not a dateline) follows.
  const next = [...zone.slice(k), ...after][0];
  const headFollows =
    next !== undefined && next.role === 'text' && next.text.length <= 30 && !/[。；，,]/u.test(next.text);
  if (!strip && !taken.some((l) => isStripLine(l.raw)) && !(names.length && headFollows)) return;
  for (const l of taken) l.role = isSpeck(l.raw) ? 'noise' : 'folio';
  for (const l of names) l.role = LATIN_NAME.test(l.text) || isLatinMasthead(l.raw) ? 'masthead' : 'folio';
}
