/**
 * Credits as segmentation meets them: a byline block's text, a byline printed at an article's end, a credit
 * run in after an article's last sentence that ends it, a brief signed at its end.
 */
import { countHan, endsSentence } from '../text/chars.js';
import { cleanSpacing, joinLines, softClean } from '../text/spacing.js';
import { isBylineInParens } from './byline.js';
import { CORRESPONDENT_ROLE, REPORTER_ROLE, leadingByline, lineCredit } from './credit-forms.js';
import { OPENS_CLOSED, opensWithParticle } from './line-signs.js';
import type { Line } from './lines.js';
import type { Block } from './blocks.js';
import type { DraftArticle } from './drafts.js';

/** A byline block as printed: its line, with a name's last character OCR set on a line of its own joined on. */
export function bylineOf(b: { lines: Line[] }): { text: string; line: Line } {
  return { text: joinRaw(b.lines.map((l) => l.raw.trim())), line: b.lines[0]! };
}

/**
 * A credit's text with the spaces it was printed with, which set its names apart (（记者 王一 李二）: two
 * names, not 王一李二): the line as printed when the credit is that line alone, else the text as kept.
 */
export function spacedCredit(credit: { text: string; line: Line }): string {
  const printed = softClean(credit.line.raw).trim();
  return cleanSpacing(printed) === cleanSpacing(credit.text) ? printed : credit.text;
}

/** Whether an article with text can still take a byline printed at its end. */
export function endCredit(article: DraftArticle | null): boolean {
  return article !== null && !article.bylineAlone && !creditedAtHead(article) && article.paragraphs.length > 0;
}

/** A byline in brackets after a dateline (本报讯（融媒记者 王一）…), with any reporter's title. */
const HEAD_CREDIT = new RegExp(`^[^（(〈《【〔]{0,12}[（(〈《【〔]\\s*(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE})`, 'u');
/** A credit in brackets naming a role (（融媒记者 王一 …）, （通讯员 李二）). */
const OPENS_CREDITED = new RegExp(`[（(〈【〔]\\s*(?:${REPORTER_ROLE}|${CORRESPONDENT_ROLE})`, 'u');

/** A dateline's words up to a quotation mark OCR may have read for a credit's opening bracket. */
const BEFORE_MISREAD = /^[^（(〈《【〔“「]{0,12}(?=[“「])/u;

/**
 * Whether an article's dateline carries its byline in brackets (本报讯（记者 王一）…). OCR often reads the
 * （ as a quotation mark (本报讯“记者 王一 通讯员 李二）…): roles and short names up to the closing bracket
 * still make it a credit, where a quotation never closes so.
 */
export function creditedAtHead(article: DraftArticle): boolean {
  const raw = article.datelineRaw;
  if (raw === null) return false;
  if (HEAD_CREDIT.test(raw)) return true;
  const before = BEFORE_MISREAD.exec(raw);
  return before !== null && leadingByline(raw.slice(before[0].length)) !== null;
}

/**
 * A paragraph signed at its end (…等。（王一 李二）) after a report whose byline was printed at its head is
 * a brief of its own: a report is not credited twice. (A column of briefs set under a report.)
 */
export function signedBrief(current: DraftArticle, b: { lines: Line[] }): boolean {
  const found = lineCredit(b.lines.at(-1)!);
  if (!found || isBylineInParens(softClean(found.credit))) return false;
  const bylined = current.bylineAlone !== null || creditedAtHead(current);
  const last = current.paragraphs.at(-1);
  return bylined && last !== undefined && endsSentence(last.text);
}

/**
 * A credit run in after the last sentence of an article (a brief's …情况等。（王一 李二）) is its signature,
 * or its byline when it names roles, and ends it: the text after it is another article's.
 */
export function closeWithRunInCredit(article: DraftArticle): boolean {
  const p = article.paragraphs.at(-1)!;
  const last = p.lines.at(-1)!;
  const found = lineCredit(last);
  if (!found) return false;
  const credit = found.credit.replace(/\s+/gu, ' ');
  const kept = cleanSpacing(last.raw.slice(0, found.at));
  // The paragraph's text without the credit: its lines joined again, the last one cut before the credit.
  p.text = joinLines([...p.lines.slice(0, -1).map((l) => l.text), kept].filter(Boolean));
  const at = article.paragraphs.length - 1;
  if (article.datelineRaw !== null && article.datelineAt === at)
    article.datelineRaw = joinRaw([
      ...p.lines.slice(0, -1).map((l) => l.raw.trim()),
      last.raw.slice(0, found.at).trim(),
    ]);
  if (
    (isBylineInParens(softClean(credit)) || found.open) &&
    !article.bylineAlone &&
    !(article.datelineRaw !== null && OPENS_CREDITED.test(article.datelineRaw.slice(0, 16)))
  ) {
    article.bylineAlone = { text: credit, line: last };
  } else if (!article.signature) article.signature = { text: credit, line: last };
  else return false;
  return true;
}

/**
 * Joins printed lines keeping a space where a line break separates two names in a credit
 * (`李明远 / 张晓雨`), but not where it splits one name (`张晓 / 雨`): both sides must be two or more characters.
 */
export function joinRaw(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const before = /(?:^| )(\p{sc=Han}+)$/u.exec(out)?.[1] ?? '';
    const after = /^(\p{sc=Han}+)(?: |[）)]|$)/u.exec(line)?.[1] ?? '';
    out += out && before.length >= 2 && after.length >= 2 ? ` ${line}` : line;
  }
  return out;
}

/**
 * Whether a byline printed under an article's finished last sentence is that article's own (as features and
 * OCR'd pages set it): when the text after it opens no text of its own (the rest of a sentence begun
 * elsewhere, a brief signed by its own credit) or names its own writers at its head, or whatever follows
 * when the article opened with a dateline naming nobody (本报讯 …): a report names its writers, at its head
 * or else at its end.
 */
export function bylineAtEnd(article: DraftArticle, next: Block | undefined): boolean {
  const last = article.paragraphs.at(-1);
  if (article.bylineAlone || creditedAtHead(article) || !last || !endsSentence(last.text)) return false;
  // (A text after it that names its writers at its head, 本报讯（记者 王一）…, is not credited twice.)
  if (next?.kind === 'para' && HEAD_CREDIT.test(next.lines[0]!.raw.trim())) return true;
  return article.datelineRaw !== null || next?.kind !== 'para' || !opensAText(next);
}

/**
 * Whether a paragraph can open the text a byline above it credits: not when it goes on with a sentence
 * begun elsewhere (its first sentence of four characters or fewer, 已经完工。, or opening with a mark or
 * particle no sentence opens with), nor when it closes with a credit of its own (a signed brief).
 */
export function opensAText(b: { lines: Line[]; text: string }): boolean {
  const first = b.lines[0]!;
  const sentence = /^[^。！？!?]*[。！？!?]/u.exec(b.text)?.[0];
  if (sentence !== undefined && countHan(sentence) <= 4) return false;
  if (OPENS_CLOSED.test(first.text) || opensWithParticle(first)) return false;
  return lineCredit(b.lines.at(-1)!) === null;
}

/** An editor's note opening an article, before its report: 编者按：…, 【编者按】…, 编者的话：…. */
const EDITORS_NOTE = /^[【［[]?(?:编者按|编者的话|编者注|编前语?)[】］\]]?\s*[：:]?/u;

/** Whether a paragraph is an editor's note, set before the report it introduces. */
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text);
}
