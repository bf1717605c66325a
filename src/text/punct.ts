/**
 * OCR punctuation: half-width marks read in Chinese text, normalised to the full-width marks the page
 * printed. Browser-safe. Only marks beside Han text change: 1,000, 8:30 and Latin text keep theirs.
 */

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Han characters and full-width marks: the company a half-width mark keeps in Chinese text. */
const CJK = /[\p{sc=Han}，。、；：？！“”‘’（）《》]/u;

/** The text with half-width , ; : ? ! ( ) set beside Han text made full-width (spaces as given). */
export function normalizePunct(text: string): string {
  if (!/[,;:?!()]/u.test(text)) return text;
  const chars = [...text];
  const near = (i: number, step: number): string => {
    for (let k = i + step; k >= 0 && k < chars.length; k += step) if (chars[k] !== ' ') return chars[k]!;
    return '';
  };
  return chars
    .map((ch, i) => {
      const full = FULL[ch];
      if (!full) return ch;
      const before = near(i, -1);
      const after = near(i, 1);
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

/**
 * OCR reads the curly quotes of Chinese text as straight ones (春茶价格为何"高开低走"?): each straight quote beside
 * Han text becomes the curly quote its place asks for. Quotes pair up in a paragraph, so the lines are read in
 * order, a quote opened on one line closed on a later one; a blank line ends a paragraph and any quote left open.
 * Returns the lines with their straight quotes made curly (spaces and other marks as given).
 */
export function curlQuotes(lines: readonly string[]): string[] {
  let open = false;
  return lines.map((line) => {
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
        // (Beside Latin or digits it may be an inch mark or code, the text's own: left as it is, but counted.)
        const before = chars.slice(0, i).join('').trimEnd().at(-1) ?? '';
        const after =
          chars
            .slice(i + 1)
            .join('')
            .trimStart()[0] ?? '';
        open = !open;
        if ((!CJK.test(before) && !CJK.test(after)) || /[0-9A-Za-z]/u.test(before + after)) return ch;
        return open ? '“' : '”';
      })
      .join('');
  });
}
