/**
 * Chinese typesetting conventions a newspaper system (Founder and the like) applies and a plain browser does
 * not: 标点挤压, the comma, enumeration comma, semicolon and colon squeezed to half an em, and 中西文间距, a
 * quarter-em of space between Han text and a run of half-width digits or Latin letters. Real OCR shows both:
 * half-width `,` for a squeezed `，`, and `5 月` / `15 日` with spaces. They change how the page looks, never
 * its text.
 */

/** How a page is typeset: as a browser sets it, or as a newspaper system does. */
export type Typesetting = 'plain' | 'founder';

/** The CSS the founder setting needs. */
export const TYPESET_CSS = '.pz { letter-spacing: -0.5em } .ld { margin: 0 0.25em }';

/** Applies the setting to every text node of an HTML body (escaped characters such as `&#38;` stay whole). */
export function typesetHtml(html: string, setting: Typesetting = 'plain'): string {
  if (setting === 'plain') return html;
  return html.replace(
    />([^<]+)</gu,
    (_, text: string) =>
      `>${text
        .split(/(&#\d+;)/u)
        .map(setRun)
        .join('')}<`,
  );
}

function setRun(part: string): string {
  if (part.startsWith('&#')) return part;
  // Note: digits and letters first: the markup the punctuation gets has letters of its own.
  return part
    .replace(/[0-9A-Za-z][0-9A-Za-z.%:-]*/gu, (run) => `<span class="ld">${run}</span>`)
    .replace(/[，、；：]/gu, (p) => `<span class="pz">${p}</span>`);
}
