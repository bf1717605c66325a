/**
 * Stage: line roles. Each line of the page text gets the role its own text shows.
 */
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
import { nameWithout, OTHER_WRITER_ROLE } from './credit-roles.js';
import { separateCaptionsBeside } from './caption-beside.js';
import { rejoinPhotoCreditTails } from './caption-credit-tail.js';
import { CAPTION, endsWithPhotoCredit, opensLikeAWord, opensNumberedCaption, PHOTO_CREDIT } from './photo-credit.js';
import { markFurniture } from './furniture.js';
import { markFolios } from './folio-lines.js';
import { markMasthead } from './masthead-lines.js';
import { JUMP, RESUME } from './jump-lines.js';
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
const NAME = nameWithout(6, ROLE);

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
const WORK = `(?:(?:${BOTH}|文|图|摄影)\\s*(?:[/／:：]\\s*)?)`;

/**
 * A writer's credit with no title, as features print it: 文/王一, 文/图 王一, and the photographer after it
 * (文/王一 图/李二, 文/王一 摄影/李二). It opens with 文: 图/… or 摄影/… alone credits a photo.
 */
const WRITER_BY = `(?:(?:${BOTH})\\s*(?:[/／:：]\\s*)?|文\\s*[/／:：]\\s*)`;
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

/** A signature alone on a line, in parentheses: （李明）, （本通）, （据新华社）. */
const SIGNATURE = new RegExp(`^${OPEN_ALONE}[^（）()〈〉。，；]{1,24}[）)〉]$`, 'u');

/** A source credit alone on a line: 据新华社, 综合新华社、央视新闻, 来源：人民网. */
// The source's name follows at once: 据、… is the end of a word (数据、算力) wrapped onto a new line.
// OCR sets the punctuation of a sentence going on half-width too (据了解,广润…): no credit either.
const CREDIT = /^(?:据|综合|来源[:：]|来自)\s*[\p{L}\p{N}《“「][^，。；！？:：,;!?]{1,23}$/u;

// (▶ ◎ ☆ ♦ head briefs as ■ ◆ do: see marked-briefs.ts.)
const PULL_QUOTE = /^[●◆■★▶►▷◎☆♦]/u;
const ELISION = /^[…．.·。]{2,}$/u;

/** Lines a gallery's captions stand within of each other: its photos' captions are set together, under one credit. */
const GALLERY_REACH = 8;

/** Whether a photo credit alone stands between two lines: it closes the gallery above it. */
const creditBetween = (texts: readonly string[], a: number, b: number): boolean =>
  texts.slice(Math.min(a, b) + 1, Math.max(a, b)).some((t) => PHOTO_CREDIT.test(t));

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
  const pieces = splitHeadsBeside(splitCommentaryLabels(splitLabelPieces(splitStripBeside(runs))));
  const rejoined = rejoinCreditTails(splitLeadSpecks(pieces));
  const curled = curlQuotes(rejoined.map(({ raw }) => cleanSpacing(raw)));
  // Note: OCR mixes half-width marks into Chinese text (据了解,广润…); read as the full-width the page printed.
  const texts = curled.map((t) => dropTrailingRule(normalizePunct(t)));
  // (A caption opening that reads as a word too, 图纸：, is one only near a caption numbered past doubt, 图①：, in
  // the same gallery: two word-like openings do not vouch for each other, nor does another story's gallery.)
  const sure = texts.flatMap((t, k) => (opensNumberedCaption(t) && !opensLikeAWord(t) ? [k] : []));
  const lines = rejoined.map(({ index, raw, stray, noise }, k): Line => {
    const text = texts[k]!;
    const gallery = sure.some((at) => at !== k && Math.abs(at - k) <= GALLERY_REACH && !creditBetween(texts, at, k));
    return {
      n: index + 1 + lineOffset,
      raw,
      text,
      width: visualWidth(raw.trim()),
      role: !text ? 'blank' : noise ? 'noise' : roleOf(text, raw, gallery),
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

/** A line's role from its own text; `gallery` says the page numbers its photos (图①…, 图2：…) elsewhere. */
function roleOf(text: string, raw: string, gallery: boolean): LineRole {
  if (SECTION_LABEL.test(text)) return 'folio';
  if (ELISION.test(text)) return 'elision';
  // (■本报记者 王一: a byline under its mark, not a pull quote.)
  // (■本报评论员 alone under a commentary signs it, as （本报评论员） does.)
  if (COMMENTATOR.test(text)) return 'signature';
  if (PULL_QUOTE.test(text) && !(BYLINE_ALONE.test(text) && text.length <= 40)) return 'pullquote';
  // (▲本报记者 王一: a byline under a mark some papers set it with; a caption names no one but a photographer.)
  const opensCaption = CAPTION.test(text) && !markedByline(text) && (gallery || !opensLikeAWord(text));
  if (opensCaption || (text.length <= 60 && endsWithPhotoCredit(raw))) return 'caption';
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
