/**
 * Datelines, bylines and signatures: the credit text around an article's body.
 */
import { cleanSpacing, softClean } from '../text/spacing.js';
import { cutWords } from '../text-node/words.js';
import {
  CLOSE,
  CORRESPONDENT_ROLE,
  leadingByline,
  OPEN,
  REPORTER_ROLE,
  reportedByline,
  slashedByline,
  surnameRank,
  unclosedByline,
} from './credit-forms.js';
import { DATELINE } from './lines.js';
import { joinCompoundSurnames, joinLoneCharacters } from './credit-names.js';
import { NAMES_CORRESPONDENTS, NAMES_REPORTERS, OTHER_WRITER_ROLE, ROLE_WORD } from './credit-roles.js';

/** Credits read from a byline. */
export interface Credits {
  byline: string;
  reporters: string[];
  correspondents: string[];
}

/**
 * A byline in parentheses and nothing else (（记者 王一 通讯员 李二）), as a line of its own. A photo's credit
 * (（本报记者 王一 摄）) names who took the photo, not who wrote the text: no byline.
 */
export function isBylineInParens(text: string): boolean {
  const found = leadingByline(text);
  return found?.rest.trim() === '' && !takenBy(found.byline);
}

/**
 * Whether a credit names a photographer: its names end in 摄 (摄影), as a photo's credit does, or in 摄影报道, a
 * photo story's credit (its text is the photo's caption).
 */
export function takenBy(credit: string): boolean {
  return /摄影?(?:报道)?\s*$/u.test(credit);
}

const ROLE_SPLIT = new RegExp(`(${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|${OTHER_WRITER_ROLE})`, 'u');

/**
 * Splits a paragraph's opening dateline (and the byline in parentheses after it) from its text.
 * `raw` is the paragraph's lines as printed: the byline's spaces separate names.
 */
export function splitDateline(raw: string): { dateline: string | null; byline: string | null; rest: string } {
  const soft = softClean(raw);
  const text = cleanSpacing(soft);
  const d = DATELINE.exec(text);
  if (!d) {
    // A text that opens with its byline in brackets, or with slashes, and no dateline (（记者 王一）早上7点，…).
    const b = leadingByline(soft) ?? slashedByline(soft);
    return b
      ? { dateline: null, byline: b.byline, rest: cleanSpacing(b.rest) }
      : { dateline: null, byline: null, rest: text };
  }
  // Walk the soft text until the dateline's characters are used up (it may hold spaces the clean text lost).
  let i = 0;
  for (let used = 0; i < soft.length && used < d[0].length; i++) if (soft[i] !== ' ') used++;
  const rest = soft.slice(i).trimStart();
  const b = leadingByline(rest) ?? reportedByline(rest) ?? slashedByline(rest) ?? unclosedByline(rest, nameOpening);
  return { dateline: d[0], byline: b?.byline ?? null, rest: cleanSpacing(b ? b.rest : rest) };
}

/**
 * The personal name a run of text opens with, where nothing marks its end: the segmenter's first word when
 * it is a name's length, a surname cut off the word after it joined to it (冯/冠军 → 冯冠军), else the three
 * characters most names have. Empty when the run opens with no Han name at all.
 */
function nameOpening(run: string): string {
  const head = /^\p{sc=Han}+/u.exec(run)?.[0] ?? '';
  if (head.length < 2) return '';
  const [a = '', b = ''] = cutWords(head.slice(0, 8));
  if (a.length >= 2 && a.length <= 4) return a;
  if (a.length === 1 && b.length >= 1 && b.length <= 2) return a + b;
  return head.slice(0, Math.min(3, head.length));
}

/** What a credit says the people did, after their names (记者 王一 报道, 王一 摄): not a name. */
const DOING = /^(?:摄影?)?(?:报道|报导)$|^(?:摄影?|供稿|整理|采写)$/u;
const DONE = /(?<=^\p{sc=Han}{2,4})(?:摄影?)?(?:报道|报导)$/u;

/** A title's first word run on after a name of two or more characters (王一特约). */
const ROLE_WORD_AFTER = new RegExp(`(?<=^\\p{sc=Han}{2,})(?:${ROLE_WORD.source.slice(1, -1)})$`, 'u');

/** Reads a byline such as `记者 王一 通讯员 李二 张三` into reporters and correspondents. */
export function readCredits(byline: string): Credits {
  const text = byline.replace(/\s+/gu, ' ').trim();
  const parts = text.split(ROLE_SPLIT).map((p) => p.trim());
  const reporters: string[] = [];
  const correspondents: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const role = parts[i]!;
    const names = splitNames(parts[i + 1] ?? '');
    if (NAMES_CORRESPONDENTS.test(role)) correspondents.push(...names);
    else if (NAMES_REPORTERS.test(role)) reporters.push(...names);
  }
  return { byline: text, reporters, correspondents };
}

/**
 * Names in a credit are separated by spaces or 、. Note: without separators, six or nine Han characters
 * are read as three-character names, the commonest length; other runs are kept whole.
 */
function splitNames(run: string): string[] {
  const names = run
    // (The work a writer did, set among the names (王一 文/图, 文/王一), is no name: its characters alone
    // would be joined as one.)
    .replace(WORK_MARK, ' ')
    .split(/[\s、，,:：/／]+/u)
    .map((n) => n.trim())
    // (A speck OCR set inside a name or beside it (王一.明, 王一 |) is no part of any: a name is Han.)
    .map(withoutSpecks)
    // (Ten Han characters or more are no names, not even three run together: a text layer set a line of the
    // next column inside the credit.)
    .filter((n) => n && !DOING.test(n) && !TEXT_RUN.test(n))
    // Set without a space (王一报道): the name is what comes before.
    .map((n) => n.replace(DONE, '') || n);
  // (A title's first word OCR set apart from the rest (王一 特约 / 通讯员) or against the name before it
  // (王一特约 / 通讯员) is the next writer's title, never a name.)
  return joinCompoundSurnames(joinLoneCharacters(names))
    .map((n) => n.replace(ROLE_WORD_AFTER, '') || n)
    .filter((n) => !ROLE_WORD.test(n))
    .flatMap((n) => namesRunTogether(n) ?? [n]);
}

const TEXT_RUN = /^\p{sc=Han}{10,}$/u;
/** 文/图, 图/文, and 文/ 图/ 摄影/ before a name. */
const WORK_MARK = /文\s*[/／]\s*图|图\s*[/／]\s*文|(?<!\p{sc=Han})(?:文|图|摄影)\s*[/／:：]/gu;

/** A name's Han characters (and the · of a transcribed name) without what else OCR set among them. */
function withoutSpecks(name: string): string {
  return /\p{sc=Han}/u.test(name) ? name.replace(/[^\p{sc=Han}·]/gu, '') : '';
}

/**
 * Names OCR ran together, the spaces between them lost (殷小满翁俊杰, 殷小满翁俊): cut into names of two or
 * three characters each opening with a common surname, the most three-character names first (the commonest
 * length), then the commoner surnames (李二明赵三, not 李二 明赵三); six or nine characters no cut reads
 * go in threes. Null: one name, or no cut is better than another.
 */
function namesRunTogether(run: string): string[] | null {
  if (!/^\p{sc=Han}{5,9}$/u.test(run)) return null;
  const cuts: { names: string[]; cost: number }[] = [];
  const walk = (at: number, names: string[], cost: number): void => {
    if (at === run.length) cuts.push({ names, cost: names.length * 1000 + cost });
    const rank = surnameRank(run[at] ?? '');
    for (const len of [3, 2])
      if (at + len <= run.length && rank >= 0) walk(at + len, [...names, run.slice(at, at + len)], cost + rank);
  };
  walk(0, [], 0);
  cuts.sort((a, b) => a.cost - b.cost);
  if (cuts[0] && cuts[0].cost !== cuts[1]?.cost) return cuts[0].names;
  return /^\p{sc=Han}{6}$|^\p{sc=Han}{9}$/u.test(run) ? run.match(/.{3}/gu)! : null;
}

/** The signature text without its parentheses, or the mark some papers set before it (■本报评论员). */
export function readSignature(text: string): string {
  return text
    .replace(/^[□◎○◇☆■◆●]\s*/u, '')
    .replace(new RegExp(`^(?:${OPEN}|《)\\s*(?:[〈《“「]\\s*)?|\\s*${CLOSE}$`, 'gu'), '')
    .replace(/\s+/gu, ' ')
    .trim();
}
