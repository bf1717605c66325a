/**
 * The model of a newspaper page for the OCR-in-the-loop test pages: stories (written for the tests), how a
 * page sets them (rows of cells of stacked blocks), and the expected parse that the layout implies.
 * tests/support/ocr-html.ts draws the page; tests/fixtures/make-ocr-pages.ts renders, OCRs and prints it.
 */

import type { Typesetting } from './typeset.js';

/** One item as written: what the reader sees, before any layout. */
export interface Story {
  /** Label lines (引题) over the headline: none, one or two. */
  kickers?: string[];
  /** The headline as printed; null for a brief or a continuation that has none. A `\n` breaks it where the page
   * does (a headline of two or three lines): the expected headline has a space there. */
  headline: string | null;
  /** 副题 under the headline. */
  subhead?: string;
  /** 本报讯, 本报桐川10月8日电, … */
  dateline?: string;
  reporters?: string[];
  correspondents?: string[];
  /** 实习生 named in the credit: printed, but neither a reporter nor a correspondent. */
  interns?: string[];
  /** Trailing credit in parentheses (（李青）) or a source (据新华社). */
  signature?: string;
  paragraphs: string[];
  /** Indices of paragraphs that are bold in-body subheads (each also a paragraph). */
  subheads?: number[];
  /** A photo printed with the story: its caption and the photographer's credit (…/摄). */
  photo?: Photo;
  /** Two or three photos side by side over the text, their captions under them one a line (each opening as the
   * page marks it: 图①, 上图, 左图) and one credit for all closing the last (本报记者 王一 摄). */
  gallery?: { captions: string[]; creditLine?: string };
  /** A box at the story's end (链接, 延伸阅读): its title, set bold, and its paragraphs belong to the story (the
   * title as an in-body subhead). */
  sidebar?: { title: string; paragraphs: string[] };
  /** The page this text continues from (上接第一版), and the page it jumps to (下转第四版). */
  continuedFrom?: string;
  continuedTo?: string;
}

/** A photo's caption and who took it. */
export interface Photo {
  caption: string;
  /** The photographer's name, printed as the block's captionStyle says (王一/摄, （王一 摄）, 王一 摄). */
  credit?: string;
  /** A credit printed as the page words it, instead of `credit`: 本报记者 王一 摄, 新华社记者 王一 摄, 资料图片,
   * （图片由…提供）; on a line of its own at the right, or closing the caption when captionStyle is `inline`. */
  creditLine?: string;
}

/** How the credit (记者 …) is printed. */
export type CreditStyle =
  | 'full' // 本报讯（记者 王一 通讯员 李二）
  | 'ascii' // 本报讯 (记者 王一 通讯员 李二)
  | 'start' // 本报记者 王一 on its own line before the text
  | 'end' // 本报记者 王一 on its own line after the text
  | 'wentu' // 文/图 本报记者 王一 on its own line before the text (the reporter also took the photo)
  | 'bullet' // ■本报记者 王一 通讯员 李二 on its own line before the text
  | 'endParen' // （记者 王一 通讯员 李二） closing the last paragraph
  | 'lenticular' // 本报讯【记者 王一 通讯员 李二】
  | 'slash'; // 本报讯 记者/王一 通讯员/李二 近日，… (no brackets: the names run into the text after a space)

/** A story as one page sets it. */
export interface StoryBlock {
  kind: 'story';
  story: Story;
  /** Text columns inside the block (CSS columns: short vertical columns read one after another). */
  cols: number;
  head?: 'xl' | 'l' | 'm' | 's';
  credit?: CreditStyle;
  /** Where the photo goes: across the block above the text, or inside the first column. */
  photoAt?: 'top' | 'column';
  /** Print the signature at the end of the last paragraph instead of on a line of its own. */
  signatureInline?: boolean;
  /** A photo story: a photo with a headline, its text printed as a caption. */
  photoStory?: boolean;
  /** How in-body subheads are set: centred bold (default), or bold at the left like a small headline. */
  subheadStyle?: 'center' | 'left';
  /** How the photographer is credited: 王一/摄 on a line of its own (default), （王一 摄） after the caption, or
   * 王一 摄 closing the caption with no brackets (`inline`). */
  captionStyle?: 'slash' | 'paren' | 'inline';
  /** Print the jump line (下转…) at the end of the last paragraph instead of on a line of its own. */
  jumpInline?: boolean;
  /** How this paper names its reporters (全媒体记者, 融媒记者): 记者 / 本报记者 unless set. */
  reporterWord?: string;
  /** How this paper names its correspondents (特约通讯员): 通讯员 unless set. */
  correspondentWord?: string;
  /** Name the 通讯员 before the 记者, as some papers do: （通讯员 李二 记者 王一）. */
  correspondentsFirst?: boolean;
  /** The mark before a `bullet` credit (■ unless set: □, ▲). */
  creditMark?: string;
  /** The brackets around a `full` or `endParen` credit: （ and ） unless set (〈 and 〉, as some papers print them).
   * Set on an `end` credit, they wrap its line of its own: （记者 王一）. */
  creditBrackets?: [string, string];
  /** Where the photo's caption goes: under the photo (default), over it, or beside it at its foot. */
  captionAt?: 'below' | 'above' | 'beside';
  /** A column label or section name printed over the story's head (一线传真, 民生关注): furniture, never a head. */
  label?: string;
  /** A Latin line under the label (CITY): furniture too. */
  labelLatin?: string;
  /** Set the head (kickers, headline, 副题) beside the story at its left, a third of the block wide, instead of over
   * it, as papers set a feature's head: its lines sit on the same rows as the text's first lines. */
  headAt?: 'side';
}

/** A 简讯 column: briefs, each ending in a credit. */
export interface BriefsBlock {
  kind: 'briefs';
  title: string;
  items: Story[];
  /** A mark set before each brief's headline (■, ◆): decoration, not part of the headline. */
  mark?: string;
  /** Where a brief's credit goes: after its dateline (default), or closing its text. */
  credit?: 'full' | 'endParen';
  /** Set each brief's headline bold at the start of its first line, the text run on after it (none: a line of its
   * own over the text): after a full-width space, a colon, or inside 【】. */
  runIn?: 'space' | 'colon' | 'bracket';
}

/** A box that is no article: a 导读 (guide to other pages), an advert or a notice, maybe with a QR code. */
export interface BoxBlock {
  kind: 'box';
  /** The box's title bar (导读, 广告): none for a plain advert. */
  title?: string;
  /** The box's lines as printed, one a line. */
  lines: string[];
  /** A QR code drawn in the box, with this line under it (扫码关注…). */
  qr?: string;
}

export type Block = StoryBlock | BriefsBlock | BoxBlock;

/** A column of the page grid holding blocks stacked top to bottom. */
export interface Cell {
  span: number;
  blocks: Block[];
}

/** The paper's furniture: masthead and header strip. */
export interface Paper {
  name: string;
  nameLatin?: string;
  /** The header strip's pieces, printed in order on one or two lines. */
  strip: string[][];
  /** Masthead placement: beside the strip (small), a big nameplate over it, or none printed (inside pages). */
  masthead: 'strip' | 'plate' | 'none';
  /** A section's name set large at the page top, over the first row (天气与生活): furniture, never a headline. */
  banner?: string;
  /** A Latin line under the banner (CITY NEWS): furniture too. */
  bannerLatin?: string;
  /** Lines printed small at the page foot (editors, phone): furniture. */
  footer?: string[];
}

/** The type faces a page can use: Noto Serif / Sans CJK SC, WenQuanYi Micro Hei (and its monospaced cut), Noto
 * Serif CJK TC's, JP's, KR's and HK's glyph forms, Noto Sans CJK TC's, HK's, KR's and JP's, Noto Sans Mono CJK SC
 * and its TC and JP glyph forms. */
export type Face =
  | 'serif'
  | 'sans'
  | 'hei'
  | 'serifTc'
  | 'serifJp'
  | 'sansTc'
  | 'heiMono'
  | 'serifKr'
  | 'serifHk'
  | 'sansHk'
  | 'sansMono'
  | 'sansKr'
  | 'sansJp'
  | 'sansMonoTc'
  | 'sansMonoJp';

/** A whole test page. */
export interface PageSpec {
  paper: Paper;
  /** Body face: serif or sans Noto CJK; headlines use the other face on some pages. */
  body: Face;
  heads: Face;
  /** Body size in CSS px (at 300 dpi, 12.5 px is a 9.4 pt newspaper face). */
  size: number;
  /** Rows of the page grid (12 units wide), each a list of cells. */
  rows: Cell[][];
  /** tesseract page segmentation mode for the OCR version. */
  psm: 1 | 3 | 4 | 6;
  /** Whether to make a PDF-text-layer version. */
  pdf: boolean;
  /** Whether to make a text version: the printed lines in reading order, as a layout-aware export gives them. */
  text?: boolean;
  /** A text page only (some practice pages): the generator writes text.txt and expected.json, no OCR or PDF. */
  textOnly?: boolean;
  /** Typeset as a browser does (default) or as a newspaper system does (tests/support/typeset.ts). */
  typeset?: Typesetting;
  /** Make the OCR'd image look scanned: resolution, blur in CSS px, a slight skew in degrees, JPEG quality. */
  scan?: { dpi: number; blur: number; rotate: number; quality: number };
  seed: number;
}

/** The expected parse, in the contract's shape (the fields a layout knows). */
export interface ExpectedPage {
  page: { name: string | null; nameLatin: string | null };
  articles: Record<string, unknown>[];
}

/** How a paper words a credit: the reporters' title, and whether the 通讯员 come first. */
export type CreditForm = Pick<StoryBlock, 'reporterWord' | 'correspondentWord' | 'correspondentsFirst'>;

/** The credit text as printed, without parentheses: 记者 王一 通讯员 李二. */
export function creditText(s: Story, style: CreditStyle = 'full', form: CreditForm = {}): string | null {
  const parts: string[] = [];
  const own = style === 'start' || style === 'end' || style === 'wentu' || style === 'bullet';
  const word = form.reporterWord ?? (own ? '本报记者' : '记者');
  const sep = style === 'slash' ? '/' : ' ';
  if (s.reporters?.length) parts.push(`${word}${sep}${s.reporters.join(' ')}`);
  if (s.interns?.length) parts.push(`实习生${sep}${s.interns.join(' ')}`);
  if (s.correspondents?.length) {
    const them = `${form.correspondentWord ?? '通讯员'}${sep}${s.correspondents.join(' ')}`;
    if (form.correspondentsFirst) parts.unshift(them);
    else parts.push(them);
  }
  if (!parts.length) return null;
  return style === 'wentu' ? `文/图 ${parts.join(' ')}` : parts.join(' ');
}

/** Every block's stories in reading order: rows top down, cells left to right, blocks top down (a box is none). */
export function storiesInOrder(spec: PageSpec): { story: Story; block: StoryBlock | BriefsBlock }[] {
  const out: { story: Story; block: StoryBlock | BriefsBlock }[] = [];
  for (const row of spec.rows) {
    for (const cell of row) {
      for (const block of cell.blocks) {
        if (block.kind === 'story') out.push({ story: block.story, block });
        else if (block.kind === 'briefs') for (const item of block.items) out.push({ story: item, block });
      }
    }
  }
  return out;
}

/** The parse a correct parser gives for the page, whatever OCR or PDF extraction did to its text. */
export function expectedParse(spec: PageSpec): ExpectedPage {
  return {
    page: {
      name: spec.paper.masthead === 'none' ? null : spec.paper.name,
      nameLatin: spec.paper.masthead === 'none' ? null : (spec.paper.nameLatin ?? null),
    },
    articles: storiesInOrder(spec).map(({ story: s, block }) => {
      const style = block.credit ?? 'full';
      const byline = creditText(s, style, block.kind === 'story' ? block : {});
      return {
        headline: s.headline?.replace(/\n/gu, ' ') ?? null,
        headlineInferred: s.headline === null,
        kicker: s.kickers?.length ? s.kickers.join(' ') : null,
        subhead: s.subhead ?? null,
        office: null,
        dateline: s.dateline ?? null,
        byline: byline ? byline.replace(/\s/gu, '') : null,
        reporters: s.reporters ?? [],
        correspondents: s.correspondents ?? [],
        signature: s.signature ?? null,
        paragraphs: s.sidebar ? [...s.paragraphs, s.sidebar.title, ...s.sidebar.paragraphs] : s.paragraphs,
        subheads: [...(s.subheads ?? []).map((i) => s.paragraphs[i]), ...(s.sidebar ? [s.sidebar.title] : [])],
        captions: captionsOf(s, block),
        pullQuotes: [],
        continuedFrom: s.continuedFrom ?? null,
        continuedTo: s.continuedTo ?? null,
      };
    }),
  };
}

/** A story's captions in print order (its photo's, then its gallery's), numbered from 1. */
function captionsOf(s: Story, block: Block): { n: number; text: string }[] {
  const texts = s.photo ? [captionText(s.photo, block)] : [];
  const gallery = s.gallery?.captions ?? [];
  gallery.forEach((c, i) => texts.push(i === gallery.length - 1 ? withCredit(c, s.gallery?.creditLine) : c));
  return texts.map((text, i) => ({ n: i + 1, text }));
}

/** A caption closed by a credit as printed: after a space, or straight on when the credit is bracketed. */
export function withCredit(caption: string, line: string | undefined): string {
  if (!line) return caption;
  return /^[（(〈【]/u.test(line) ? `${caption}${line}` : `${caption} ${line}`;
}

/** A photo's caption as printed with its credit: 王一/摄 after it, （王一 摄） or 王一 摄 closing it, or the
 * credit line as written. */
export function captionText(photo: Photo, block: Block): string {
  if (photo.creditLine) return withCredit(photo.caption, photo.creditLine);
  if (!photo.credit) return photo.caption;
  if (block.kind === 'story' && block.captionStyle === 'inline') return `${photo.caption} ${photo.credit} 摄`;
  const paren = block.kind === 'story' && block.captionStyle === 'paren';
  return paren ? `${photo.caption}（${photo.credit} 摄）` : `${photo.caption} ${photo.credit}/摄`;
}
