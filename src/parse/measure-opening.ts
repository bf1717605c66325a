/**
 * A text's first line read as a head line: right under a sure head line, a line set to the full measure of
 * the column under it (as many cells as that text's full lines) that ends no sentence is the text's first line
 * (东湖公园完成步道改造 / 东湖公园环湖步道改造工程 / 近日完工，新铺设的透水路…). A head line is set in
 * larger type over one column or several: it fills the body's measure to the cell by chance only.
 */
import { endsSentence } from '../text/chars.js';
import { lineCredit } from './credit-forms.js';
import { cellsOf } from './line-signs.js';
import { BRIEF_MARK } from './marked-briefs.js';
import type { Line } from './line.js';

/** How many lines under the line are measured. */
const REACH = 4;

/** Whether line `i`, under a sure head line, is the first line of the text under it (see above). */
export function opensAtMeasure(
  r: { readonly lines: readonly Line[]; readonly widths: readonly number[] },
  i: number,
  prevHead: boolean,
): boolean {
  const line = r.lines[i]!;
  if (line.role !== 'text' || endsSentence(line.text) || /[。；]|^——/u.test(line.text)) return false;
  const below = textBelow(r.lines, i);
  // The column's full lines (a paragraph's last line, a sentence ended or a credit run in, is short), set to
  // one measure.
  const full = below.filter((l, k) => k < below.length - 1 && !endsSentence(l.text) && !lineCredit(l));
  const cells = full.map(cellsOf);
  if (!full.length || Math.max(...cells) - Math.min(...cells) > 1) return false;
  const measure = median(cells);
  if (Math.abs(cellsOf(line) - measure) > 0.5) return false;
  if (prevHead) return true;
  // (Else a line of no punctuation above: off the measure, as no line of the text is; or any such line when
  // this one breaks at a clause as running text does.)
  const above = lineAbove(r.lines, i);
  if (!above || !['text', 'pullquote'].includes(above.role) || /\p{P}/u.test(above.text.replace(BRIEF_MARK, '')))
    return false;
  return /[，、,]\p{sc=Han}/u.test(line.text) || Math.abs(cellsOf(above) - measure) > 0.5;
}

/** The printed line above line `i`, past blank lines. */
function lineAbove(lines: readonly Line[], i: number): Line | undefined {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.role !== 'blank') return lines[k];
  return undefined;
}

/**
 * The lines of text under line `i` in one run (a column break may set a blank line between the line and them),
 * up to the first blank line or line that is not text.
 */
function textBelow(lines: readonly Line[], i: number): Line[] {
  const out: Line[] = [];
  let k = i + 1;
  if (lines[k]?.role === 'blank') k++;
  for (; k < lines.length && out.length < REACH; k++) {
    const l = lines[k]!;
    if (l.role !== 'text') break;
    out.push(l);
  }
  return out;
}

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
