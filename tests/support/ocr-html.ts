/**
 * Draws a test page (tests/support/ocr-page.ts) as one HTML document set like a printed Chinese page: a
 * header strip, a masthead, rows of blocks with rules between them, text in short CSS columns, headlines
 * of several sizes, photos drawn as grey shapes. Everything printed is escaped.
 */
import { mulberry32 } from './layout.js';
import { boxHtml } from './ocr-boxes.js';
import { figureHtml, galleryHtml, photoSvg, sidebarHtml } from './ocr-figures.js';
import { creditText, type Block, type BriefsBlock, type PageSpec, type StoryBlock } from './ocr-page.js';
import { TYPESET_CSS, typesetHtml } from './typeset.js';

/** CSS px of the page's width: about a tabloid page (290 mm) at 96 px an inch. */
export const PAGE_WIDTH = 1100;

const FACE = {
  serif: '"Noto Serif", "Noto Serif CJK SC", serif',
  sans: '"Noto Sans", "Noto Sans CJK SC", sans-serif',
  hei: '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
  serifTc: '"Noto Serif", "Noto Serif CJK TC", serif',
  serifJp: '"Noto Serif", "Noto Serif CJK JP", serif',
  sansTc: '"Noto Sans", "Noto Sans CJK TC", sans-serif',
  heiMono: '"WenQuanYi Micro Hei Mono", "Noto Sans CJK SC", monospace',
  serifKr: '"Noto Serif", "Noto Serif CJK KR", serif',
  serifHk: '"Noto Serif", "Noto Serif CJK HK", serif',
  sansHk: '"Noto Sans", "Noto Sans CJK HK", sans-serif',
  sansMono: '"Noto Sans Mono CJK SC", monospace',
  sansKr: '"Noto Sans", "Noto Sans CJK KR", sans-serif',
  sansJp: '"Noto Sans", "Noto Sans CJK JP", sans-serif',
  sansMonoTc: '"Noto Sans Mono CJK TC", monospace',
  sansMonoJp: '"Noto Sans Mono CJK JP", monospace',
};
const HEAD = { xl: 44, l: 34, m: 26, s: 20 };

/** Escapes text for HTML. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page as a standalone HTML document (fonts are the system's Noto CJK faces; no network). */
export function pageHtml(spec: PageSpec): string {
  const rand = mulberry32(spec.seed);
  const body = spec.rows.map((row) => rowHtml(row, rand)).join('\n<hr class="row-rule">\n');
  const page = typesetHtml(`${stripHtml(spec)}${bannerHtml(spec)}\n${body}${footerHtml(spec)}`, spec.typeset);
  const style = spec.typeset === 'founder' ? `${css(spec)}\n${TYPESET_CSS}` : css(spec);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${style}</style></head>
<body><div class="page">${page}</div></body></html>\n`;
}

function css(spec: PageSpec): string {
  const size = spec.size;
  return `@page { margin: 0 }
html { background: #fff }
body { margin: 0; color: #111; font-family: ${FACE[spec.body]}; font-size: ${size}px; line-height: 1.32 }
.page { width: ${PAGE_WIDTH}px; padding: 28px 34px 40px; box-sizing: border-box }${scanCss(spec)}
.strip { display: flex; align-items: flex-end; gap: 28px; border-bottom: 3px double #000; padding-bottom: 6px; font-family: ${FACE.sans}; font-size: ${size + 1}px }
.strip .grow { flex: 1 } .strip .num { font-size: ${size * 2.6}px; font-weight: 700; line-height: 1 }
.strip .sec { font-size: ${size * 2}px; font-weight: 700; letter-spacing: 0.1em }
.strip .lines { display: flex; flex-direction: column; gap: 4px }
.plate { text-align: center; font-family: ${FACE[spec.heads]}; font-weight: 700; font-size: ${size * 4.4}px; letter-spacing: 0.2em; margin: 0 0 8px }
.latin { font-family: ${FACE.serif}; font-size: ${size * 1.5}px; letter-spacing: 0.3em; font-weight: 700 }
.row { display: grid; grid-template-columns: repeat(12, 1fr); column-gap: 30px; margin-top: 14px }
.row-rule { border: 0; border-top: 1.5px solid #000; margin: 14px 0 0 }
.cell + .cell { border-left: 1px solid #000; padding-left: 15px; margin-left: -15px }
.block + .block { border-top: 1px solid #000; margin-top: 14px; padding-top: 10px }
.kicker { font-family: ${FACE[spec.heads]}; font-size: ${size * 1.25}px; margin-bottom: 2px }
h2 { font-family: ${FACE[spec.heads]}; font-weight: 700; margin: 2px 0 8px; line-height: 1.2 }
.xl { font-size: ${HEAD.xl}px } .l { font-size: ${HEAD.l}px } .m { font-size: ${HEAD.m}px } .s { font-size: ${HEAD.s}px }
.sub { font-family: ${FACE[spec.heads]}; font-size: ${size * 1.3}px; margin: -4px 0 10px }
.text { column-gap: 2.2em; column-fill: balance; text-align: justify }
.text p { margin: 0; text-indent: 2em }
.text p.own { text-align: right; text-indent: 0 }
.text p.byline { text-indent: 0; font-family: ${FACE.sans}; margin-bottom: 2px }
.text p.subhd { text-indent: 0; text-align: center; font-weight: 700; font-family: ${FACE.sans}; margin: 6px 0 }
.dl { font-weight: 700; font-family: ${FACE.sans} }
figure { margin: 0 0 10px; break-inside: avoid }
figure svg { display: block; width: 100% }
figcaption { font-family: ${FACE.sans}; font-size: ${size - 0.5}px; margin-top: 4px; text-align: justify }
figcaption .pc { display: block; text-align: right }
.briefs .bt { font-family: ${FACE.sans}; font-weight: 700; font-size: ${size * 1.6}px; text-align: center; border-top: 2px solid #000; border-bottom: 1px solid #000; margin-bottom: 8px; letter-spacing: 0.5em }
.briefs h4 { font-family: ${FACE.sans}; font-weight: 700; font-size: ${size * 1.15}px; margin: 8px 0 2px }
.briefs p { margin: 0 0 4px; text-indent: 2em; text-align: justify }
.photostory .cap { font-family: ${FACE.sans}; text-align: justify }
.banner { font-family: ${FACE[spec.heads]}; font-weight: 900; font-size: ${size * 3}px; letter-spacing: 0.15em; border-bottom: 6px solid #000; padding: 4px 0 6px; margin-top: 6px }
.footer { border-top: 1px solid #000; margin-top: 18px; padding-top: 4px; font-family: ${FACE.sans}; font-size: ${size - 1}px; display: flex; justify-content: space-between }
.text p.subl { text-indent: 0; font-weight: 700; font-family: ${FACE[spec.heads]}; font-size: ${size * 1.15}px; margin: 8px 0 2px }
.briefs .mk { margin-right: 0.3em }
.label { display: flex; align-items: baseline; gap: 10px; border-bottom: 2px solid #000; margin-bottom: 8px; font-family: ${FACE.sans} }
.label .lt { background: #000; color: #fff; font-weight: 700; font-size: ${size * 1.4}px; padding: 2px 8px }
.label .latin { font-size: ${size}px }`;
}

/** A scan's blur and skew, on screen only: the PDF keeps its text layer. */
function scanCss(spec: PageSpec): string {
  const scan = spec.scan;
  return scan ? `\n@media screen { .page { filter: blur(${scan.blur}px); transform: rotate(${scan.rotate}deg) } }` : '';
}

function stripHtml(spec: PageSpec): string {
  const { paper } = spec;
  const lines = paper.strip.map((pieces, i) => {
    const spans = pieces.map((p, k) => {
      const cls = /^[A-Z]?\d{1,2}$/u.test(p) ? 'num' : i === 0 && k === 1 && !/\d/u.test(p) ? 'sec' : '';
      return `<span class="${cls}">${esc(p)}</span>`;
    });
    return `<div class="strip">${spans.join('')}${i === 0 && paper.masthead === 'strip' ? `<span class="grow"></span>${mastheadSmall(spec)}` : ''}</div>`;
  });
  const plate =
    paper.masthead === 'plate'
      ? `<div class="plate">${esc(paper.name)}${paper.nameLatin ? `<div class="latin">${esc(paper.nameLatin)}</div>` : ''}</div>`
      : '';
  return plate + lines.join('');
}

function bannerHtml(spec: PageSpec): string {
  const { banner, bannerLatin } = spec.paper;
  const latin = bannerLatin ? `<div class="latin">${esc(bannerLatin)}</div>` : '';
  return banner ? `<div class="banner">${esc(banner)}${latin}</div>` : '';
}

function footerHtml(spec: PageSpec): string {
  const lines = spec.paper.footer ?? [];
  return lines.length ? `<div class="footer">${lines.map((l) => `<span>${esc(l)}</span>`).join('')}</div>` : '';
}

function mastheadSmall(spec: PageSpec): string {
  const { paper } = spec;
  const latin = paper.nameLatin ? `<span class="latin">${esc(paper.nameLatin)}</span>` : '';
  return `<span class="lines" style="align-items:flex-end">${latin}<span class="sec">${esc(paper.name)}</span></span>`;
}

function rowHtml(row: PageSpec['rows'][number], rand: () => number): string {
  const cells = row.map((cell) => {
    const blocks = cell.blocks.map((b) => `<div class="block">${blockHtml(b, rand)}</div>`).join('');
    return `<div class="cell" style="grid-column: span ${cell.span}">${blocks}</div>`;
  });
  return `<div class="row">${cells.join('')}</div>`;
}

function blockHtml(block: Block, rand: () => number): string {
  if (block.kind === 'box') return boxHtml(block, rand);
  return block.kind === 'briefs' ? briefsHtml(block) : storyHtml(block, rand);
}

function headHtml(block: StoryBlock): string {
  const s = block.story;
  const out = block.label ? [labelHtml(block.label, block.labelLatin)] : [];
  out.push(...(s.kickers ?? []).map((k) => `<div class="kicker">${esc(k)}</div>`));
  if (s.headline) out.push(`<h2 class="${block.head ?? 'm'}">${esc(s.headline).replace(/\n/gu, '<br>')}</h2>`);
  if (s.subhead) out.push(`<div class="sub">${esc(s.subhead)}</div>`);
  return out.join('');
}

/** A column label: a short section name set white on black at the block's top, a Latin line beside it. */
function labelHtml(label: string, latin: string | undefined): string {
  return `<div class="label"><span class="lt">${esc(label)}</span>${latin ? `<span class="latin">${esc(latin)}</span>` : ''}</div>`;
}

function storyHtml(block: StoryBlock, rand: () => number): string {
  const s = block.story;
  const style = block.credit ?? 'full';
  const credit = creditText(s, style, block);
  const [open, close] = block.creditBrackets ?? ['（', '）'];
  const paras: string[] = [];
  if (credit && (style === 'start' || style === 'wentu')) paras.push(`<p class="byline">${esc(credit)}</p>`);
  if (credit && style === 'bullet') paras.push(`<p class="byline">${esc(block.creditMark ?? '■')}${esc(credit)}</p>`);
  s.paragraphs.forEach((p, i) => {
    if (s.subheads?.includes(i)) {
      paras.push(`<p class="${block.subheadStyle === 'left' ? 'subl' : 'subhd'}">${esc(p)}</p>`);
      return;
    }
    let lead = '';
    if (i === 0) {
      if (s.continuedFrom) lead += `（上接${esc(s.continuedFrom)}）`;
      if (s.dateline) lead += `<span class="dl">${esc(s.dateline)}</span>`;
      if (credit && style === 'full') lead += `${open}${esc(credit)}${close}`;
      if (credit && style === 'ascii') lead += ` (${esc(credit)}) `;
      if (credit && style === 'lenticular') lead += `【${esc(credit)}】`;
      if (credit && style === 'slash') lead += ` ${esc(credit)} `;
    }
    const last = i === s.paragraphs.length - 1;
    let tail = last && s.signature && block.signatureInline ? `${signatureText(s.signature)}` : '';
    if (last && credit && style === 'endParen') tail += `${open}${credit}${close}`;
    if (last && s.continuedTo && block.jumpInline) tail += `（下转${s.continuedTo}）`;
    paras.push(`<p>${lead}${esc(p)}${esc(tail)}</p>`);
  });
  if (s.signature && !block.signatureInline) paras.push(`<p class="own">${esc(signatureText(s.signature))}</p>`);
  if (credit && style === 'end') {
    const line = block.creditBrackets ? `${open}${credit}${close}` : credit;
    paras.push(`<p class="own">${esc(line)}</p>`);
  }
  if (s.continuedTo && !block.jumpInline) paras.push(`<p class="own">（下转${esc(s.continuedTo)}）</p>`);
  if (block.photoStory) {
    return `${photoSvg(rand, 0.5)}${headHtml(block)}<div class="text photostory" style="column-count:${block.cols}">${paras.join('')}</div>`;
  }
  const fig = s.photo ? figureHtml(s.photo, block, rand) : '';
  const top = (s.gallery ? galleryHtml(s.gallery, rand) : '') + (block.photoAt !== 'column' ? fig : '');
  const inColumn = block.photoAt === 'column' ? fig : '';
  if (s.sidebar) paras.push(sidebarHtml(s.sidebar));
  const text = `${top}<div class="text" style="column-count:${block.cols}">${inColumn}${paras.join('')}</div>`;
  if (block.headAt === 'side') {
    return `<div style="display:flex;gap:20px"><div style="flex:0 0 30%">${headHtml(block)}</div><div style="flex:1;min-width:0">${text}</div></div>`;
  }
  return `${headHtml(block)}${text}`;
}

/** A signature as printed: （李青） in parentheses, a source (据…) bare. */
function signatureText(sig: string): string {
  return /^(据|综合|来源)/u.test(sig) ? sig : `（${sig}）`;
}

function briefsHtml(block: BriefsBlock): string {
  const atEnd = block.credit === 'endParen';
  const items = block.items.map((s) => {
    const mark = block.mark ? `<span class="mk">${esc(block.mark)}</span>` : '';
    const head = s.headline && !block.runIn ? `<h4>${mark}${esc(s.headline)}</h4>` : '';
    const credit = creditText(s);
    const paras = s.paragraphs.map((p, i) => {
      const lead =
        i === 0
          ? `${runInHead(block, s.headline, mark)}${s.dateline ? `<span class="dl">${esc(s.dateline)}</span>` : ''}${credit && !atEnd ? `（${esc(credit)}）` : ''}`
          : '';
      const last = i === s.paragraphs.length - 1;
      let tail = last && s.signature ? signatureText(s.signature) : '';
      if (last && credit && atEnd) tail += `（${credit}）`;
      return `<p>${lead}${esc(p)}${esc(tail)}</p>`;
    });
    return head + paras.join('');
  });
  return `<div class="briefs"><div class="bt">${esc(block.title)}</div>${items.join('')}</div>`;
}

/** A brief's headline run in at the start of its first line (see BriefsBlock.runIn), bold as a head is set. */
function runInHead(block: BriefsBlock, headline: string | null, mark: string): string {
  if (!block.runIn || !headline) return '';
  const words = esc(headline.replace(/\n/gu, ''));
  const head = block.runIn === 'bracket' ? `【${words}】` : block.runIn === 'colon' ? `${words}：` : `${words}\u3000`;
  return `<b style='font-family: ${FACE.sans}'>${mark}${head}</b>`;
}
