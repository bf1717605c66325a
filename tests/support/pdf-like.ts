/**
 * Makes Chromium's tidy PDF text layer look like an e-paper export (Founder and the like), as pdftotext
 * gives it: half-width digits are set in runs of their own, so a number breaks over several lines
 * ("5月" / "1" / "5日"), and a block of text comes out away from its neighbours. Deterministic for a seed.
 */

/** How strongly to disturb the text. */
export interface PdfLikeOptions {
  /** Chance that a run of two or more half-width digits is broken one character a line. */
  splitDigits: number;
  /** Blocks (text between blank lines) moved to another place. */
  moveBlocks: number;
}

/** Disturbs a PDF text layer the way e-paper exports are disturbed. */
export function pdfLike(text: string, options: PdfLikeOptions, rand: () => number): string {
  const split = text
    .split('\n')
    .map((line) => splitDigitRuns(line, options.splitDigits, rand))
    .join('\n');
  return moveBlocks(split, options.moveBlocks, rand);
}

/** Breaks digit runs such as 2019 or 12.5% one character a line; a lone digit gets a space before it. */
export function splitDigitRuns(line: string, chance: number, rand: () => number): string {
  return line.replace(/[0-9][0-9.:%-]*/gu, (run, offset: number) => {
    const before = offset > 0 && line[offset - 1] !== ' ' && rand() < 0.5 ? ' ' : '';
    if (run.length < 2 || rand() >= chance) return before + run;
    const chars = [...run];
    const last = chars.pop()!;
    // The last character stays with the text after it more often than not, as pdftotext joins them.
    const tail = offset + run.length < line.length && rand() < 0.35 ? '\n' : '';
    return `${before}${chars.join('\n')}\n${last}${tail}`;
  });
}

/** Moves `count` blocks, never the first two (the header strip), to another place after them. */
export function moveBlocks(text: string, count: number, rand: () => number): string {
  const blocks = text.split(/\n{2,}/u);
  for (let k = 0; k < count && blocks.length > 5; k++) {
    const from = 2 + Math.floor(rand() * (blocks.length - 2));
    const [block] = blocks.splice(from, 1);
    let to = 2 + Math.floor(rand() * (blocks.length - 2));
    if (to === from) to = Math.min(blocks.length, to + 2);
    blocks.splice(to, 0, block!);
  }
  return blocks.join('\n\n');
}
