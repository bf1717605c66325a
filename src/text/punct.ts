/**
 * OCR punctuation: half-width marks read in Chinese text, normalised to the full-width marks the page
 * printed. Browser-safe. Only marks beside Han text change: 1,000, 8:30 and Latin text keep theirs.
 */

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Han characters and full-width marks: the company a half-width mark keeps in Chinese text. */
const CJK = /[\p{sc=Han}，。、；：？！“”‘’（）《》]/u;

/** The first character other than a space from `i` on in the direction `step` (±1), or '' at the line's edge. */
function near(chars: readonly string[], i: number, step: number): string {
  for (let k = i + step; k >= 0 && k < chars.length; k += step) if (chars[k] !== ' ') return chars[k]!;
  return '';
}

/** The text with half-width , ; : ? ! ( ) set beside Han text made full-width (spaces as given). */
export function normalizePunct(text: string): string {
  if (!/[,;:?!()]/u.test(text)) return text;
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const full = FULL[ch];
      if (!full) return ch;
      const before = near(chars, i, -1);
      const after = near(chars, i, 1);
      // Between digits (1,000, 8:30) or Latin (E-mail:, Q&A) the mark is the text's own.
      if (/[0-9A-Za-z]/u.test(before) && (/[0-9A-Za-z]/u.test(after) || after === '')) return ch;
      if (ch === '(') return CJK.test(after) || CJK.test(before) ? full : ch;
      if (ch === ')') return CJK.test(before) || CJK.test(after) ? full : ch;
      return CJK.test(before) || CJK.test(after) ? full : ch;
    })
    .join('');
}

/**
 * A rule or a frame's edge that OCR read as a mark after a short line (青石区举办读书节-, 夏收进度过半|):
 * dropped from a line that holds no sentence punctuation, where no range or list can go on after it.
 */
export function dropTrailingRule(text: string): string {
  if (text.length > 30 || /[，。；,;]/u.test(text)) return text;
  return text.replace(/(?<=[\p{sc=Han}”’」』）)！？!?])\s*[-|｜_~]+$/u, '');
}

/** What a quote that opens follows: a line's start, a colon, a comma, an opening bracket, a dash. */
const OPENS_AFTER = /^$|[：:，,；;、（(《—]/u;
/** What a quote that closes comes before: a line's end or a mark that goes on after a quotation. */
const CLOSES_BEFORE = /^$|[，。！？；：、）》,.!?;:)]/u;

/**
 * OCR reads the curly quotes of Chinese text as straight ones (菜价为何"涨得这么快"?): each straight quote beside
 * Han text becomes the curly quote its place asks for. Its neighbours decide where they can (after a colon or
 * at a line's start and before text it opens; after text and before a mark or a line's end it closes); between
 * two Han characters (他说"好") it is the other of the last quote, read on through a block's lines in order (a
 * quote opened on one line closes on a later one); a blank line ends the pairing.
 * Returns the lines with their straight quotes made curly (spaces and other marks as given).
 */
export function curlQuotes(lines: readonly string[]): string[] {
  let open = false;
  return lines.map((line) => {
    // (A blank line ends a block: a quote left open there is OCR's loss, not to be paired with the next one.)
    if (!line.trim()) {
      open = false;
      return line;
    }
    if (!line.includes('"')) {
      for (const ch of line) if (ch === '“' || ch === '”') open = ch === '“';
      return line;
    }
    const chars = [...line];
    return chars
      .map((ch, i) => {
        if (ch === '“' || ch === '”') open = ch === '“';
        if (ch !== '"') return ch;
        const before = near(chars, i, -1);
        const after = near(chars, i, 1);
        // (Beside Latin or digits it is an inch mark or code, the text's own: left as it is, and no quote.)
        if ((!CJK.test(before) && !CJK.test(after)) || /[0-9A-Za-z]/u.test(before + after)) return ch;
        const opens = OPENS_AFTER.test(before) && !CLOSES_BEFORE.test(after);
        const closes = CLOSES_BEFORE.test(after) && !OPENS_AFTER.test(before);
        open = opens || (!closes && !open);
        return open ? '“' : '”';
      })
      .join('');
  });
}
