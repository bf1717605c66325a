/**
 * Character classes of Chinese newspaper text. Browser-safe: no node imports.
 */

/** CJK ideographs (URO, extension A, compatibility) plus 〇. */
export const HAN = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Full-width punctuation as set in Chinese body text. */
export const CJK_PUNCT = /[，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·％﹏～]/u;

/** Characters the conservation rule counts: letters and digits of any script (Python's `\w` without `_`). */
export const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Punctuation that closes a sentence (a paragraph can only end after one of these). */
const SENTENCE_FINAL = /[。！？!?；;…：:]$/u;

/** Closing quotes and brackets that may follow the sentence-final mark. */
const TRAILING_CLOSERS = new Set('”’」』）)》"\']】〕');

/** True when the text ends a sentence (。！？；… or ：, possibly followed by closing quotes). */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  // (Walked back from the end: a pattern `[…]+$` is tried at each closer of a long run and is quadratic.)
  let end = t.length;
  while (end > 0 && TRAILING_CLOSERS.has(t[end - 1]!)) end--;
  return end > 0 && SENTENCE_FINAL.test(t.slice(0, end));
}

/** True for marks that a line may not start with in Chinese typesetting (kinsoku). */
export function isClosingPunct(ch: string): boolean {
  return /[，。、；：？！”’）》〉】〕」』…%％]/u.test(ch);
}

/** True when the string contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Counts Han characters. */
export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/**
 * Visual width of a printed line in em: a Han character is 1, Chinese punctuation is set narrower
 * (about half, as in compressed body type), Latin letters and digits are half width, and a space
 * stands for the stretch that justification put between characters.
 */
export function visualWidth(raw: string): number {
  let w = 0;
  for (const ch of raw) {
    if (HAN.test(ch)) w += 1;
    else if (CJK_PUNCT.test(ch)) w += 0.6;
    else if (ch === ' ' || ch === '\t') w += 0.3;
    else if (ch === '\u3000') w += 1;
    else w += 0.55;
  }
  return w;
}

/**
 * Width of a printed line of body text in em, each Chinese character and mark one cell: body type is set on a
 * grid, and a column's full lines fill the same number of cells however many marks they hold. (visualWidth
 * counts marks narrower, as headlines and squeezed type set them.)
 */
export function cellWidth(raw: string): number {
  let w = 0;
  for (const ch of raw) {
    if (HAN.test(ch) || CJK_PUNCT.test(ch) || ch === '\u3000') w += 1;
    else if (ch === ' ' || ch === '\t') w += 0.3;
    else w += 0.55;
  }
  return w;
}

/** Counts the characters the conservation rule counts. */
export function countWordChars(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of text) if (WORD_CHAR.test(ch)) out.set(ch, (out.get(ch) ?? 0) + 1);
  return out;
}

// Per code point: counts (wordCharBalance) and whether it is a word character (0 not asked, 1 yes, 2 no).
// A page is checked on every parse; testing WORD_CHAR once per distinct character and counting into an
// array is much faster than a Map of one-character strings (docs/performance.md).
let tally: Int32Array | undefined;
let kinds: Uint8Array | undefined;

/**
 * How many of the characters the conservation rule counts `output` lacks (lost) and has beyond
 * `source` (invented), character by character: countWordChars of both, compared.
 */
export function wordCharBalance(source: string, output: string): { lost: number; invented: number } {
  const counts = (tally ??= new Int32Array(0x110000));
  const kind = (kinds ??= new Uint8Array(0x110000));
  const touched: number[] = [];
  const visit = (text: string, step: number): void => {
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      let k = kind[c]!;
      if (k === 0) kind[c] = k = WORD_CHAR.test(String.fromCodePoint(c)) ? 1 : 2;
      if (k !== 1) continue;
      if (counts[c] === 0) touched.push(c);
      counts[c] = counts[c]! + step;
    }
  };
  visit(source, 1);
  visit(output, -1);
  let lost = 0;
  let invented = 0;
  // A character may be listed twice (its count passed through 0); the first visit zeroes it.
  for (const c of touched) {
    const n = counts[c]!;
    if (n > 0) lost += n;
    else invented -= n;
    counts[c] = 0;
  }
  return { lost, invented };
}
