/**
 * Pre-pass: a photo's caption OCR read on one line with another column's text. A photo set into a story's
 * columns stands at the top of a column, its caption and credit under it, level with the lines of the column
 * beside it; OCR reading the page in one pass gives the caption and that column's line as one line, a wide
 * gap between them (`成群的白鹭在河滩觅食。      口，游客不要投喂。` / `王一/摄`). The caption goes back
 * over its credit, the text back to its column, before anything reads lines.
 */
import { countHan, endsSentence } from '../text/chars.js';
import type { RawLine } from './split-runs.js';

/** The gap between two columns' text on a line OCR read across them: Chinese running text has none. */
const GAP = /\s{3,}/u;
/** How many lines a caption runs to at most. */
const MOST_LINES = 3;
/** How many Han characters a caption of one sentence holds at most. */
const MOST_HAN = 60;

/**
 * Returns the lines with each caption read beside another column's text set apart: the text pieces stay
 * where they were read, the caption's pieces go under them, a blank line between, over their photo's credit. `isPhotoCredit` tells a photo's credit line (王一/摄).
 */
export function separateCaptionsBeside(
  lines: readonly RawLine[],
  isPhotoCredit: (raw: string) => boolean,
  endsWithCredit: (raw: string) => boolean = () => false,
): RawLine[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const runIn = creditedBeside(out[i]!, endsWithCredit);
    if (runIn) {
      // (The caption over its column's text, the other column's line after it: each a block of its own.)
      const blank = { index: out[i]!.index, raw: '' };
      const set = [blank, { ...out[i]!, raw: runIn.caption }, blank, { ...out[i]!, raw: runIn.text }];
      out.splice(i, 1, ...set);
      i += set.length - 1;
      continue;
    }
    const credit = creditAt(out[i]!, isPhotoCredit);
    if (!credit) continue;
    const found = captionAbove(out, i);
    if (!found) continue;
    const { from, caption, text } = found;
    // (The credit's own line may hold another column's text too: it goes on with the text.)
    const textLines = [...text, ...(credit.text ? [{ ...out[i]!, raw: credit.text }] : [])];
    const blank = { index: out[i]!.index, raw: '' };
    const photo = [...caption, { ...out[i]!, raw: credit.credit }];
    // (Where the columns go on side by side under the credit, the photo stands at the top of its column,
    // over that column's text: the caption goes before, the text beside it after, each a block of its own.)
    const set =
      out[i + 1] && pair(out[i + 1]!) ? [blank, ...photo, blank, ...textLines, blank] : [...textLines, blank, ...photo];
    out.splice(from, i + 1 - from, ...set);
    i = from + set.length - 1;
  }
  return out;
}

/** A photo's credit line, alone or with another column's text read beside it; or null. */
function creditAt(line: RawLine, isPhotoCredit: (raw: string) => boolean): { credit: string; text: string } | null {
  const raw = line.raw.trim();
  if (isPhotoCredit(raw)) return { credit: raw, text: '' };
  const pieces = raw.split(GAP);
  if (pieces.length === 2 && isPhotoCredit(pieces[0]!) && countHan(pieces[1]!) >= 4)
    return { credit: pieces[0]!, text: pieces[1]! };
  return null;
}

/**
 * The lines right above a credit (line `at`) that each hold two pieces, the first pieces one sentence of
 * a caption and the second another column's text: where they start, the caption's lines and the text's.
 */
function captionAbove(
  lines: readonly RawLine[],
  at: number,
): { from: number; caption: RawLine[]; text: RawLine[] } | null {
  let from = at;
  while (from > 0 && at - from < MOST_LINES && pair(lines[from - 1]!) !== null) from--;
  // (The caption's first line is the nearest one that opens it: the lines above it are the column's text.)
  for (let k = from; k < at; k++) {
    const pieces = lines.slice(k, at).map((l) => pair(l)!);
    const caption = pieces.map((p) => p[0]).join('');
    const earlier = pieces.slice(0, -1).some((p) => endsSentence(p[0]));
    if (earlier || !captionLike(caption)) continue;
    return {
      from: k,
      // (One line: broken where the column was, its first line would read as a head line over the rest.)
      caption: [{ ...lines[k]!, raw: caption }],
      text: lines.slice(k, at).map((l, j) => ({ ...l, raw: pieces[j]![1] })),
    };
  }
  return null;
}

/** A line's two pieces set apart by a wide gap, the second a run of text; or null. */
function pair(line: RawLine): [string, string] | null {
  const pieces = line.raw.trim().split(GAP);
  if (pieces.length !== 2 || countHan(pieces[0]!) < 2 || countHan(pieces[1]!) < 4) return null;
  return [pieces[0]!, pieces[1]!];
}

/** One finished sentence of a caption's length, opening as a sentence does. */
function captionLike(text: string): boolean {
  const han = countHan(text);
  const ends = text.match(/[。！？!?]/gu)?.length ?? 0;
  return han >= 6 && han <= MOST_HAN && ends === 1 && endsSentence(text) && /^[\p{sc=Han}“《]/u.test(text);
}

/**
 * A caption with its credit run in (医生为村民测量血压。（王一 摄）) read on one line with another column's
 * text, a wide gap between (the photo stands over one column, the other column's text level with its
 * caption): its two pieces, or null.
 */
function creditedBeside(
  line: RawLine,
  endsWithCredit: (raw: string) => boolean,
): { caption: string; text: string } | null {
  const pieces = line.raw.trim().split(GAP);
  if (pieces.length !== 2 || !endsWithCredit(pieces[0]!) || countHan(pieces[1]!) < 4) return null;
  const sentence = pieces[0]!.replace(/[（(〈][^（(〈]*$/u, '');
  return captionLike(sentence) ? { caption: pieces[0]!, text: pieces[1]! } : null;
}
