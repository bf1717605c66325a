/**
 * A column's or series' tag printed under a headline that filled its line (…的灯” / （青春在基层）): set alone
 * in brackets, it reads as a signature, but a signature closes text, and this one stands right under head lines.
 */
import type { Block } from './block.js';

/** A column's or series' tag in brackets: Han words, perhaps a number in a circle (（走进新村落③）). */
const SERIES_TAG = /^[（(][\p{sc=Han}①-⑳\d]{4,14}[）)]$/u;

/** A credit's words: a byline in brackets under a headline (（记者 王一 通讯员 李二）) is the text's credit, no tag. */
const CREDIT_WORD = /记者|通讯员|实习生|评论员|特约|摄|供稿|供图|报道|编辑|撰稿|整理|据/u;

/** Turns a tag in brackets set on the line right under a head line into a head line of its own. */
export function tagsUnderHeads(blocks: readonly Block[]): Block[] {
  return blocks.map((b, i) => {
    const above = blocks[i - 1];
    if (b.kind !== 'signature' || above?.kind !== 'head' || b.lines.length !== 1) return b;
    const line = b.lines[0]!;
    if (line.n !== above.line.n + 1 || !SERIES_TAG.test(b.text) || CREDIT_WORD.test(b.text)) return b;
    line.role = 'text';
    return { kind: 'head', line, blankBefore: false, maybe: false };
  });
}
