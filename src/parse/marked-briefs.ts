/**
 * Briefs under a mark: a column of short items each headed by a line set after a square or a diamond
 * (■城南菜市场调整营业时间 / 因设备检修，…（记者 王一）), the column's label over them (便民提示). The mark
 * opens a pull quote elsewhere; over a short text closed by its credit it heads a brief of its own.
 */
import { countHan } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import type { Block } from './blocks.js';
import { runInCredit } from './credit-forms.js';

/** A block of whole lines. */
type LinesBlock = Exclude<Block, { kind: 'head' }>;

/** The marks papers set before a brief's headline (and before a pull quote). */
export const BRIEF_MARK = /^[■◆●★▲□◇]\s*/u;

/** The most paragraphs a brief runs to. */
const BRIEF_PARAGRAPHS = 3;

/** The longest column label (Han characters): 便民提示, 生活服务, 本地速览. */
const LABEL_MAX = 8;

/** Marked lines that head briefs become head lines (without the mark), and the label over them furniture. */
export function markedBriefHeads(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'pullquote' || !headsBrief(b, blocks, i)) {
      out.push(b);
      continue;
    }
    const prev = out.at(-1);
    const label = prev && labelLine(prev);
    if (label) out[out.length - 1] = { kind: 'folio', lines: [label], text: label.text };
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

/** Whether a marked line reads as a headline (no sentence in it) over a short text closed by a credit. */
function headsBrief(b: LinesBlock, blocks: readonly Block[], i: number): boolean {
  const text = b.text.replace(BRIEF_MARK, '');
  if (b.lines.length !== 1 || countHan(text) < 4 || countHan(text) > 30 || /[，。；：！？,;:!?]/u.test(text))
    return false;
  let paragraphs = 0;
  for (let k = i + 1; k < blocks.length; k++) {
    const n = blocks[k]!;
    // (Its first line may read as a head line of its own: see markedBriefHeads.)
    if (k === i + 1 && n.kind === 'head' && n.maybe) continue;
    if (n.kind === 'signature') return paragraphs > 0;
    if (n.kind !== 'para' || ++paragraphs > BRIEF_PARAGRAPHS) return false;
    if (runInCredit(n.lines.at(-1)!.raw)) return true;
  }
  return false;
}

/** A short line with no punctuation set alone right above a marked brief: the label of the column of briefs. */
function labelLine(b: Block): Extract<Block, { kind: 'head' }>['line'] | null {
  const line = b.kind === 'head' ? b.line : b.kind === 'para' && b.lines.length === 1 ? b.lines[0]! : null;
  if (!line || BRIEF_MARK.test(line.text)) return null;
  const n = countHan(line.text);
  return n >= 2 && n <= LABEL_MAX && !/[\p{P}\d]/u.test(line.text.replace(/[·・]/gu, '')) ? line : null;
}
