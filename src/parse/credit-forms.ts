/**
 * Credits as real exports print them: brackets OCR reads as （(〈, names set apart with no role, a credit
 * run in after the last sentence of a brief.
 */
import { CREDIT_NAME, CREDIT_ROLE } from './credit-roles.js';
import type { Line } from './line.js';
import type { RawLine } from './split-runs.js';

export { CORRESPONDENT_ROLE, CREDIT_ROLE, REPORTER_ROLE } from './credit-roles.js';

/**
 * An opening bracket of a credit, as OCR reads （: also ( and 〈; and the lenticular brackets some papers
 * print a credit in (本报讯【记者 王一】, 〔王一〕).
 */
export const OPEN = '[（(〈【〔]';
/**
 * The opening bracket of a credit set alone on a line (（王一）, （本报记者 王一 摄）): also 《 where no 》
 * closes it, as OCR reads （ (a title of a work closes with 》).
 */
export const OPEN_ALONE = '(?:[（(〈]|《(?=[^》]*$))';
/** The opening bracket of a byline's roles and names (（记者 …）): OCR reads it also as 《. */
export const OPEN_BYLINE = '[（(〈《【〔]';
/** A closing bracket of a credit, as OCR reads ）: also ) and 〉; and the lenticular 】〕. */
export const CLOSE = '[）)〉】〕]';
/**
 * A byline's brackets where a title follows the opening one and says it is a credit: also the ASCII marks of a
 * bracket's shape, as OCR reads them ([ { <, ] } >). Elsewhere (a name alone, a signature) they are no bracket.
 */
const OPEN_TITLED = '[（(〈《【〔\\[{<]';
const CLOSE_TITLED = '[）)〉】〕\\]}>]';
/**
 * What OCR makes of a credit's （ besides a bracket: a quotation mark, 「 or 【, and a bracket read twice
 * over (〈《记者 …, 〈(记者 …), as the second of two marks.
 */
const OPEN_MISREAD = '[《〈“”「【（(]';

/**
 * What sets two names (or a name and the next title) apart inside a credit: spaces, 、, or a comma, as many
 * papers print them (（记者 王一，通讯员 李二）, （记者 王一明，李二）).
 */
const NAME_SEP = '(?:\\s*[，,]\\s*|[\\s、]+)';
/**
 * A byline in brackets at the start of a text (after its dateline): the roles and names, and what it took.
 * With a real bracket the names may be anything up to the closing one; where OCR lost the （ or read it as
 * a quotation mark, only roles and short names set apart (NAME_SEP) count (本报讯 记者 王一）…), so a
 * sentence (记者从区里获悉…) never reads as one. Tested on the text as printed: spaces set names apart.
 * (The names are bounded, and a bare name never opens with a title: a title reads as names too, and a long
 * line of them would be tried every way.)
 */
const LEADING_BYLINE = new RegExp(
  `^(?:${OPEN_TITLED}\\s*(?:${OPEN_MISREAD}\\s*)?(${CREDIT_ROLE}[^（）()〈〉《》“”。，；]{1,60}?)|(?:${OPEN_MISREAD}\\s*){0,2}(${CREDIT_ROLE}\\s*[\\p{sc=Han}·]{1,4}(?:${NAME_SEP}(?:${CREDIT_ROLE}\\s*|(?!${CREDIT_ROLE}))[\\p{sc=Han}·]{1,4}){0,7}))\\s*${CLOSE_TITLED}`,
  'u',
);

/** The byline in brackets a text opens with (its roles and names, spaces kept) and the text after it; or null. */
export function leadingByline(text: string): { byline: string; rest: string } | null {
  const m = LEADING_BYLINE.exec(text);
  if (!m) return null;
  return { byline: (m[1] ?? m[2]!).replace(/\s+/gu, ' ').trim(), rest: text.slice(m[0].length) };
}

/**
 * Common Chinese surnames (the first character of most personal names), the most common first: a run of
 * short words set apart on a line is a list of names only when every one begins with one (迎复审 创示范 is
 * a slogan).
 */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝阎芮晁濮郁蔺',
]);

const SURNAME_RANK = new Map([...SURNAMES].map((ch, i) => [ch, i]));

/** How common a surname is: its place in the list (most common first, as the list is set), or -1. */
export function surnameRank(ch: string): number {
  return SURNAME_RANK.get(ch) ?? -1;
}

const NAME = '\\p{sc=Han}{2,3}';
const NAMES_ALONE = new RegExp(`^${NAME}(?:[\\s、]+${NAME}){1,5}$`, 'u');

/**
 * A line of two or more personal names set apart by spaces and nothing else (张一明  李二  赵三丰): the
 * writers' credit many papers print under an article, with no role before the names.
 */
export function isNamesLine(raw: string): boolean {
  const text = raw.trim();
  if (!NAMES_ALONE.test(text)) return false;
  return text.split(/[\s、]+/u).every((name) => SURNAMES.has(name[0]!));
}

/** Every role a credit names. */
const ANY_ROLE = new RegExp(CREDIT_ROLE, 'gu');
/**
 * The mark a text ends with, alone on its line under the last sentence: （完）, （全文完）, （未完待续）. It names no
 * one: it is the article's text, run on at the end of its last paragraph.
 */
export const END_MARK = /^[（(〈]\s*(?:(?:全文)?完|(?:未完)?待续)\s*[）)〉]$/u;
/** Words in brackets after a last sentence that are no credit: （完）, （未完待续）, （下转第二版）. */
const NOT_A_CREDIT = /完|续|转|接|版|注|见|详|略|图|表/u;

/**
 * A credit in brackets run in after an article's last sentence (…情况等。（王一 李二）, …活动。 。。 (王一)):
 * the names of who wrote it, each two to four characters, or a byline with its roles. OCR noise between the
 * sentence's end and the bracket is allowed, and 《 for （ before a role (《王一》 alone is a title of a work). Tested on the line as printed: its spaces set names apart.
 */
const RUN_IN = new RegExp(
  `(?<=[。！？!?…”’」』])[\\s。．.，,、]*((?:${OPEN}|《(?=\\s*${CREDIT_ROLE}))\\s*(?:${OPEN_MISREAD}\\s*)?(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{2,4}(?:${NAME_SEP}(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{2,4}){0,5}(?:\\s*(?:[/／]\\s*)?摄影?)?\\s*${CLOSE})\\s*$`,
  'u',
);
/**
 * A photo's credit run in after a photo story's last sentence with no brackets (…前来观赏。王一/摄, …。本报记者
 * 王一 摄): the mark of the work (摄) names it a credit, where a bare name could be the sentence's last word.
 */
const PHOTO_RUN_IN = new RegExp(
  `(?<=[。！？!?…”’」』])\\s*((?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{2,4}(?:[\\s、]+[\\p{sc=Han}·]{2,4}){0,3}(?:\\s*[/／]\\s*|\\s+)摄影?)\\s*$`,
  'u',
);

/**
 * A byline run in after the last sentence whose closing bracket OCR lost (…开放。（记者 王一 通讯员 李二): its
 * title says it is a credit. Only where nothing follows the line before a blank line: a tail broken onto the
 * next line (…（本报记者 王 / 一 摄）) finishes it there.
 */
const RUN_IN_OPEN = new RegExp(
  `(?<=[。！？!?…”’」』])\\s*(${OPEN}\\s*(?:${OPEN_MISREAD}\\s*)?${CREDIT_ROLE}\\s*[\\p{sc=Han}·]{2,4}(?:${NAME_SEP}(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{2,4}){0,5})\\s*$`,
  'u',
);

/** Whether a line ends in a byline run in with its closing bracket lost (see RUN_IN_OPEN). */
export const endsInOpenCredit = (raw: string): boolean => RUN_IN_OPEN.test(raw);

/**
 * The credit run in at the end of a paragraph's last printed line, as printed, and where it starts; or null.
 * `leftOpen`: the line is its text's last (a blank line under it), so a byline whose closing bracket was lost
 * counts too (`open` in the answer).
 */
export function runInCredit(raw: string, leftOpen = false): { credit: string; at: number; open?: true } | null {
  const m = RUN_IN.exec(raw);
  // (The roles go first: 见习记者 is a title, not 见 of 见第二版.)
  if (m && !NOT_A_CREDIT.test(m[1]!.slice(1, -1).replace(ANY_ROLE, ''))) return { credit: m[1]!, at: m.index };
  const open = leftOpen ? RUN_IN_OPEN.exec(raw) : null;
  if (open) return { credit: open[1]!, at: open.index, open: true };
  const photo = PHOTO_RUN_IN.exec(raw);
  return photo ? { credit: photo[1]!, at: photo.index } : null;
}

/** The credit run in at the end of a printed line, counting a byline whose closing bracket was lost when the line is its text's last (Line.creditLeftOpen). */
export const lineCredit = (line: Pick<Line, 'raw' | 'creditLeftOpen'>): ReturnType<typeof runInCredit> =>
  runInCredit(line.raw, line.creditLeftOpen);

/** The rest of a credit broken off its line: a name's last characters (and more names), and the closing bracket. */
const CREDIT_TAIL = new RegExp(`^[\\p{sc=Han}·]{1,3}(?:\\s+[\\p{sc=Han}·]{2,4}){0,3}\\s*${CLOSE}(.*)$`, 'u');
/**
 * A line that ends in a credit left open: after a finished sentence, a dateline, or alone, a bracket and
 * names so far.
 */
const CREDIT_OPENED = new RegExp(
  `(?:^|[。！？!?…”’」』]\\s*|^\\S{0,14}?[讯电]\\s*)${OPEN_BYLINE}\\s*(?:${OPEN_MISREAD}\\s*)?(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{1,4}(?:${NAME_SEP}(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{1,4}){0,5}$`,
  'u',
);

/**
 * A byline printed alone whose last name the measure broke after its first character (本报记者 王一
 * 通讯员 李 / 二明 赵三): no name is one character long, so the rest, and the names after it, are on the
 * next line.
 */
const BYLINE_BROKEN = new RegExp(
  `^(?:[□◎○◇☆]\\s*)?${CREDIT_ROLE}\\s*${CREDIT_NAME}(?:[\\s、]+(?:${CREDIT_ROLE}\\s*)?${CREDIT_NAME})*[\\s、]+(?:${CREDIT_ROLE}\\s*)?\\p{sc=Han}$`,
  'u',
);
const NAMES_REST = /^\p{sc=Han}{1,3}(?:\s+[\p{sc=Han}·]{2,4}){0,3}$/u;

/**
 * Joins the rest of a credit that a column's measure broke off (…就医。（欧阳芳 贾 / 琳）, （记者 王一 李 /
 * 二）昨日，…) to the line it was printed on, with the text after it, across one blank line at most when the
 * rest is alone (OCR sets a short last line apart). A space stays between two whole names (（王一 / 李二）),
 * none inside one (贾 / 琳). So does a byline printed alone whose last name was broken (see BYLINE_BROKEN).
 */
export function rejoinCreditTails(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const tail = line.raw.trim();
    const last = out.at(-1);
    if (last && BYLINE_BROKEN.test(last.raw.trim()) && NAMES_REST.test(tail)) {
      last.raw = `${last.raw.trimEnd()}${tail}`;
      continue;
    }
    if (last && roleBroken(last.raw.trim(), tail)) {
      last.raw = `${last.raw.trimEnd()}${tail}`;
      continue;
    }
    const m = CREDIT_TAIL.exec(tail);
    // (Across a blank line only when the rest is alone: text after it is the text the credit opens.)
    const k = out.at(-1)?.raw.trim() === '' && !m?.[1]?.trim() ? out.length - 2 : out.length - 1;
    const prev = out[k];
    if (!prev || !m || !CREDIT_OPENED.test(prev.raw.trim())) {
      out.push({ ...line });
      continue;
    }
    const before = /(\p{sc=Han}+)$/u.exec(prev.raw.trim())?.[1] ?? '';
    const after = /^(\p{sc=Han}+)/u.exec(tail)?.[1] ?? '';
    prev.raw = `${prev.raw.trimEnd()}${before.length >= 2 && after.length >= 2 ? ' ' : ''}${tail}`;
  }
  return out;
}

/** A line ending in a credit's title broken after its first characters (…开放。（记, 本报讯（通讯): see roleBroken. */
const ROLE_OPENED = new RegExp(
  `(?:^|[。！？!?…”’」』]\\s*|^\\S{0,14}?[讯电]\\s*)${OPEN_BYLINE}\\s*(?:本报)?(记|通讯?)$`,
  'u',
);
/** The rest of that title on the next line, with the names and the closing bracket (者王一）, 讯员 李二）). */
const ROLE_REST = new RegExp(
  `^(者|讯员|员)\\s*[\\p{sc=Han}·]{2,4}(?:${NAME_SEP}(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{2,4}){0,5}\\s*${CLOSE}`,
  'u',
);

/**
 * Whether a column's measure broke a credit inside its title (…开放。（记 / 者王一）): the line ends in the
 * title's first characters after an open bracket, the next opens with the rest of it, the names and the
 * closing bracket. The two lines are one credit, joined with no space.
 */
function roleBroken(line: string, next: string): boolean {
  const a = ROLE_OPENED.exec(line)?.[1];
  const b = ROLE_REST.exec(next)?.[1];
  return a !== undefined && b !== undefined && (a + b === '记者' || a + b === '通讯员');
}

/**
 * A byline in brackets whose closing bracket OCR lost, the last name run on into the text (（记者 王一
 * 通讯员 李二昨日，…): its roles and the names before the last, up to where the last name begins.
 */
const UNCLOSED_BYLINE = new RegExp(
  `^${OPEN_BYLINE}\\s*(?:${OPEN_MISREAD}\\s*)?((?:${CREDIT_ROLE}\\s*(?:${CREDIT_NAME}[\\s、]+)+)*${CREDIT_ROLE}\\s*(?:${CREDIT_NAME}[\\s、]+)*)(?=\\p{sc=Han}{2})(?!${CREDIT_ROLE})`,
  'u',
);

const ENDS_IN_ROLE = new RegExp(`${CREDIT_ROLE}$`, 'u');

/**
 * The byline a text opens with when its closing bracket is lost: `lastName` reads where the last name ends
 * in the text run on after it (the words of the text, as a segmenter cuts them).
 */
export function unclosedByline(
  text: string,
  lastName: (run: string) => string,
): { byline: string; rest: string } | null {
  const m = UNCLOSED_BYLINE.exec(text);
  if (!m) return null;
  const after = text.slice(m[0].length);
  const names = m[1]!.replace(/\s+/gu, ' ').trim();
  // (After a name and a space, text that opens with no surname is the text: the bracket alone was lost.)
  if (/\s$/u.test(m[1]!) && !ENDS_IN_ROLE.test(names) && surnameRank(after[0]!) < 0)
    return { byline: names, rest: after };
  const name = lastName(after);
  // (A name with a space after it would have been read with the names before it: the line is no byline.)
  if (!name || /^\s/u.test(after.slice(name.length))) return null;
  return { byline: `${names} ${name}`, rest: after.slice(name.length) };
}

/**
 * A byline set after a dateline with no brackets, closed by what the writers did (本报讯 记者 王一 报道：…,
 * 记者 王一 通讯员 李二 报道 …): 报道 and the colon or space after it mark its end, so a sentence that opens
 * with a role (记者从区里获悉…) never reads as one.
 */
const REPORTED_BYLINE = new RegExp(
  `^(${CREDIT_ROLE}\\s*[\\p{sc=Han}·]{1,4}(?:[\\s、]+(?:${CREDIT_ROLE}\\s*)?[\\p{sc=Han}·]{1,4})*?\\s*(?:报道|报导))(?:\\s*[:：]|\\s+)`,
  'u',
);

/** The unbracketed byline closed by 报道 a text opens with (spaces kept), and the text after it; or null. */
export function reportedByline(text: string): { byline: string; rest: string } | null {
  const m = REPORTED_BYLINE.exec(text);
  if (!m) return null;
  return { byline: m[1]!.replace(/\s+/gu, ' ').trim(), rest: text.slice(m[0].length) };
}

/**
 * A byline set after a dateline with no brackets, each title joined to its names by a slash (青石都市报讯
 * 记者/王一 通讯员/李二 4月2日，…): the slash marks the credit, and the space after the last name ends it
 * (or a digit: a text layer drops the space between Han and digits).
 */
const SLASHED_BYLINE = new RegExp(
  `^(${CREDIT_ROLE}\\s*[/／]\\s*[\\p{sc=Han}·]{2,4}(?:[\\s、]+(?:${CREDIT_ROLE}\\s*[/／]\\s*)?[\\p{sc=Han}·]{2,4})*)(?:\\s+|$|(?=[0-9０-９]))`,
  'u',
);

/** The byline with slashes a text opens with (spaces kept), and the text after it; or null. */
export function slashedByline(text: string): { byline: string; rest: string } | null {
  const m = SLASHED_BYLINE.exec(text);
  if (!m) return null;
  return { byline: m[1]!.replace(/\s+/gu, ' ').trim(), rest: text.slice(m[0].length) };
}

/**
 * The byline a text with no dateline opens with: in brackets (（记者 王一）早上7点，…), or with its titles joined to
 * the names by slashes (记者/王一 通讯员/李二 近日，…: the slash marks a credit as a bracket does). Null if none.
 */
export function openingByline(text: string): { byline: string; rest: string } | null {
  return (/^[（(〈《“「【〔[{<]/u.test(text) ? leadingByline(text) : null) ?? slashedByline(text);
}
