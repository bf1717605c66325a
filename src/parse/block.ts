/**
 * A block of the page as the parser's stages see it: the type alone, so that blocks.ts and the modules it
 * calls (caption-above.ts) share it without importing each other.
 */
import type { Line } from './line.js';

/** A block of the page in reading order. */
export type Block =
  | {
      kind: 'para';
      lines: Line[];
      text: string;
      /** A phrase set on its own line under a finished sentence: an in-body subhead (see phraseAfterSentence). */
      phrase?: true;
    }
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
