/**
 * Which export a page came from. A PDF text layer (pdftotext) sets a run of half-width digits apart from its
 * text, one character a line where the digits are spaced (`5月` / `1` / `5日`); OCR reads a digit with the
 * text around it, and a page number alone is one line. Rules that hold of a text layer's order alone ask this.
 */

/** How many lines of one digit alone a page must have to be a text layer. */
const LONE_DIGITS = 6;

/** Whether the page's text is a PDF text layer's: several of its lines hold one half-width digit alone. */
export function isTextLayer(text: string): boolean {
  let n = 0;
  for (const raw of text.split('\n')) if (/^\s*[0-9]\s*$/u.test(raw) && ++n >= LONE_DIGITS) return true;
  return false;
}
