/**
 * Draws a test page's photos (tests/support/ocr-page.ts): a photo with its caption under, over or beside it; a
 * row of photos with their captions one a line and one credit for all; the grey stand-in for a photo; and a
 * 链接 / 延伸阅读 box closing a story. Everything printed is escaped.
 */
import { captionText, withCredit, type Photo, type Story, type StoryBlock } from './ocr-page.js';

/** Escapes text for HTML (as ocr-html.ts does; kept here so the two modules do not import each other). */
function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** A photo with its caption and credit, set as the block says. */
export function figureHtml(photo: Photo, block: StoryBlock, rand: () => number): string {
  const svg = photoSvg(rand, 0.62);
  const figure = (caption: string): string => {
    if (block.captionAt === 'above')
      return `<figure><figcaption style="margin: 0 0 4px">${caption}</figcaption>${svg}</figure>`;
    // Beside: the caption stands at the photo's right, set from its foot, as papers set a caption in a wide cell.
    if (block.captionAt === 'beside') {
      return `<figure style="display:flex;align-items:flex-end;gap:12px"><div style="flex:0 0 60%">${svg}</div><figcaption style="flex:1;margin:0">${caption}</figcaption></figure>`;
    }
    return `<figure>${svg}<figcaption>${caption}</figcaption></figure>`;
  };
  if (photo.creditLine) {
    if (block.captionStyle === 'inline') return figure(esc(captionText(photo, block)));
    return figure(`${esc(photo.caption)}<span class="pc">${esc(photo.creditLine)}</span>`);
  }
  if (block.captionStyle === 'paren' || block.captionStyle === 'inline') return figure(esc(captionText(photo, block)));
  const credit = photo.credit ? `<span class="pc">${esc(photo.credit)}/摄</span>` : '';
  return figure(`${esc(photo.caption)}${credit}`);
}

/** Photos side by side, then their captions one a line, the last closed by the one credit (in print order). */
export function galleryHtml(gallery: NonNullable<Story['gallery']>, rand: () => number): string {
  const n = gallery.captions.length;
  const photos = gallery.captions.map(() => `<div style="flex:1">${photoSvg(rand, 0.7)}</div>`).join('');
  const captions = gallery.captions.map(
    (c, i) => `<p style="margin:0 0 2px">${esc(i === n - 1 ? withCredit(c, gallery.creditLine) : c)}</p>`,
  );
  return `<figure><div style="display:flex;gap:8px">${photos}</div><figcaption>${captions.join('')}</figcaption></figure>`;
}

/** A box closing a story (链接, 延伸阅读): a bold title and the box's paragraphs. */
export function sidebarHtml(sidebar: NonNullable<Story['sidebar']>): string {
  const title = `<p style="text-indent:0;font-weight:700;text-align:left;margin:0 0 4px">${esc(sidebar.title)}</p>`;
  const paras = sidebar.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  return `<div style="border:1px solid #000;padding:6px 8px;margin-top:8px;break-inside:avoid">${title}${paras}</div>`;
}

/** A photo stand-in: grey shapes on a grey ground, different for each seed (OCR reads noise in it, as in real photos). */
export function photoSvg(rand: () => number, ratio: number): string {
  const w = 400;
  const h = Math.round(w * ratio);
  const shapes: string[] = [];
  for (let i = 0; i < 9; i++) {
    const g = Math.round(60 + rand() * 150);
    const x = Math.round(rand() * w);
    const y = Math.round(rand() * h);
    const r = Math.round(10 + rand() * 60);
    shapes.push(
      rand() < 0.5
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="rgb(${g},${g},${g})"/>`
        : `<rect x="${x - r}" y="${y - r / 2}" width="${r * 2}" height="${r}" fill="rgb(${g},${g},${g})"/>`,
    );
  }
  return `<svg viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg"><rect width="${w}" height="${h}" fill="#9a9a9a"/>${shapes.join('')}</svg>`;
}
