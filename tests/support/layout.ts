/**
 * Lays articles out as the text layer of a printed page: hard-wrapped columns, blank lines at column
 * breaks, OCR spaces, headlines before their articles or gathered in a block. Deterministic for a seed.
 * Used to make test pages (tests/fixtures) and benchmark archives; it also writes the expected parse.
 */

/** An article to lay out. */
export interface LayoutArticle {
  kicker?: string | undefined;
  headline?: string | null;
  subhead?: string;
  office?: string | null;
  dateline?: string | undefined;
  byline?: string;
  /** Print the byline alone on a line (before the body) instead of in parentheses after the dateline. */
  bylineAlone?: boolean;
  reporters?: string[];
  correspondents?: string[];
  signature?: string;
  paragraphs: string[];
  /** Indices of paragraphs that are in-body subheads (printed alone on a short line). */
  subheads?: number[];
  runInHeads?: string[];
  captions?: string[];
  pullQuotes?: string[];
}

/** How to set the page. */
export interface LayoutOptions {
  /** Column width in Han characters, per article (cycled). */
  widths: number[];
  /** Lines per column: a blank line falls after this many lines, mid-sentence or not. */
  columnHeight: number;
  /** Where headlines go: before each article, or gathered in one block after article `blockAfter`. */
  headlines: 'before' | 'block';
  blockAfter?: number;
  /** Chance of an OCR space beside punctuation and digits. */
  spaces: number;
  /** Chance of a blank line after a paragraph. */
  paragraphGap: number;
  seed: number;
  masthead?: { latin: string; name: string };
}

/** The expected parse, in the contract's shape (fields the layout knows). */
export interface Expected {
  page: { name: string | null; nameLatin: string | null };
  articles: Record<string, unknown>[];
}

/** Lays out a page; returns its text and the parse a correct parser gives. */
export function layoutPage(
  articles: readonly LayoutArticle[],
  options: LayoutOptions,
): { text: string; expected: Expected } {
  const rand = mulberry32(options.seed);
  const out: string[] = [];
  const emitHead = (a: LayoutArticle): void => {
    if (a.kicker) out.push(a.kicker, '');
    if (a.headline) out.push(a.headline);
    if (a.subhead) out.push(a.subhead);
    if (a.headline || a.subhead) out.push('');
  };
  if (options.masthead) out.push(` ${options.masthead.latin}`, '', options.masthead.name, '');
  articles.forEach((a, i) => {
    if (options.headlines === 'before') emitHead(a);
    const width = options.widths[i % options.widths.length]!;
    let column = 0;
    const push = (line: string): void => {
      out.push(line);
      if (++column % options.columnHeight === 0) out.push('');
    };
    if (a.bylineAlone && a.byline) push(a.byline);
    a.paragraphs.forEach((p, k) => {
      let text = p;
      if (k === 0 && a.dateline) text = `${a.dateline}${a.byline && !a.bylineAlone ? ` （${a.byline}） ` : ' '}${p}`;
      if (a.subheads?.includes(k)) {
        push(p);
        return;
      }
      for (const line of wrap(text, width)) push(addSpaces(line, options.spaces, rand));
      if (rand() < options.paragraphGap && out.at(-1) !== '') out.push('');
    });
    // Source credits (据新华社) are printed bare; a writer's signature in parentheses.
    if (a.signature) push(/^(据|综合|来源)/u.test(a.signature) ? a.signature : `（${a.signature}）`);
    if (out.at(-1) !== '') out.push('');
    if (options.headlines === 'block' && i === (options.blockAfter ?? articles.length - 1)) articles.forEach(emitHead);
  });
  for (const a of articles) for (const c of a.captions ?? []) out.push(c);
  for (const a of articles) for (const q of a.pullQuotes ?? []) out.push(`●${q}`);
  out.push('');
  return {
    text: out.join('\n'),
    expected: {
      page: { name: options.masthead?.name ?? null, nameLatin: options.masthead?.latin ?? null },
      articles: articles.map((a) => ({
        headline: a.headline ?? null,
        subhead: a.subhead ?? null,
        headlineInferred: !a.headline,
        kicker: a.kicker ?? null,
        office: a.office ?? null,
        dateline: a.dateline ?? null,
        byline: a.byline ? a.byline.replace(/\s/gu, '') : null,
        reporters: a.reporters ?? [],
        correspondents: a.correspondents ?? [],
        signature: a.signature ?? null,
        paragraphs: a.paragraphs,
        runInHeads: a.runInHeads ?? [],
        captions: (a.captions ?? []).map((text, n) => ({ n: n + 1, text })),
        pullQuotes: a.pullQuotes ?? [],
      })),
    },
  };
}

/** Printed width: Han characters and Chinese punctuation 1, Latin letters and digits 1/2. */
function charWidth(ch: string): number {
  return /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
}

/** Hard-wraps a paragraph at `width`, never starting a line with closing punctuation (kinsoku). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width && line && !/[，。、；：？！”’）》…]/u.test(ch)) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line) lines.push(line);
  return lines;
}

function addSpaces(line: string, chance: number, rand: () => number): string {
  if (chance <= 0) return line;
  let out = '';
  let prev = '';
  for (const ch of line) {
    const digitRun = /[0-9.]/.test(prev) && /[0-9.]/.test(ch);
    prev = ch;
    if (digitRun) {
      out += ch;
      continue;
    }
    const near = /[，。、；：“”0-9]/u.test(ch);
    if (near && rand() < chance) out += rand() < 0.5 ? ` ${ch}` : `${ch} `;
    else out += ch;
  }
  return out;
}

/** A small seeded PRNG, so layouts are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text set in a column 18 characters wide, as a page's text layer has it: one line per entry. */
export function column(text: string): string[] {
  return text.match(/.{1,18}/gu)!;
}
