/**
 * Stage: blocks. Rebuilds paragraphs from hard-wrapped column lines and sets apart the short lines
 * that stand alone (headlines, kickers, subheads).
 */
import { endsSentence } from '../text/chars.js';
import { joinLines } from '../text/spacing.js';
import type { Line } from './lines.js';

/** A block of the page in reading order. */
export type Block =
  | { kind: 'para'; lines: Line[]; text: string }
  | { kind: 'head'; line: Line; blankBefore: boolean }
  | { kind: 'masthead' | 'byline' | 'signature' | 'caption' | 'pullquote' | 'elision'; lines: Line[]; text: string };

const WINDOW = 7;

/**
 * The column width around each line: a high quantile of the widths of nearby lines that read as body
 * text. Note: columns differ within one page, so the width is estimated locally, never page-wide.
 */
export function localWidths(lines: readonly Line[]): number[] {
  const body = lines.map((l) => l.role === 'text' && /[，。、；：]/u.test(l.text.slice(0, -1)));
  return lines.map((_, i) => {
    const ws: number[] = [];
    for (let k = 1; ws.length < 2 * WINDOW && (i - k >= 0 || i + k < lines.length); k++) {
      if (i - k >= 0 && body[i - k]) ws.push(lines[i - k]!.width);
      if (i + k < lines.length && body[i + k]) ws.push(lines[i + k]!.width);
      if (k > 40) break;
    }
    if (ws.length === 0) return lines[i]!.width;
    ws.sort((a, b) => a - b);
    return ws[Math.floor((ws.length - 1) * 0.75)]!;
  });
}

/** True when the line falls short of its column: the printed line ended before the column did. */
function isShort(line: Line, width: number): boolean {
  return line.width < width - Math.max(1.2, width * 0.06);
}

/** Punctuation that never ends a headline. */
const BODY_END = /[，。、；：,;:…]$/u;

/** Splits lines into blocks: paragraphs, lone head lines, and the marked roles (captions, signatures…). */
export function readBlocks(lines: readonly Line[]): Block[] {
  const widths = localWidths(lines);
  const blocks: Block[] = [];
  let open: Extract<Block, { kind: 'para' }> | null = null;
  let prevHead = false;
  let blankBefore = true;

  const nextNonBlank = (i: number): { line: Line | undefined; blank: boolean } => {
    let blank = false;
    for (let k = i + 1; k < lines.length; k++) {
      if (lines[k]!.role === 'blank') blank = true;
      else return { line: lines[k], blank };
    }
    return { line: undefined, blank: true };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role === 'blank') {
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;

    if (line.role === 'caption' && (open === null || /^图\s*[①-⑳]/u.test(line.text))) {
      // Note: a caption can wrap, across a blank line too; it runs until a sentence ends or a new mark starts.
      const parts = [line];
      let k = i;
      while (!endsSentence(parts.at(-1)!.text) && parts.length < 4) {
        const { line: next } = nextNonBlank(k);
        if (!next || next.role !== 'text' || next.width > widths[k]! * 1.5) break;
        k = lines.indexOf(next);
        parts.push(next);
      }
      i = k;
      open = null;
      blocks.push({ kind: 'caption', lines: parts, text: joinLines(parts.map((p) => p.text)) });
      prevHead = false;
      continue;
    }
    if (line.role !== 'text' && line.role !== 'dateline' && !(line.role === 'caption' && open)) {
      open = null;
      prevHead = false;
      blocks.push({ kind: line.role as 'masthead', lines: [line], text: line.text });
      continue;
    }
    if (open && !line.indented && line.role !== 'dateline') {
      open.lines.push(line);
      open.text = joinLines([open.text, line.text]);
    } else if (line.role !== 'dateline' && isHeadLine(line, i)) {
      open = null;
      prevHead = true;
      blocks.push({ kind: 'head', line, blankBefore: wasBlank });
      continue;
    } else {
      open = { kind: 'para', lines: [line], text: line.text };
      blocks.push(open);
    }
    prevHead = false;
    // Note: a blank line falls at column breaks in mid-sentence, but after a finished sentence it marks a paragraph end.
    if (endsSentence(line.text) && (isShort(line, widths[i]!) || lines[i + 1]?.role === 'blank')) open = null;
  }
  return blocks;

  /** A line at a paragraph boundary that does not read as the start of a paragraph. */
  function isHeadLine(line: Line, i: number): boolean {
    const text = line.text;
    if (BODY_END.test(text) || /[。；]/u.test(text)) return false;
    const { line: next, blank } = nextNonBlank(i);
    const heading = next?.role === 'dateline' || next?.role === 'byline';
    if (heading) return true;
    if (/[！？!?]$/u.test(text)) return false;
    if (prevHead && !/[，,]/u.test(text)) return true;
    const w = widths[i]!;
    if (line.width < w * 0.8 || line.width > w * 1.15) return true;
    return blank && !next;
  }
}
