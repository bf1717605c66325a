/**
 * Jump lines: an article continued on another page (（下转第二版）) or continued from one (（上接第一版）), alone
 * on a line or opening the rest of the article. Page furniture, never a credit or a headline.
 */

/** The page a jump line names: 第二版, 第4版, A06版, B2版 (papers with lettered sections number them so). */
const JUMP_TO = '(?:第\\s*)?(?:[A-Za-z]\\s*)?[\\d一二三四五六七八九十]+\\s*版';
/**
 * A jump line's brackets, as OCR reads them (also 〈【〔, and 《< as for RESUME); papers also print the line bare
 * (下转A06版).
 */
const JUMP_OPEN = '[（(〈【\\[〔《<]';
const JUMP_CLOSE = '[）)〉】\\]〕》>]';
/** A jump line in brackets, or bare when it says 上/下 or names a lettered page (转A3版): never a headline. */
const jumpLine = (say: string): RegExp =>
  new RegExp(
    `^(?:${JUMP_OPEN}\\s*|(?=[上下紧]|转\\s*[A-Za-z]))${say}\\s*(${JUMP_TO})\\s*(?:[①-⑳]\\s*)?${JUMP_CLOSE}?$`,
    'u',
  );

/**
 * A jump line: an article continued on another page (（下转第二版）, （转 A2 版）, 下转A06版) or continued
 * from one (（上接第一版）, （紧接 1 版）, 上接A01版). Page furniture, never a credit or a headline.
 */
export const JUMP = jumpLine('(?:上|下|紧)?\\s*(转|接)');
/** A jump line's page (the last group of a {@link jumpLine}), spaces removed. */
const jumpPage = (m: RegExpExecArray | null): string | null => (m ? m.at(-1)!.replace(/\s+/gu, '') : null);

/**
 * The mark opening the rest of an article begun on another page, with its text run in after it
 * (（上接第一版）工程旨在…). OCR reads its brackets as any of （(【[〔 and ）)】]〕, and mixes them.
 */
export const RESUME =
  /^[（(【\[〔［〈<《]\s*(?:(?:上|紧)\s*)?接\s*((?:第\s*)?(?:[A-Za-z]\s*)?[\d一二三四五六七八九十]+\s*版)\s*(?:[①-⑳]\s*)?[）)】\]〕］〉>]/u;

/** The page a jump line says an article comes from (第一版, A2版), or null when it says none. */
export function continuedFrom(text: string): string | null {
  const m = RESUME.exec(text.trim());
  return m ? m[1]!.replace(/\s+/gu, '') : jumpPage(COMES_FROM.exec(text.trim()));
}
/** A jump line alone from the page an article comes from: 上接A01版. */
const COMES_FROM = jumpLine('(?:上|紧)?\\s*接');

/** A jump line to another page, as OCR reads its brackets: （下转第三版）, 〈转A2版), 下转A06版. */
const GOES_ON = jumpLine('(?:下|紧)?\\s*转');

/** The page a jump line says an article goes on on (第三版, A2版), or null when it is no such line. */
export function continuedTo(text: string): string | null {
  return jumpPage(GOES_ON.exec(text.trim()));
}
