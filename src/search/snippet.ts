/**
 * Snippets: the window of a result's text shown around its first hit, with every hit marked, cut at a
 * clause's edge. Browser-safe.
 */
import type { DocInfo } from './format.js';

/** A piece of a snippet: text, and whether it is a hit. */
export interface Piece {
  text: string;
  hit: boolean;
}

/** A snippet of the document around its first hit, with every hit in it marked. */
export function snippet(info: DocInfo, runs: readonly string[], width = 80): Piece[] {
  const fields = info.fields;
  // Prefer the body (last field), then any other field, for the window.
  const order = [fields.length - 1, ...fields.map((_, i) => i).slice(0, -1)];
  for (const f of order) {
    // The kicker line repeats what the kicker and the office both say (东湖办 东湖办): each name once.
    const text = f === 1 ? [...new Set((fields[f] ?? '').split(/\s+/).filter(Boolean))].join(' · ') : (fields[f] ?? '');
    const spans = findSpans(text, runs);
    if (!spans.length && runs.length) continue;
    // The window opens and closes at a clause's edge where one is near, so that no name is cut in two.
    const start = spans.length ? clauseStart(text, Math.max(0, spans[0]![0] - Math.floor(width / 3)), spans[0]![0]) : 0;
    const end = clauseEnd(text, Math.min(text.length, start + width));
    const pieces: Piece[] = [];
    let at = start;
    for (const [s, e] of spans) {
      if (e <= start || s >= end) continue;
      if (s > at) pieces.push({ text: text.slice(at, s), hit: false });
      pieces.push({ text: text.slice(Math.max(s, at), e), hit: true });
      at = e;
    }
    if (at < end) pieces.push({ text: text.slice(at, end), hit: false });
    if (start > 0) pieces.unshift({ text: '…', hit: false });
    if (end < text.length) pieces.push({ text: '…', hit: false });
    return pieces;
  }
  const body = fields.at(-1) ?? '';
  return [{ text: body.slice(0, clauseEnd(body, Math.min(body.length, width))), hit: false }];
}

/** Where a clause ends or a new one starts: punctuation, a space, a line break. */
const CLAUSE_EDGE = /[\s，。、；：！？,.;:!?“”‘’《》（）()【】·…—]/u;
/** How far a window's edge moves to meet a clause's edge. */
const SNAP = 12;

/** A window's start moved forward to just after a clause's edge, if one comes before the first hit. */
function clauseStart(text: string, start: number, firstHit: number): number {
  if (start === 0) return 0;
  for (let i = start; i < Math.min(firstHit, start + SNAP); i++) if (CLAUSE_EDGE.test(text[i]!)) return i + 1;
  return start;
}

/** A window's end moved back to just after a clause's edge, if one is near. */
function clauseEnd(text: string, end: number): number {
  if (end >= text.length) return text.length;
  for (let i = end - 1; i > end - SNAP && i > 0; i--) if (CLAUSE_EDGE.test(text[i]!)) return i + 1;
  return end;
}

/** Where the runs occur in a displayed text, as [start, end) in its own indexes, sorted and merged. */
export function findSpans(text: string, runs: readonly string[]): [number, number][] {
  const chars: string[] = [];
  const source: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const n of ch.normalize('NFKC').toLowerCase()) {
      chars.push(n);
      source.push(i);
    }
    i += ch.length;
  }
  const hay = chars.join('');
  const spans: [number, number][] = [];
  for (const run of runs) {
    if (!run) continue;
    let from = 0;
    for (;;) {
      const at = hay.indexOf(run, from);
      if (at < 0) break;
      // `hay` indexes UTF-16 units of the normalised characters; map them back through the char list.
      const startChar = charIndex(chars, at);
      const endChar = charIndex(chars, at + run.length) - 1;
      const s = source[startChar]!;
      const e = source[endChar]! + (text.codePointAt(source[endChar]!)! > 0xffff ? 2 : 1);
      spans.push([s, e]);
      from = at + run.length;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

function charIndex(chars: readonly string[], unit: number): number {
  let u = 0;
  for (let c = 0; c < chars.length; c++) {
    if (u >= unit) return c;
    u += chars[c]!.length;
  }
  return chars.length;
}
