import { parsePage } from '../../src/parse/page.js';
import type { ParsedPage } from '../../src/parse/types.js';

/** A parser for made-up pages given as their lines, one printed line a line, as a text layer gives them. */
export const linesParser =
  (file: string) =>
  (lines: readonly string[]): ParsedPage =>
    parsePage(file, `${lines.join('\n')}\n`);

/** What a parse lost or invented (its conservation warnings): empty when every character landed once. */
export const lost = (page: ParsedPage): string[] =>
  page.warnings.filter((w) => w.code === 'conservation').map((w) => w.message);

/** Text with its whitespace taken out, so OCR's and a column's spaces and breaks do not count. */
export const squeeze = (s: string): string => s.replace(/\s+/gu, '');

/** Text set in a column `width` characters wide, as a page's text layer has it. */
export const setInColumn = (text: string, width: number): string[] => text.match(new RegExp(`.{1,${width}}`, 'gu'))!;

/** Each article as a reader sees it: its headline, its captions and its paragraphs, spaces squeezed out. */
export const readArticles = (page: ParsedPage) =>
  page.articles.map((a) => ({
    headline: a.headline,
    captions: a.captions.map((c) => squeeze(c.text)),
    paragraphs: a.paragraphs.map(squeeze),
  }));
