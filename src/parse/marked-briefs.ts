/**
 * Briefs under a mark: a column of short items each headed by a line set after a square or a diamond
 * (■城南菜市场调整营业时间 / 因设备检修，…（记者 王一）), the column's label over them (便民提示). The mark
 * opens a pull quote elsewhere; over a short text closed by its credit it heads a brief of its own.
 */
import { countHan } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import type { Block } from './block.js';
import { lineCredit, runInCredit } from './credit-forms.js';
import type { Line } from './line.js';
import { NAMES_A_PHOTO } from './photo-credit.js';
import { REPORT_OPENING } from './report-openings.js';

/** A block of whole lines. */
type LinesBlock = Exclude<Block, { kind: 'head' }>;

/** The marks papers set before a brief's headline (and before a pull quote). */
export const BRIEF_MARK = /^[■◆●★▲□◇▶►▷◎☆♦]\s*/u;

/**
 * What OCR makes of a mark set before a head (■ as 国 口 回 日, ▲ as 全 令 人, ● as @, ◇ as <> or 〈〉): a
 * character like any other, so it counts as a mark only where two heads of briefs or more on the page open with it.
 */
const MISREAD_MARKS = /^(?:[国口回团日全令人@]|[<>〈〉《》]{1,2}\s*)/u;

/** The mark a misread stands for: angle brackets, one or two, are one diamond however OCR read them. */
const markKey = (misread: string): string => (/^[国口回团日全令人@]$/u.test(misread) ? misread : '◇');

/** The most paragraphs a brief runs to. */
const BRIEF_PARAGRAPHS = 3;

/** The longest column label (Han characters): 便民提示, 生活服务, 本地速览. */
const LABEL_MAX = 8;

/** Marked lines that head briefs become head lines (without the mark), and the label over them furniture. */
export function markedBriefHeads(given: readonly Block[]): Block[] {
  const blocks = misreadMarks(splitMarkedCaptions(rejoinRunInText(given)));
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'pullquote' || !headsBrief(b, blocks, i)) {
      out.push(b);
      continue;
    }
    // (Past the mark OCR read as a character, set apart as furniture.)
    const last = out.at(-1);
    const at = out.length - (last?.kind === 'folio' && last.text.length === 1 && MISREAD_MARKS.test(last.text) ? 2 : 1);
    const prev = out[at];
    const label = prev && labelLine(prev);
    if (label) out[at] = { kind: 'folio', lines: [label], text: label.text };
    const line = b.lines[0]!;
    out.push({
      kind: 'head',
      line: { ...line, text: line.text.replace(BRIEF_MARK, '') },
      blankBefore: true,
      maybe: false,
    });
    // The brief's first line, read as a head line of its own over the rest (a blank line and the mark before
    // it), is its text's.
    const first = blocks[i + 1];
    const rest = blocks[i + 2];
    if (first?.kind === 'head' && first.maybe && rest?.kind === 'para' && rest.lines[0]!.n === first.line.n + 1) {
      const lines = [first.line, ...rest.lines];
      out.push({ kind: 'para', lines, text: joinLines(lines.map((l) => l.text)) });
      i += 2;
    }
  }
  return out;
}

/**
 * The text of a brief whose head ran in on its first line (see run-in-briefs.ts): cut from its head, the piece of
 * that line may read as a head line of its own, short as it is. A piece of the printed line of the head right
 * above it, no blank line between, that opens a sentence (a comma in it, or a report's opening) is the brief's
 * text: it opens the paragraph under it.
 */
function rejoinRunInText(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const above = out.at(-1);
    const at = above?.kind === 'head' ? above.line.n : above?.kind === 'pullquote' ? above.lines[0]!.n : null;
    const text = b.kind === 'head' ? b.line.text : '';
    if (
      b.kind !== 'head' ||
      b.blankBefore ||
      at !== b.line.n ||
      !(/[，、,]/u.test(text) || REPORT_OPENING.test(text))
    ) {
      out.push(b);
      continue;
    }
    const next = blocks[i + 1];
    const more = next?.kind === 'para' && next.lines[0]!.n === b.line.n + 1 ? next.lines : [];
    const lines = [b.line, ...more];
    out.push({ kind: 'para', lines, text: joinLines(lines.map((l) => l.text)) });
    if (more.length) i++;
  }
  return out;
}

/** Whether a marked line reads as a headline (no sentence in it) over a short text closed by a credit. */
function headsBrief(b: LinesBlock, blocks: readonly Block[], i: number): boolean {
  const text = b.text.replace(BRIEF_MARK, '');
  if (b.lines.length !== 1 || countHan(text) < 4 || countHan(text) > 30 || /[，。；：！？,;:!?]/u.test(text))
    return false;
  let paragraphs = 0;
  for (let k = i + 1; k < blocks.length; k++) {
    const n = blocks[k]!;
    // (Its first line may read as a head line of its own: see markedBriefHeads. So may the head's own second
    // line, the column's measure having broken it.)
    if (k === i + 1 && n.kind === 'head' && (n.maybe || headRunsOn(b, n))) continue;
    if (n.kind === 'signature') return paragraphs > 0;
    if (n.kind !== 'para' || ++paragraphs > BRIEF_PARAGRAPHS) return false;
    // A report's opening right under it (本报讯…, （记者…）, 11月26日，…): a headline over its report.
    if (paragraphs === 1 && opensReport(n.lines[0]!)) return true;
    if (lineCredit(n.lines.at(-1)!) || creditBroken(n.lines)) return true;
  }
  return false;
}

/** The most Chinese characters a marked head on two lines holds: more is a brief's text run on. */
const HEAD_MOST_HAN = 40;
/**
 * A marked head's second line: a narrow column broke a long head after the mark's line (●某社区开展“结对帮扶”志愿服务
 * / 活动), so the line right under it, with no blank between, is shorter and reads as a head's words too.
 */
function headRunsOn(b: LinesBlock, n: Extract<Block, { kind: 'head' }>): boolean {
  const first = b.lines[0]!;
  const more = n.line.text;
  return (
    !n.blankBefore &&
    n.line.n === first.n + 1 &&
    !BRIEF_MARK.test(more) &&
    countHan(more) >= 1 &&
    countHan(more) < countHan(first.text) &&
    countHan(first.text) + countHan(more) <= HEAD_MOST_HAN &&
    !/[，。；：,;:]/u.test(more)
  );
}

/** A credit run in after the last sentence that the column's end broke over two lines (…开放。（记 / 者 王一）). */
function creditBroken(lines: readonly Line[]): boolean {
  const [last, before] = [lines.at(-1)!, lines.at(-2)];
  return (
    before !== undefined && countHan(last.text) <= 6 && runInCredit(before.raw.trimEnd() + last.raw.trim()) !== null
  );
}

/** A short line with no punctuation set alone right above a marked brief: the label of the column of briefs. */
function labelLine(b: Block): Extract<Block, { kind: 'head' }>['line'] | null {
  const line = b.kind === 'head' ? b.line : b.kind === 'para' && b.lines.length === 1 ? b.lines[0]! : null;
  if (!line || BRIEF_MARK.test(line.text)) return null;
  const n = countHan(line.text);
  return n >= 2 && n <= LABEL_MAX && !/[\p{P}\d]/u.test(line.text.replace(/[·・]/gu, '')) ? line : null;
}

/** Whether a line opens a report: its dateline, or the day it tells of. */
export function opensReport(line: Line): boolean {
  return line.role === 'dateline' || REPORT_OPENING.test(line.text);
}

/** A head's text: a short line with no punctuation of a sentence. */
const headLike = (text: string): boolean =>
  countHan(text) >= 4 && countHan(text) <= 30 && !/[，。；：！？,;:!?]/u.test(text);

/**
 * A caption marked ▲ whose first line reads as a head over a report (▲东坪镇开展河道保洁 / 近日，…（记者 王一）):
 * ▲ marks a brief's headline as it marks a photo's caption. It becomes that marked line and the text under it.
 * So does one set apart from the text under it by a blank line (a text page's block).
 */
function splitMarkedCaptions(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b, i): Block[] => {
    if (b.kind !== 'caption' || !/^▲/u.test(b.lines[0]!.text)) return [b];
    if (b.lines.length === 1) return [aloneHead(b, blocks, i) ?? b];
    const [first, ...body] = b.lines as [Line, ...Line[]];
    if (!headLike(first.text.replace(BRIEF_MARK, '')) || NAMES_A_PHOTO.test(b.text)) return [b];
    const split: Block[] = [
      { kind: 'pullquote', lines: [first], text: first.text },
      { kind: 'para', lines: body, text: joinLines(body.map((l) => l.text)) },
    ];
    // (A blank line under the marked line sets it apart as a head: a caption's lines run on with none between.)
    const apart = body[0]!.n > first.n + 1;
    if (opensReport(body[0]!) || lineCredit(body.at(-1)!) || apart) return split;
    // A brief of two paragraphs or three whose credit closes the last: the caption took in only the first.
    return headsBrief(split[0] as LinesBlock, [...split, ...blocks.slice(i + 1)], 0) ? split : [b];
  });
}

/**
 * A ▲ line alone, a head's words with no photo's (▲古桥修缮后重新通行), over a short text that opens as a report
 * or closes with its credit: the head of a brief, as ■ marks one, not a photo's caption.
 */
function aloneHead(b: LinesBlock, blocks: readonly Block[], i: number): LinesBlock | null {
  const line = b.lines[0]!;
  if (!headLike(line.text.replace(BRIEF_MARK, '')) || NAMES_A_PHOTO.test(line.text)) return null;
  const head: LinesBlock = { kind: 'pullquote', lines: [line], text: line.text };
  return headsBrief(head, [head, ...blocks.slice(i + 1)], 0) ? head : null;
}

/**
 * Heads of briefs whose mark OCR read as a character (国东坪镇开展消防演练): where two or more head lines
 * over reports open with the same such character, it is their mark. The character goes to the page's
 * furniture (a line of its own), the line is marked as a brief's head. A head OCR ran into the brief above or
 * below with no blank line between (人 县城新增两条公交线路, the mark set apart by a space) counts too.
 */
function misreadMarks(given: readonly Block[]): Block[] {
  const heads = confirmedHeads(cutBefore(given, markedInside));
  if (!heads.size) return [...given];
  return cutBefore(given, (l) => heads.has(l.n)).flatMap((b): Block[] => {
    const line = lineOf(b);
    if (!line || !heads.has(line.n)) return [b];
    // (Another column's piece of the same OCR line shares the head's number: it opens with no mark and is no head.)
    const misread = MISREAD_MARKS.exec(line.text)?.[0];
    if (misread === undefined) return [b];
    const mark = { ...line, text: misread.trim() };
    const rawMark = MISREAD_MARKS.exec(line.raw.trimStart())?.[0] ?? misread;
    return [
      { kind: 'folio', lines: [mark], text: mark.text },
      // (The mark as the page printed it: a head set after a mark opens a brief of its own, see article-breaks.ts.)
      {
        kind: 'pullquote',
        lines: [
          {
            ...line,
            text: `■${line.text.slice(misread.length)}`,
            raw: line.raw.replace(/^\s*/u, (lead) => `${lead}■`).replace(`■${rawMark}`, '■'),
          },
        ],
        // (Without the mark: it went to the furniture above, and a character is kept once.)
        text: line.text.slice(misread.length).trim(),
      },
    ];
  });
}

/** The line of a head block, or of a block of one line. */
const lineOf = (b: Block): Line | null =>
  b.kind === 'head' ? b.line : b.kind === 'para' && b.lines.length === 1 ? b.lines[0]! : null;

/** The line numbers of heads after a misread mark that two heads of briefs or more on the page share. */
function confirmedHeads(blocks: readonly Block[]): Set<number> {
  const candidates = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const line = lineOf(b);
    const mark = line && MISREAD_MARKS.exec(line.text)?.[0];
    if (!line || !mark || !headLike(line.text.slice(mark.length))) return;
    if (!headsBrief(asMarked(line, mark.length), blocks, i)) return;
    candidates.set(markKey(mark), [...(candidates.get(markKey(mark)) ?? []), line.n]);
  });
  return new Set([...candidates.values()].filter((ns) => ns.length >= 2).flat());
}

/**
 * A line that may head a brief inside a block of text: a misread mark set apart by a space (Chinese text has
 * none between characters) or angle brackets, and a head's text after it.
 */
function markedInside(line: Line): boolean {
  const mark = MISREAD_MARKS.exec(line.text)?.[0];
  return !!mark && /^\s*(?:\S\s+|[<>〈〉《》]{1,2})/u.test(line.raw) && headLike(line.text.slice(mark.length));
}

/** Blocks of text cut around the lines given: each such line a block of its own. */
function cutBefore(blocks: readonly Block[], at: (line: Line) => boolean): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'para' || b.lines.length < 2 || !b.lines.some(at)) return [b];
    const parts: Line[][] = [];
    b.lines.forEach((l, i) => {
      if (i === 0 || at(l) || at(b.lines[i - 1]!)) parts.push([l]);
      else parts.at(-1)!.push(l);
    });
    return parts.map((lines) => ({ kind: 'para', lines, text: joinLines(lines.map((l) => l.text)) }));
  });
}

/** A line as a block of its own, as headsBrief reads a marked line. */
const asMarked = (line: Line, mark = 1): LinesBlock => ({
  kind: 'pullquote',
  lines: [line],
  text: `■${line.text.slice(mark)}`,
});
