/**
 * Columns read across (see column-split.ts): headlines set side by side over stories whose columns OCR
 * (tesseract --psm 3) then read as blocks, one story after another. The headlines come out as one line, apart
 * by wide gaps, over the first story's text; each goes back over the story it heads.
 */
import { breaksBand, hanCount, type Row } from './column-bands.js';
import { CREDIT_ROLE } from './credit-roles.js';
import type { RawLine } from './split-runs.js';

/** A line of headlines side by side and where each goes: the first stays, the others go before their stories. */
export interface HeadRow {
  index: number;
  /** The headlines, left to right. */
  heads: string[];
  /** A column's label set letter-spaced among them (`简 讯`), and the line it goes before (-1: after the first head). */
  label: { text: string; before: number } | null;
  /** Per headline after the first, the line its story opens with. */
  before: number[];
  /** The last line of the run the row heads (the line before the last story's opening). */
  last: number;
}

/** A story's opening: a dateline, or a credit before the text. */
const OPENS_STORY = new RegExp(`^\\s*(?:本报|新华社|[（(〈【]?\\s*${CREDIT_ROLE})`, 'u');
/** A 副题 opens with a dash (OCR: 一一, --): it stands beside its headline, over the same story. */
const DASH = /^[—―－\-一]{2}/u;
/** A line in brackets (a jump line, a credit). */
const IN_BRACKETS = /^\s*[（(〈《【]/u;
/** How far down the page the stories under a row of headlines may open, in lines. */
const NEAR = 40;

/** The parts of a line apart at wide gaps (three spaces or more): a headline may hold a space or two. */
function parts(row: Row): string[][] {
  const out: string[][] = [];
  for (const p of row.pieces) {
    if (!out.length || p.spaces >= 3) out.push([p.text]);
    else out.at(-1)!.push(p.text);
  }
  return out;
}

/** A label set letter-spaced: two to six characters, each a piece of its own. */
const isLabel = (ps: readonly string[]): boolean =>
  ps.length >= 2 && ps.length <= 6 && ps.every((t) => [...t].length === 1 && hanCount(t) === 1);

/** The blocks under a line (runs of lines between blank lines) up to the next line that stands alone. */
function blocksUnder(rows: readonly Row[], at: number, taken: ReadonlySet<number>): number[] {
  const starts: number[] = [];
  for (let i = at + 1; i < rows.length && i <= at + NEAR; i++) {
    const r = rows[i]!;
    if (taken.has(i) || (!r.pieces.length && r.raw.trim())) return [];
    if (!r.pieces.length || (i > at + 1 && rows[i - 1]!.pieces.length)) continue;
    // (A line alone, with no mark of a sentence, is the next row's headline: the stories under this row end.
    // A jump line in brackets, 《下转第三版), is none.)
    if (breaksBand(r) && !rows[i + 1]?.pieces.length && !OPENS_STORY.test(r.raw) && !IN_BRACKETS.test(r.raw)) break;
    starts.push(i);
  }
  return starts;
}

/**
 * Lines of headlines side by side (two or more, each four Han characters or more, no mark of a sentence and no
 * credit, none a 副题 opening with a dash; a letter-spaced label may stand among them) over as many stories read as blocks below: the first
 * block opens a story and, further down, as many blocks open one as there are headlines after the first.
 */
export function findHeadRows(rows: readonly Row[], taken: ReadonlySet<number>): HeadRow[] {
  const out: HeadRow[] = [];
  for (const row of rows) {
    if (taken.has(row.index) || !row.pieces.length || !breaksBand(row)) continue;
    const ps = parts(row);
    const heads = ps.filter((p) => !isLabel(p)).map((p) => p.join(' '));
    const labels = ps.filter(isLabel);
    if (heads.length < 2 || labels.length > 1 || heads.some((h) => hanCount(h) < 4 || DASH.test(h))) continue;
    const blocks = blocksUnder(rows, row.index, taken);
    if (!blocks.length || !OPENS_STORY.test(rows[blocks[0]!]!.raw)) continue;
    const opens = blocks.slice(1).filter((i) => OPENS_STORY.test(rows[i]!.raw));
    if (opens.length !== heads.length - 1) continue;
    // A label goes over the first block after the first story that opens with a line alone (a brief's title).
    const titled = blocks.find((i) => i > blocks[0]! && i < opens[0]! && breaksBand(rows[i]!));
    if (labels.length && titled === undefined) continue;
    const label = labels.length ? { text: labels[0]!.join(' '), before: titled! } : null;
    out.push({ index: row.index, heads, label, before: opens, last: opens.at(-1)! - 1 });
  }
  return out;
}

/** The lines from a row of headlines to its last story's opening, each headline set over its story. */
export function layOutHeadRow(rows: readonly Row[], row: HeadRow): RawLine[] {
  const head = (raw: string): RawLine[] => [
    { index: row.index, raw },
    { index: row.index, raw: '' },
  ];
  const out: RawLine[] = head(row.heads[0]!);
  for (let i = row.index + 1; i <= row.last; i++) {
    if (row.label?.before === i) out.push(...head(row.label.text));
    out.push({ index: i, raw: rows[i]!.raw });
  }
  // (The last story's headline goes right before its opening, the line after this run.)
  row.before.slice(0, -1).forEach((at, k) => {
    const where = out.findIndex((l) => l.index === at && l.raw === rows[at]!.raw);
    out.splice(where, 0, ...head(row.heads[k + 1]!));
  });
  out.push(...head(row.heads.at(-1)!));
  return out;
}
