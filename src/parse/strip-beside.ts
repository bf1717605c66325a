/**
 * Pre-pass: a head line a text layer ran together with the strip part set level with it. pdftotext reads
 * what stands on one baseline as one line, so a headline (or its 引题 or 副题) set beside the page number or
 * the section's name at the top of the page comes out as `3 某县开展山洪灾害避险演练` or `综合新闻 寒潮来袭`,
 * and the whole line is read as a headline with a number in it, or as furniture with the headline in it.
 * The strip part and the head line go on lines of their own again (the same line number: one printed line),
 * the strip part kept as furniture.
 */
import { isStripLine, SECTION } from './strip-parts.js';
import { parallelPhrases } from './head-roles.js';
import type { RawLine } from './split-runs.js';

/** How far from the top a strip part is looked for (printed lines): the strip is the page's first lines. */
const REACH = 14;

/** A page number (3, A07, B2) or a section's name, then a space, then the rest. */
const LEADING = /^(\s*)([A-Z]?\d{1,2}|\p{sc=Han}[\p{sc=Han}·・]{1,9})\s+(\S.*)$/u;

/** The rest, then a space and a page number or a section's name. */
const TRAILING = /^(.*\S)\s+([A-Z]?\d{1,2}|\p{sc=Han}[\p{sc=Han}·・]{1,9})\s*$/u;

/** A unit a number opens body text with (5 月…, 12 个…): the number is the text's, not a page number. */
const UNIT_AFTER = /^[年月日号时点分秒万亿千百个人户家位名次元吨亩米岁件项条座所只头辆份期届%％.．]/u;

/**
 * A head line's form: four Han characters or more, no mark of running text or brackets, no digit run, not the
 * strip's, not a dateline or credit (a number after one is its text's first digit, 本报讯（记者 王一） 1 / 0月…).
 */
function headLike(text: string): boolean {
  const t = text.trim();
  return (
    (t.match(/\p{sc=Han}/gu) ?? []).length >= 4 &&
    !/[，。、；：！？,;:!?（）()〈〉【】]/u.test(t) &&
    !/^(?:本报|记者|通讯员)/u.test(t) &&
    !/\d{3,}/u.test(t) &&
    !UNIT_AFTER.test(t) &&
    !SECTION.test(t.replace(/\s+/gu, '')) &&
    !isStripLine(t)
  );
}

/** Whether a piece is a strip part: a page number, or a section's name. */
const stripPart = (piece: string): boolean => /^[A-Z]?\d{1,2}$/u.test(piece) || SECTION.test(piece);

/** Returns the lines with each head line near the top set apart from the strip part an export ran into it. */
export function splitStripBeside(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  let printed = 0;
  for (const line of lines) {
    // (Two phrases set as a couplet are a 引题, whatever words they end in: 乡村振兴 一线见闻.)
    if (!line.raw.trim() || printed++ >= REACH || line.stray || line.noise || parallelPhrases(line.raw)) {
      out.push({ ...line });
      continue;
    }
    const lead = LEADING.exec(line.raw);
    if (lead && stripPart(lead[2]!) && headLike(lead[3]!)) {
      out.push({ ...line, raw: `${lead[1]}${lead[2]}`, noise: true }, { ...line, raw: lead[3]! });
      continue;
    }
    const trail = TRAILING.exec(line.raw);
    if (trail && stripPart(trail[2]!) && headLike(trail[1]!)) {
      out.push({ ...line, raw: trail[1]! }, { ...line, raw: trail[2]!, noise: true });
      continue;
    }
    out.push({ ...line });
  }
  return out;
}
