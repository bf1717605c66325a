/**
 * The parts a page's strip is made of (page number, section, date, editors, contacts, the issue's numbers, the
 * publisher) and the names set with it (the paper's, the section's), as text tells them: what furniture.ts walks
 * the strip with, and what strip-beside.ts and page-boxes.ts tell apart from head lines.
 */
import { nameWithout } from './credit-roles.js';

/** Editors' roles in the strip, with the page's (本版) and the work done (文字校对, 版式设计). */
export const ROLE =
  '(?:本版|本期)?(?:责任|文字|图片|美术|值班)?(?:编辑|校对|设计|美编|责编|版式(?:设计|制作)?|组版|排版|照排|审核|审读|审校|校审|终审|签发|编委|主编|总编|副总编|值班主任|监制|制作|统筹|策划)';
/**
 * A name in the credits: two to four Han characters (the strip rarely leaves room for more), none of them
 * opening the next role (王一校对：, names run into the next role without a space).
 */
export const NAME = nameWithout(4, ROLE, '电话', '热线', '传真', '邮箱');
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

/** Who publishes a paper as its masthead box names it: a party committee, a government, a press, a media centre. */
const PUBLISHER = '[\\p{sc=Han}（）()·]{1,16}?(?:委|委员会|政府|报社|社|中心|集团|公司|局)';

/**
 * The masthead box's lines besides the paper's name: its publisher (中共某县委主办, 某日报社出版, 某县融媒体
 * 中心主办, 主管主办：某日报社), where it is printed (社址：…), its price and licence numbers.
 */
const PUBLISHER_PARTS: readonly RegExp[] = [
  new RegExp(`^${PUBLISHER}(?:主管主办|主管|主办|编辑出版|出版|协办|承办)(?=[\\s”“"'。，,;；|/／]|$)`, 'u'),
  new RegExp(
    `^(?:主管主办|主管单位|主办单位|主管|主办|出版单位|出版|承印|印刷)\\s*[:：]\\s*${PUBLISHER}(?=[\\s”“"'。，,;；|/／]|$)`,
    'u',
  ),
  /^(?:社址|地址|报社地址)\s*[:：]\s*\S{4,40}/u,
  /^(?:定价|零售价|每份|全年定价|月价)\s*(?:[:：]\s*)?\d{1,3}(?:\.\d{1,2})?\s*元/u,
  /^广告(?:经营)?许可证(?:号)?\s*(?:[:：]\s*)?[\w\-]{4,24}/u,
];

/** Strip parts, each tried on what is left of a line, longest first. */
const PARTS: readonly RegExp[] = [
  // 本版编辑：王一 校对：李二, 编辑/王一 美编/李二, 责编许晴 / 美编 万里.
  new RegExp(`^${ROLE}${GIVES}${NAME}(?:[\\s、,，]+${NAME})*(?=$|[^\\p{sc=Han}·]|${ROLE})`, 'u'),
  // A role with nothing after it yet (责任编辑：), its names on the next line, or OCR junk after it (校对:;).
  new RegExp(`^${ROLE}\\s*[:：]`, 'u'),
  // Names left over from the line before, up to the next role.
  new RegExp(`^${NAME}(?:[\\s、]+${NAME})*(?=\\s*(?:[/／|]\\s*)?${NEXT})`, 'u'),
  /^(?:电话|热线|传真|新闻热线|邮编|投稿邮箱|邮箱|E-?mail|Email)\s*(?:[:：]\s*)?[\w@.\-()（）〈〉+ ]*?(?=\s{2,}|$|\s*\p{sc=Han})/iu,
  // What an export leaves of a contact on the next line: the rest of a number (1） 86012345), of an address (.com).
  /^[（(〈]?\s*\d{1,4}\s*[)）〉]\s*[\d\-]{5,}/u,
  /^\.(?:com|cn|net|org)(?:\.cn)?(?![\w.])/u,
  /^(?:国内统一连续出版物号|国内统一刊号|刊号)?\s*(?:[:：]\s*)?CN\s*\d{2}\s*[-－]\s*\d{4}(?:\s*[/／]\s*[A-Z]{1,2})?/u,
  /^邮发代号\s*(?:[:：]\s*)?\d{1,2}\s*[-－]\s*\d{1,4}/u,
  ...PUBLISHER_PARTS,
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
  // The lunar date without 农历, by its year's cyclic name (乙巳年二月廿五, 甲辰年腊月初八, 癸卯年闰二月十一).
  /^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:(?:闰\s*)?[正一二三四五六七八九十冬腊]{1,2}\s*月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十|三十|卅)?)?/u,
  /^第?\s*(?:[A-Z]\s*)?\d{1,2}\s*版/u,
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
export const LETTERED_PAGE_YEAR = /^[A-Z]\d{1,2}(?:19|20)\d{2}\s*(?:年|[.\-/]\s*\d)/u;

/** A section's name alone. */
export const SECTION = new RegExp(`^${SECTION_NAME}$`, 'u');

/** A paper's name as its masthead prints it: …日报, …晚报, …报 (traditional script too: 農民日報). */
export const PAPER = /^\p{sc=Han}{1,6}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|快报|快報|报|報)$/u;

/** A paper's name as no headline reads: a place's name and 日报, 晚报, 周报… (not 喜报, 海报, 情报). */
export const PAPER_ALONE = /^\p{sc=Han}{2,4}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|快报|快報|周报|週報|都市报)$/u;

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
export function isGarbledStrip(text: string): boolean {
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
