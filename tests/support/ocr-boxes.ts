/**
 * Draws the boxes of a test page that are no article (tests/support/ocr-page.ts `BoxBlock`): a 导读 box of
 * other pages' headlines, an advert, a notice, maybe with a QR code beside its last line. Real pages print
 * them among the stories; OCR reads the QR code as noise. Everything printed is escaped.
 */
import type { BoxBlock } from './ocr-page.js';

/** Escapes text for HTML (as ocr-html.ts does; kept here so the two modules do not import each other). */
function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** A box in a double rule: a title bar, its lines, a QR code with the line under it. */
export function boxHtml(block: BoxBlock, rand: () => number): string {
  const title = block.title
    ? `<div class="bt" style="font-weight:700;font-size:1.5em;letter-spacing:0.4em;text-align:center;background:#000;color:#fff;margin-bottom:6px">${esc(block.title)}</div>`
    : '';
  const lines = block.lines.map((l) => `<p style="margin:0 0 4px">${esc(l)}</p>`).join('');
  const qr = block.qr
    ? `<div style="display:flex;align-items:center;gap:12px;margin-top:6px">${qrSvg(rand)}<p style="margin:0;font-weight:700">${esc(block.qr)}</p></div>`
    : '';
  return `<div class="box" style="border:3px double #000;padding:8px 10px">${title}${lines}${qr}</div>`;
}

/** A QR code stand-in: a 21-module grid of random black modules with the three finder squares. */
function qrSvg(rand: () => number): string {
  const n = 21;
  const cells: string[] = [];
  const finder = (x: number, y: number): boolean => x < 7 && y < 7;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (finder(x, y) || finder(n - 1 - x, y) || finder(x, n - 1 - y)) continue;
      if (rand() < 0.5) cells.push(`<rect x="${x}" y="${y}" width="1" height="1"/>`);
    }
  }
  const square = (x: number, y: number): string =>
    `<rect x="${x}" y="${y}" width="7" height="7"/><rect x="${x + 1}" y="${y + 1}" width="5" height="5" fill="#fff"/><rect x="${x + 2}" y="${y + 2}" width="3" height="3"/>`;
  return `<svg viewBox="-1 -1 23 23" width="84" height="84" xmlns="http://www.w3.org/2000/svg"><rect x="-1" y="-1" width="23" height="23" fill="#fff"/>${square(0, 0)}${square(n - 7, 0)}${square(0, n - 7)}${cells.join('')}</svg>`;
}
