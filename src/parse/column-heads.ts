/**
 * Columns read across (see column-split.ts): headlines set side by side over a band of columns, one over each
 * article's columns, that OCR read as one line. They go back over the columns they head.
 */
import { breaksBand, hanCount, LONG_PIECE, median, textRuns, widthOf, type Piece, type Row } from './column-bands.js';
import { overWhich, type OverLine } from './column-head-over.js';
import { CREDIT_ROLE, REPORTER_ROLE } from './credit-roles.js';
import type { RawLine } from './split-runs.js';

/** A piece that is a speck alone: OCR made it of the blank between two headlines. */
const SPECK = /^[|丨_"'“”]+$/u;

/**
 * The line of headlines side by side over a band that starts at `first`: the line right above it, or the one
 * above a blank line (a headline set larger stands apart from its text), when it is no part of a band and
 * holds two runs of text or more.
 */
export function headsAbove(rows: readonly Row[], first: number): number | null {
  const at = rows[first - 1]?.pieces.length ? first - 1 : first - 2;
  const above = rows[at];
  if (!above?.pieces.length || !breaksBand(above)) return null;
  return textRuns(above.pieces).length >= 2 ? at : null;
}

/**
 * The headlines of a line apart at its wide gaps (two spaces or more) and specks: a space alone may sit inside
 * one headline (its two parts), where OCR kept a blank that wide between two headlines. A speck goes with the
 * headline before it (it is a character of the page).
 */
function headGroups(pieces: readonly Piece[]): string[] {
  const groups: string[] = [];
  let apart = true;
  for (const p of pieces) {
    if (SPECK.test(p.text) && groups.length) {
      groups[groups.length - 1] += ` ${p.text}`;
      apart = true;
    } else if (apart || p.spaces >= 2) {
      groups.push(p.text);
      apart = false;
    } else groups[groups.length - 1] += ` ${p.text}`;
  }
  return groups;
}

/** A mark of a sentence: a line of heads may hold a credit, never a sentence. */
const SENTENCE_MARK = /[，。、；：？！,;]/u;
const CREDIT = new RegExp(CREDIT_ROLE, 'u');

/**
 * A feature's byline read on one line with the subheads set over its other columns (or a credit beside
 * headlines): a credit, and text shorter than the lines of the band under it, with no mark of a sentence.
 * It heads the band's columns as headlines side by side do, never a row of them.
 */
export function isCreditHeads(row: Row, band: readonly Row[]): boolean {
  if (SENTENCE_MARK.test(row.raw) || !CREDIT.test(row.raw)) return false;
  const lines = band.flatMap((r) => textRuns(r.pieces).filter((t) => hanCount(t) >= LONG_PIECE));
  const measure = median(lines.map(widthOf));
  const heads = headGroups(row.pieces).filter((t) => !CREDIT.test(t));
  return heads.length > 0 && heads.every((t) => hanCount(t) >= 2 && widthOf(t) < 0.8 * measure);
}

/** A column's first line that opens an article: a dateline or a credit before the text. */
const OPENS_ARTICLE = new RegExp(`^\\s*(?:本报|新华社|[（(〈【]?\\s*${REPORTER_ROLE})`, 'u');

/**
 * A first line that OCR garbled into a credit's look: a role a character or two in, spaces between short
 * names after it (`和拓记者相古肌 通讯和 何`). Running text has no spaces, so `据记者了解，…` is none.
 */
const LOOKS_CREDIT = new RegExp(`^\\s*\\S{0,2}(?:本报|${REPORTER_ROLE})\\S{0,6} \\S`, 'u');

/** The first line of a column with text in it (OCR may set a speck or a stray mark over it). */
function firstLine(col: readonly RawLine[]): string {
  return col.find((l) => /[\p{sc=Han}]{2}/u.test(l.raw))?.raw ?? '';
}

/**
 * Headlines set side by side over a band (one over each article's columns) go over the columns they head:
 * the first over the first column, the others over the columns that open an article, in order. The headlines
 * and the columns they head are counted both ways (apart at wide gaps or at any space; strict openings or
 * credits OCR garbled) until they agree; else the first goes over the first column, the others over the last.
 */
export function placeHeads(heads: Row, cols: RawLine[][], over: OverLine | null = null): void {
  const opens = (re: RegExp): number[] => cols.map((c, k) => k).filter((k) => k > 0 && re.test(firstLine(cols[k]!)));
  // A scrap of large type (one character, `趴`) read beside the headlines heads no column: it goes first, alone.
  const allGroups = headGroups(heads.pieces);
  const allRuns = textRuns(heads.pieces);
  const groups = allGroups.filter((t) => !isLoneChar(t));
  const runs = allRuns.filter((t) => !isLoneChar(t));
  const tries = [opens(OPENS_ARTICLE), opens(LOOKS_CREDIT)].flatMap((o) => [groups, runs].map((t) => ({ o, t })));
  // As many heads as columns with text: one over each (a feature's byline and subheads over its columns).
  const filled = cols.map((_, k) => k).filter((k) => k > 0 && cols[k]!.length > 0);
  const each = [groups, runs].find((t) => t.length === filled.length + 1 && filled.length > 0);
  const fit = tries.find(({ o, t }) => t.length === o.length + 1) ?? (each && { o: filled, t: each });
  const texts = fit?.t ?? groups;
  // (The scraps of the way the line was cut: every character of it lands once.)
  const scraps = (texts === runs ? allRuns : allGroups).filter(isLoneChar);
  // (The column past the grid's last start is often empty: a headline goes over a column with text.)
  const last = cols.map((c) => c.length > 0).lastIndexOf(true);
  texts.forEach((text, i) => {
    const k = fit ? [0, ...fit.o][i]! : i === 0 ? 0 : last;
    cols[k]!.unshift({ index: heads.index, raw: text }, { index: heads.index, raw: '' });
  });
  for (const text of scraps.reverse())
    cols[0]!.unshift({ index: heads.index, raw: text }, { index: heads.index, raw: '' });
  if (over) setOver(over, heads, texts, cols);
}

/** The heads of a row apart at its wide gaps and specks, scraps of one character left out. */
export function headTexts(heads: Row): string[] {
  return headGroups(heads.pieces).filter((t) => !isLoneChar(t));
}

/** The line over the row goes right before the head it stands over (the last, when it stands over the first). */
function setOver(over: OverLine, heads: Row, texts: readonly string[], cols: RawLine[][]): void {
  const which = overWhich(over, heads, texts);
  const text = texts[which < 0 ? texts.length - 1 : which]!;
  for (const col of cols) {
    const at = col.findIndex((l) => l.index === heads.index && l.raw === text);
    if (at >= 0) return void col.splice(at, 0, { index: over.index, raw: over.text });
  }
}

/** A piece of a line of heads that is no headline: a single character (no headline is one), not a speck's mark. */
function isLoneChar(text: string): boolean {
  return [...text.replace(/\s/gu, '')].length === 1 && !SPECK.test(text);
}
