/**
 * Whether the text after lone head lines is credited, and how: a signature, a byline or a credit run in after
 * its last sentence, the end credit of a feature, or head lines leading to a credit of their own. The break
 * rules (article-breaks.ts) read these to tell a feature's in-body subheads from the next piece's headline.
 */
import { softClean } from '../text/spacing.js';
import { opensText, type Block } from './blocks.js';
import { isBylineInParens, readSignature, takenBy } from './byline.js';
import { CORRESPONDENT_ROLE, REPORTER_ROLE, lineCredit } from './credit-forms.js';
import { BRIEF_MARK } from './marked-briefs.js';

/** The most characters an in-body subhead (小标题) takes: a line of the body's measure is no subhead. */
export const SUBHEAD_MAX = 16;

/** A last sentence with names in brackets after it, OCR having perhaps lost the opening one (…进校。 路一平)). */
const ENDS_CREDITED = /[。！？!?…”’」』][\s。．.，,、]*[（(〈《]?\s*[\p{sc=Han}·][\p{sc=Han}·\s]{1,20}[）)〉]\s*$/u;

/**
 * Whether the text from block `i` on is credited before the next article opens (its dateline, or head lines
 * over a byline or a dateline): a byline, a signature, a photo's credit. Other head lines on the way are read
 * past, for a feature's credit may come after all its subheads.
 */
export function creditedSpan(blocks: readonly Block[], i: number, own = ''): boolean {
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'head' && headsThenCredit(blocks, k)) return false;
    // (A column's label, 生活提示, or a brief's marked head sets apart what follows: its credit is its own.)
    if (b.kind === 'folio' || (b.kind === 'head' && BRIEF_MARK.test(b.line.raw.trim()))) return false;
    if (b.kind === 'caption' && !othersPhoto(b.text, own)) continue;
    if (b.kind === 'byline' || b.kind === 'signature' || b.kind === 'caption' || b.kind === 'jump') return true;
    if (b.kind === 'para' && opensText(b.lines[0]!)) return false;
    if (b.kind === 'para' && ENDS_CREDITED.test(b.lines.at(-1)!.raw)) return true;
  }
  return false;
}

/** A photo's credit (王一 摄, …供图): it closes a caption, not a report. */
const PHOTO_CREDIT = /摄|供图/u;

/** What a photo's credit says besides its names: roles, 摄, 供图. */
const PHOTO_WORDS = /(?:本报|融媒体?|全媒体|首席|见习|特约|摄影)?(?:记者|通讯员)|文\s*[/／]\s*图|[/／]|摄影?|供图/gu;

/**
 * Whether a caption credits a photographer other than the article's own writers (`own`: its byline and
 * dateline). A caption with no credit (图为…) credits no piece, and a feature's photos are often its own
 * reporter's (本报记者 王一 摄 under a feature by 本报记者 王一): neither marks a piece of its own.
 */
function othersPhoto(caption: string, own: string): boolean {
  if (!PHOTO_CREDIT.test(caption)) return false;
  const names = caption
    .replace(PHOTO_WORDS, ' ')
    .split(/[^\p{sc=Han}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 4);
  return !names.some((n) => own.includes(n));
}

/**
 * A writer's role in a credit (记者, 通讯员, 文/图): a feature credited at its end names it; a brief signs
 * with bare names (（王一）), so a bare signature closes a brief of its own, not the feature before it.
 */
const WRITER_ROLE = new RegExp(`${REPORTER_ROLE}|${CORRESPONDENT_ROLE}|实习生|[文图]\\s*[/／]`, 'u');

/** The most paragraphs a feature's text is read through looking for the credit that closes it. */
const FEATURE_PARAGRAPHS = 16;

/**
 * Whether the text from block `i` on, read past other lone short lines (the next subheads), ends in a credit
 * of its writers (run in after its last sentence, a signature or a byline under it) before any article opens
 * (a dateline, or head lines over a byline or a dateline).
 */
export function closedByEndCredit(blocks: readonly Block[], i: number): boolean {
  let paragraphs = 0;
  for (let k = i; k < blocks.length && paragraphs <= FEATURE_PARAGRAPHS; k++) {
    const b = blocks[k]!;
    if (b.kind === 'head') {
      // (Head lines leading to a credit, or a block of three, open an article; a line of the measure is no subhead.)
      const block = blocks[k - 1]?.kind === 'head' && blocks[k - 2]?.kind === 'head';
      if (block || headsThenCredit(blocks, k) || b.line.text.replace(/\s/gu, '').length > SUBHEAD_MAX) return false;
      continue;
    }
    // (A photographer's credit under one paragraph closes a photo story, not a feature's text.)
    if (b.kind === 'signature')
      return WRITER_ROLE.test(b.text) && !(paragraphs === 1 && takenBy(readSignature(b.text)));
    // (A byline right under head lines is the next article's, over its text; under text, it closes that text.)
    if (b.kind === 'byline') return blocks[k - 1]?.kind === 'para';
    if (b.kind !== 'para') continue;
    if (opensText(b.lines[0]!)) return false;
    paragraphs++;
    const credit = lineCredit(b.lines.at(-1)!);
    if (credit) return WRITER_ROLE.test(credit.credit);
    if (ENDS_CREDITED.test(b.lines.at(-1)!.raw)) return false;
  }
  return false;
}

/** The most paragraphs a report set under a feature runs to before its end credit. */
const REPORT_PARAGRAPHS = 6;

/**
 * Whether the text from block `i` on, with no head line on the way, ends in a credit in brackets naming its
 * writers' roles (a line of its own under it, or run in after its last sentence), not a photo's credit.
 */
export function ownEndCredit(blocks: readonly Block[], i: number): boolean {
  let paragraphs = 0;
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind === 'para' && ++paragraphs > REPORT_PARAGRAPHS) return false;
    // (A bare byline under text may be a feature's own end credit an export set out of place: only one in
    // brackets, as a report's tail credit is set, counts.)
    if (b.kind === 'signature') return paragraphs > 0 && WRITER_ROLE.test(b.text) && !PHOTO_CREDIT.test(b.text);
    if (b.kind === 'byline') return false;
    if (b.kind !== 'para' || opensText(b.lines[0]!)) return false;
    const credit = lineCredit(b.lines.at(-1)!);
    if (credit) return WRITER_ROLE.test(credit.credit) && !PHOTO_CREDIT.test(credit.credit);
  }
  return false;
}

/** The most paragraphs a brief or a photo story runs to. */
const BRIEF_PARAGRAPHS = 3;

/**
 * Whether the text from block `i` on closes with a signature in brackets (a line of its own, or run in after
 * its last sentence) before any other head line. Photo credits and bylines are no signatures.
 */
export function signedSpan(blocks: readonly Block[], i: number): boolean {
  let paragraphs = 0;
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k]!;
    // (A brief or a photo story runs to a paragraph or three: a longer signed tail is left to the report.)
    if (b.kind === 'para' && ++paragraphs > BRIEF_PARAGRAPHS) return false;
    // (Head lines after text: the signature further on is the next piece's.)
    if (b.kind === 'head') return false;
    // (A line of bare names under a report is its writers' own; a brief signs in brackets.)
    if (b.kind === 'signature') return /^[（(〈]/u.test(b.text) && !isBylineInParens(b.text);
    // (Furniture in the flow, a column's label such as 简讯, ends the span: what follows is set apart.)
    if (b.kind === 'byline' || b.kind === 'jump' || b.kind === 'folio') return false;
    if (b.kind === 'para' && opensText(b.lines[0]!)) return false;
    if (b.kind === 'para') {
      const credit = lineCredit(b.lines.at(-1)!);
      if (credit) return !isBylineInParens(softClean(credit.credit));
    }
  }
  return false;
}

/**
 * Whether the head lines from block `i` lead to a credit (a byline, or a dateline): a byline right above them
 * ends the article before them (a feature's credit at its end), for the article they head has its own.
 */
export function headsThenCredit(blocks: readonly Block[], i: number): boolean {
  let k = i;
  while (blocks[k]?.kind === 'head') k++;
  const b = blocks[k];
  return b !== undefined && (b.kind === 'byline' || (b.kind === 'para' && opensText(b.lines[0]!)));
}
