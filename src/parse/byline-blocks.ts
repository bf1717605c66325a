/**
 * A credit set over two lines (本报记者 王一 / 通讯员 李二): each line reads as a byline of its own, and the
 * second would go to no article or to the one before. One credit, one block.
 */
import { joinLines } from '../text/spacing.js';
import type { Block } from './block.js';

/** Joins bylines printed on consecutive lines into one byline block. */
export function joinBylineLines(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out.at(-1);
    if (b.kind === 'byline' && prev?.kind === 'byline' && b.lines[0]!.n === prev.lines.at(-1)!.n + 1) {
      const lines = [...prev.lines, ...b.lines];
      out[out.length - 1] = { kind: 'byline', lines, text: joinLines(lines.map((l) => l.text)) };
    } else out.push(b);
  }
  return out;
}
