/**
 * The blocks a page's lines are read into (parse/blocks.ts), a type of its own so that the modules blocks.ts
 * calls can name them.
 */
import type { Line } from './lines.js';

/** A block of the page in reading order. */
export type Block =
  | { kind: 'para'; lines: Line[]; text: string }
  | {
      kind: 'head';
      line: Line;
      blankBefore: boolean;
      maybe: boolean;
      alone?: boolean;
      /** Set at a column's foot: right under a finished sentence, a blank line after it (see #atFoot). */
      foot?: boolean;
    }
  | {
      kind: 'masthead' | 'byline' | 'signature' | 'caption' | 'pullquote' | 'elision' | 'jump' | 'folio';
      lines: Line[];
      text: string;
    };
