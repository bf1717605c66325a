/**
 * A line of the page as the parser's stages see it: the type alone, so that the modules that mark lines
 * (lines.ts, furniture.ts) share it without importing each other.
 */

/** What a line is, as far as its own text tells. */
export type LineRole =
  | 'blank'
  | 'masthead'
  | 'dateline'
  | 'byline'
  | 'signature'
  | 'caption'
  | 'pullquote'
  | 'elision'
  | 'jump'
  | 'resume'
  | 'folio'
  | 'noise'
  | 'text';

/** One line of the page with its cleaned text, printed width and role. */
export interface Line {
  /** Line number in the page file (front matter included). */
  n: number;
  raw: string;
  text: string;
  width: number;
  role: LineRole;
  /** Starts with an indent (full-width space or several spaces): a paragraph starts here. */
  indented: boolean;
  /** Another column's line a text layer set beside or between this column's lines: it has no place here. */
  stray?: true;
  /** Ends in a byline whose closing bracket was lost, with a blank line under it: its text ends here. */
  creditLeftOpen?: true;
}
