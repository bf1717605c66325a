/**
 * Stage: line roles. Each line of the page text gets the role its own text shows.
 */
import { datesNotice } from './notice-lines.js';
import { cleanSpacing, softClean } from '../text/spacing.js';
import { visualWidth } from '../text/chars.js';
import { curlQuotes, dropTrailingRule, normalizePunct } from '../text/punct.js';
import {
  CORRESPONDENT_ROLE,
  isNamesLine,
  END_MARK,
  endsInOpenCredit,
  OPEN_ALONE,
  openingByline,
  rejoinCreditTails,
  REPORTER_ROLE,
} from './credit-forms.js';
import { OTHER_WRITER_ROLE } from './credit-roles.js';
import { separateCaptionsBeside } from './caption-beside.js';
import { rejoinPhotoCreditTails } from './caption-credit-tail.js';
import { CAPTION, endsWithPhotoCredit, PHOTO_CREDIT } from './photo-credit.js';
import { markFurniture } from './furniture.js';
import { markLoneNames } from './lone-name.js';
import { markBoxes } from './page-boxes.js';
import type { Line, LineRole } from './line.js';
import { splitColumns } from './column-split.js';
import { splitCommentaryLabels } from './commentary-labels.js';
import { splitHeadsBeside } from './heads-beside.js';
import { splitLeadSpecks } from './lead-specks.js';
import { markRunInMarks, splitRunInBriefs } from './run-in-briefs.js';
import { SECTION_LABEL, splitLabelPieces } from './section-labels.js';
import { splitSideBySide } from './side-by-side.js';
import { splitStripBeside } from './strip-beside.js';
import { rejoinSplitRuns } from './split-runs.js';

export type { Line, LineRole } from './line.js';

export { CORRESPONDENT_ROLE, REPORTER_ROLE } from './credit-forms.js';
const OTHER_ROLE = OTHER_WRITER_ROLE;
const ROLE = `(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|${OTHER_ROLE})`;
/** A name in a byline: no title inside it (a title read as a name made a long line of titles match every way). */
const NAME = `(?:(?!${ROLE})[\\p{sc=Han}·]){2,6}`;

/**
 * The ornament many papers set before a byline of its own (□本报记者 …, ◎记者 …, ■本报记者 …); ●★ open a pull
 * quote, and ◆■ one that is no byline; ▲ a caption, or a byline where only roles and names follow it. Not a
 * letter: the byline is kept without it.
 */
export const BYLINE_MARK = /^[□◎○◇☆■◆▲]\s*/u;
/** A byline's mark (□, ■) as OCR reads it: a box character (口, 回, 国) run into 本报记者 or 记者. */
const MISREAD_BYLINE_MARK = '[口回国]\\s*(?=本报|记者|通讯员)';
/** Text and photos by one hand: 文/图, 图/文. */
const BOTH = '文\\s*[/／]\\s*图|图\\s*[/／]\\s*文';
/** Who made what, before the role: 文/图 记者 …, 图/文 …, 摄影 记者 …, 文/本报记者 … 图/本报记者 …. */
const WORK = `(?:(?:${BOTH}|文|图|摄影)\\s*[/／:：]?\\s*)`;

/**
 * A writer's credit with no title, as features print it: 文/王一, 文/图 王一, and the photographer after it
 * (文/王一 图/李二, 文/王一 摄影/李二). It opens with 文: 图/… or 摄影/… alone credits a photo.
 */
const WRITER_BY = `(?:(?:${BOTH})\\s*[/／:：]?\\s*|文\\s*[/／:：]\\s*)`;
const MAKER_BY = '(?:图|摄影)\\s*[/／:：]\\s*';
/**
 * A byline printed alone: roles followed by names, e.g. `记者 王一 通讯员 李二 张三`, `□本报记者 王一`,
 * `文/图 记者 王一`, or a writer's credit with no title (`文/王一 图/李二`).
 */
const BYLINE_ALONE = new RegExp(
  `^(?:${BYLINE_MARK.source.slice(1)}|${MISREAD_BYLINE_MARK})?(?:(?:${WORK}?${ROLE}[ :：/／]*${NAME}(?:[ 、]+${NAME})*[ ]*)+|${WRITER_BY}${NAME}(?:[ 、]+${NAME})*(?:[ ]*${MAKER_BY}${NAME}(?:[ 、]+${NAME})*)?[ ]*)$`,
  'u',
);

/** A byline alone under ▲, the mark that otherwise opens a caption. */
function markedByline(text: string): boolean {
  return text.startsWith('▲') && BYLINE_ALONE.test(text) && text.length <= 40;
}

/**
 * A dateline: 本报讯, 本报北京7月4日电, 本报5月26日讯, 新华社北京7月4日电, and a paper's own for a piece it
 * lent: 濮阳日报讯, 青石晚报讯, and a paper's short name for itself: 晚报讯, 快报讯; an agency's with 据 before it
 * (据新华社北京7月4日电) where the paper retold its copy.
 */
// (Not 本报记者…通讯员 nor 本报通讯员…: bylines, whose 通讯 is no 讯.)
export const DATELINE = new RegExp(
  `^(?!${REPORTER_ROLE}|${CORRESPONDENT_ROLE})` +
    /(?:据\s*(?=(?:新华社|中新社)\p{sc=Han}{0,6}\d{1,2}月\d{1,2}日电))?(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|\p{sc=Han}{2,6}(?:日报|晚报|时报|商报|快报|都市报)|(?:日报|晚报|快报|早报|商报)(?=讯))[^\d讯电，。（(\s]{0,6}?(?:\d{1,2}月\d{1,2}日)?(?:讯|电)/u
      .source,
  'u',
);

/** The page a jump line names: 第二版, 第4版, A06版, B2版 (papers with lettered sections number them so). */
const JUMP_TO = '第?\\s*[A-Za-z]?\\s*[\\d一二三四五六七八九十]+\\s*版';
/**
 * A jump line's brackets, as OCR reads them (also 〈【〔, and 《< as for RESUME); papers also print the line bare
 * (下转A06版).
 */
const JUMP_OPEN = '[（(〈【\\[〔《<]';
const JUMP_CLOSE = '[）)〉】\\]〕》>]';
/** A jump line in brackets, or bare when it says 上/下 or names a lettered page (转A3版): never a headline. */
const jumpLine = (say: string): RegExp =>
  new RegExp(
    `^(?:${JUMP_OPEN}\\s*|(?=[上下紧]|转\\s*[A-Za-z]))${say}\\s*(${JUMP_TO})\\s*[①-⑳]?\\s*${JUMP_CLOSE}?$`,
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
  /^[（(【\[〔［〈<《]\s*(?:上|紧)?\s*接\s*(第?\s*[A-Za-z]?\s*[\d一二三四五六七八九十]+\s*版)\s*[①-⑳]?\s*[）)】\]〕］〉>]/u;

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

/** A signature alone on a line, in parentheses: （李明）, （本通）, （据新华社）. */
const SIGNATURE = new RegExp(`^${OPEN_ALONE}[^（）()〈〉。，；]{1,24}[）)〉]$`, 'u');

/** A source credit alone on a line: 据新华社, 综合新华社、央视新闻, 来源：人民网. */
// The source's name follows at once: 据、… is the end of a word (数据、算力) wrapped onto a new line.
// OCR sets the punctuation of a sentence going on half-width too (据了解,广润…): no credit either.
const CREDIT = /^(?:据|综合|来源[:：]|来自)\s*[\p{L}\p{N}《“「][^，。；！？:：,;!?]{1,23}$/u;

/**
 * The page's own furniture, printed above or below the articles: the date line (2023年6月2日 星期五, with
 * the lunar date or the page number after it), the page number (第2版, A2版) and the editors' credits
 * (责任编辑：… 校对：…).
 */
export const FOLIO_DATE =
  /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周|礼拜)([一二三四五六日天]))?(?:\s*农历[\p{sc=Han}]{2,8})?(?:\s*第?\s*[A-Z]?\d{1,2}\s*版)?$/u;
const PAGE_NUMBER = /^第?\s*[A-Z]?\d{1,2}\s*版$/u;
const EDITOR_ROLE = '(?:责任编辑|责编|编辑|校对|美编|版式|组版|审核|审读|值班编委|图片编辑)';
/** One role of the editors' credits with its names (…：王芳、李红), as many as the line holds. */
const EDITOR_CREDIT = new RegExp(
  `${EDITOR_ROLE}[:：]\\s*[\\p{sc=Han}·]{2,4}?(?:[\\s、]+[\\p{sc=Han}·]{2,4}?)*(?=\\s*(?:${EDITOR_ROLE}[:：]|$))`,
  'gu',
);
/** The date a folio line prints, wherever it stands in the line (2023年6月2日 星期五 青石新闻 第2版). */
export const PRINTED_DATE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*(?:(?:星期|周|礼拜)([一二三四五六日天]))?/u;
/** The parts of a folio line set apart by spaces, besides the editors' credits. */
const FOLIO_PART: Record<string, RegExp> = {
  date: /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:(?:星期|周|礼拜)[一二三四五六日天])?$/u,
  day: /^(?:(?:星期|周|礼拜)[一二三四五六日天]|农历\p{sc=Han}{2,8})$/u,
  page: /^第?[A-Z]?\d{1,2}版$/u,
  number: /^[A-Z]?\d{1,2}$/u,
  name: /^\p{sc=Han}{2,8}$/u,
};

function isFolio(line: Line): boolean {
  const text = line.text;
  if (FOLIO_DATE.test(text) || PAGE_NUMBER.test(text)) return true;
  const rest = text.replace(EDITOR_CREDIT, '');
  if (text.length <= 40 && rest !== text && rest.trim() === '') return true;
  // The strip of furniture in one line, its parts set apart: a date or a page number, and besides at most
  // the page's name, the weekday or lunar date, a bare page number beside a date, and the editors.
  const parts = line.raw.replace(EDITOR_CREDIT, ' ').trim().split(/\s+/u).filter(Boolean);
  const kinds = parts.map((t) => Object.keys(FOLIO_PART).find((k) => FOLIO_PART[k]!.test(t)));
  const count = (kind: string): number => kinds.filter((k) => k === kind).length;
  return (
    line.raw.length <= 80 &&
    parts.length >= 2 &&
    kinds.every(Boolean) &&
    count('date') + count('page') >= 1 &&
    count('name') <= 1 &&
    (count('number') === 0 || count('date') >= 1)
  );
}
/** A paper's serial number as its masthead prints it: 国内统一连续出版物号 CN33-0158, 国内统一刊号：CN41-0001. */
const SERIAL_NUMBER =
  /^(?:国内统一(?:连续出版物号|刊号))?\s*[:：]?\s*CN\s*\d{2}\s*[-－–]\s*\d{4}(?:\s*[/／(（]\s*[A-Z]{1,2}\s*[)）]?)?$/u;
/** How many lines from the top or the bottom of the page folio lines are looked for. */
const FOLIO_REACH = 5;

// (▶ ◎ ☆ ♦ head briefs as ■ ◆ do: see marked-briefs.ts.)
const PULL_QUOTE = /^[●◆■★▶►▷◎☆♦]/u;
const ELISION = /^[…．.·。]{2,}$/u;
const LATIN_MASTHEAD = /^[A-Z][A-Z ]{3,}$/;

/** Splits page text into lines and gives each its role. `lineOffset` is the number of front matter lines. */
export function readLines(body: string, lineOffset = 0): Line[] {
  const raws = body.split('\n');
  if (raws.at(-1) === '') raws.pop();
  // Columns read across are cut apart first: every later pass reads one column's lines in order.
  // (A caption read beside a column's last lines goes first: the columns pass would set it into the text.)
  const pre = separateCaptionsBeside(
    rejoinPhotoCreditTails(
      splitRunInBriefs(raws.map((raw, index) => ({ index, raw }))),
      (raw) => PHOTO_CREDIT.test(raw.trim()) || endsWithPhotoCredit(raw),
    ),
    (raw) => PHOTO_CREDIT.test(raw),
    endsWithPhotoCredit,
  );
  const cut = splitColumns(pre.map((r) => r.raw)).map((r) => ({ ...r, index: pre[r.index]!.index }));
  const runs = splitSideBySide(
    rejoinSplitRuns(cut.map((r) => r.raw)).map((r) => {
      const at = cut[r.index]!;
      return { index: at.index, raw: r.raw, ...(at.noise && at.raw === r.raw ? { noise: true } : {}) };
    }),
  );
  const pieces = splitHeadsBeside(splitCommentaryLabels(splitLabelPieces(splitRunInBriefs(splitStripBeside(runs)))));
  const rejoined = rejoinCreditTails(splitLeadSpecks(pieces));
  const curled = curlQuotes(rejoined.map(({ raw }) => cleanSpacing(raw)));
  const lines = rejoined.map(({ index, raw, stray, noise }, k): Line => {
    // Note: OCR mixes half-width marks into Chinese text (据了解,广润…); read as the full-width the page printed.
    const text = dropTrailingRule(normalizePunct(curled[k]!));
    return {
      n: index + 1 + lineOffset,
      raw,
      text,
      width: visualWidth(raw.trim()),
      role: !text ? 'blank' : noise ? 'noise' : roleOf(text, raw),
      indented: /^(\u3000|[ \t]{2,})\S/u.test(raw),
      ...(stray ? { stray: true as const } : {}),
      ...(endsInOpenCredit(raw) && !rejoined[k + 1]?.raw.trim() ? { creditLeftOpen: true as const } : {}),
    };
  });
  markFolios(lines);
  markMasthead(lines);
  markFurniture(lines);
  markBoxes(lines);
  markLoneNames(lines);
  markRunInMarks(lines);
  return lines;
}

/**
 * A column's label that opens with 记者 or 编者 (记者手记, 记者观察, 编者按): a box's title, not a byline naming 手记.
 */
const REPORTER_COLUMN =
  /^[□◎○◇☆■◆▲]?\s*(?:记者|编者|编辑)\s*(?:手记|札记|观察|调查|随笔|日记|感言|体验|探访|连线|追踪|走访|来信|述评|点评|按)$/u;

/** A commentary's writer named by his title alone, under its mark or not: 本报评论员, ■本报特约评论员. */
const COMMENTATOR = /^[□◎○◇☆■◆●]?\s*(?:本报|本刊)?(?:特约)?评论员$/u;

function roleOf(text: string, raw: string): LineRole {
  if (SECTION_LABEL.test(text)) return 'folio';
  if (ELISION.test(text)) return 'elision';
  // (■本报记者 王一: a byline under its mark, not a pull quote.)
  // (■本报评论员 alone under a commentary signs it, as （本报评论员） does.)
  if (COMMENTATOR.test(text)) return 'signature';
  if (PULL_QUOTE.test(text) && !(BYLINE_ALONE.test(text) && text.length <= 40)) return 'pullquote';
  // (▲本报记者 王一: a byline under a mark some papers set it with; a caption names no one but a photographer.)
  if ((CAPTION.test(text) && !markedByline(text)) || (text.length <= 60 && endsWithPhotoCredit(raw))) return 'caption';
  // A photo's credit alone (王一/摄): its caption, the photo's text, is the line above it if any.
  if (PHOTO_CREDIT.test(raw.trim())) return 'caption';
  if (JUMP.test(text)) return 'jump';
  if (RESUME.test(text)) return 'resume';
  // (据新华社北京7月4日电 with text after it opens a text retold from an agency's copy: a dateline, no source
  // credit; alone on its line it may still close one.)
  const dated = DATELINE.exec(text);
  const credit = CREDIT.test(text) && balanced(text) && !(dated && dated[0].length < text.length);
  if ((SIGNATURE.test(text) && !END_MARK.test(text)) || credit || isNamesLine(raw)) return 'signature';
  // A byline in brackets, or with slashes (记者/王一 …), opening a text with no dateline before it (（记者 王一）早上7点，…)
  // opens it as one would.
  if (DATELINE.test(text) || openingByline(softClean(raw))?.rest.trim()) return 'dateline';
  if (BYLINE_ALONE.test(text) && text.length <= 40 && !REPORTER_COLUMN.test(text)) return 'byline';
  return 'text';
}

/** True when every 《“（ the text opens it also closes: a credit never runs on into the next line (据…发布的《). */
function balanced(text: string): boolean {
  const pairs: Record<string, string> = { '《': '》', '“': '”', '（': '）', '(': ')' };
  const open: string[] = [];
  for (const ch of text) {
    if (pairs[ch]) open.push(pairs[ch]);
    else if (Object.values(pairs).includes(ch) && open.at(-1) === ch) open.pop();
  }
  return open.length === 0;
}

/** Folio lines among the first and last few lines: never body text, headlines or the masthead. */
function markFolios(lines: Line[]): void {
  const printed = lines.filter((l) => l.role !== 'blank');
  // A paper's serial number (国内统一连续出版物号 CN33-0158) is its masthead's, wherever an export set it.
  for (const l of printed) if (SERIAL_NUMBER.test(l.text)) l.role = 'folio';
  // (Not a notice's date under its issuer's name: see notice-lines.ts.)
  for (const l of [...printed.slice(0, FOLIO_REACH), ...printed.slice(-FOLIO_REACH)])
    if (isFolio(l) && !datesNotice(lines, lines.indexOf(l))) l.role = 'folio';
}

/**
 * The masthead is a Latin (pinyin) line with the page name printed beside it, at the top of the page.
 * Note: only the top few lines are looked at, so a Latin line in an article never becomes a masthead.
 */
function markMasthead(lines: Line[]): void {
  const top = lines.filter((l) => l.role !== 'blank' && l.role !== 'folio').slice(0, 4);
  const latin = top.find((l) => LATIN_MASTHEAD.test(l.text));
  if (!latin) return;
  latin.role = 'masthead';
  const i = lines.indexOf(latin);
  const printed = (ls: readonly Line[]): Line | undefined => ls.find((l) => l.role !== 'blank');
  const after = printed(lines.slice(i + 1, i + 4));
  const before = printed(lines.slice(Math.max(0, i - 3), i).reverse());
  // (The name under the Latin line, or over it when the line under is longer than a name: a headline.)
  const name = (l: Line | undefined): boolean => l?.role === 'text' && /^[\p{sc=Han}·]{2,6}$/u.test(l.text);
  // (Both name-like: the line under is a short headline when text follows it right away, 金色稻浪 over its
  // caption; a section's name set large carries its Latin line under it, 城事 / CITY.)
  // (Nor is it a name when a line runs on right under it: a headline broken over two lines, 老年象棋赛 / “棋”乐融融.)
  const headed = after !== undefined && (opensBody(lines, lines.indexOf(after)) || runsOnBelow(lines, after));
  const near = (!name(after) || headed) && name(before) ? before : (after ?? before);
  // (A paper's name is short, or ends in 报: a longer line is the headline of the page's first story.)
  if (near && near.role === 'text' && (name(near) || /^[\p{sc=Han}·]{2,10}报$/u.test(near.text)))
    near.role = 'masthead';
}

/** Whether a line of text stands right under `line`, no blank line between: a paper's name is set alone. */
function runsOnBelow(lines: readonly Line[], line: Line): boolean {
  return lines[lines.indexOf(line) + 1]?.role === 'text';
}

/** Whether the first printed line after line `i` is body text: a sentence, or a line running on with a comma. */
function opensBody(lines: readonly Line[], i: number): boolean {
  const next = lines.slice(i + 1, i + 4).find((l) => l.role !== 'blank');
  return next !== undefined && (next.role === 'dateline' || /[，。；]/u.test(next.text)) && next.text.length > 12;
}
