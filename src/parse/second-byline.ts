/**
 * A report credited on a line of its own at its head (本报记者 王一) is not credited again at its end: head
 * lines followed by text that closes with a byline of its own under it (本报记者 李二), before any other head
 * line, head a piece of its own (an interview or a feature set under it, credited at its end).
 */
import type { Block } from './block.js';
import type { DraftArticle } from './drafts.js';

/** The most paragraphs read after the head lines for the closing byline. */
const PIECE_PARAGRAPHS = 12;

/** Whether block `i` on is a piece closed by a byline under its text, the article before credited at its head. */
export function closedBySecondByline(current: DraftArticle, blocks: readonly Block[], i: number): boolean {
  if (current.bylineAlone === null) return false;
  let paragraphs = 0;
  for (let k = i; k < blocks.length && paragraphs <= PIECE_PARAGRAPHS; k++) {
    const b = blocks[k]!;
    if (b.kind === 'byline')
      return paragraphs > 0 && blocks[k - 1]?.kind === 'para' && !sameWords(b.text, current.bylineAlone.text);
    if (b.kind !== 'para') return false;
    paragraphs++;
  }
  return false;
}

/** Whether two credits print the same text, spaces aside. */
function sameWords(a: string, b: string): boolean {
  return a.replace(/\s/gu, '') === b.replace(/\s/gu, '');
}
