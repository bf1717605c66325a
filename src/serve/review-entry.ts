/**
 * What the review view's actions write: one line of a page's structure-correction file, naming the lines
 * by their text (and number, as a hint), appended whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Line } from '../parse/lines.js';
import { STRUCTURE_ACTIONS as ACTIONS, type StructureAction } from '../parse/structure.js';
import { writeAtomic } from '../shared/atomic.js';

/** An action an editor picks on a line in the review view. */
export interface ReviewAction {
  action: StructureAction;
  line: number;
  /** headline: a line of the article it heads. */
  of?: number;
  /** move: the line the block (the clicked line to the next blank line) goes after. */
  after?: number;
}

/** A YAML string: JSON's double-quoted form, which YAML reads the same (line separators escaped too). */
const quote = (s: string): string =>
  JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Checks an action sent by the view; returns it, or why it is refused. */
export function readAction(body: unknown): ReviewAction | string {
  if (!body || typeof body !== 'object') return 'send a JSON object';
  const b = body as Record<string, unknown>;
  const n = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_000_000;
  if (!ACTIONS.includes(b['action'] as ReviewAction['action'])) return `action must be one of ${ACTIONS.join(', ')}`;
  if (!n(b['line'])) return 'line must be a line number';
  const out: ReviewAction = { action: b['action'] as ReviewAction['action'], line: b['line'] };
  if (b['of'] !== undefined) {
    if (!n(b['of'])) return 'of must be a line number';
    out.of = b['of'];
  }
  if (b['after'] !== undefined) {
    if (!n(b['after'])) return 'after must be a line number';
    out.after = b['after'];
  }
  if (out.action === 'move' && out.after === undefined) return 'move needs after';
  return out;
}

/** The entry for an action, one line of YAML, or why the lines it names are not on the page. */
export function entryFor(a: ReviewAction, lines: readonly Line[]): string | Error {
  const text = (n: number): string | Error => {
    const l = lines.find((x) => x.n === n && x.role !== 'blank');
    return l ? l.raw.trim() : new Error(`line ${n} is not a printed line of the page`);
  };
  const own = text(a.line);
  if (own instanceof Error) return own;
  const parts = [`${a.action}: ${quote(own)}`];
  for (const key of ['of', 'after'] as const) {
    const n = a[key];
    if (n === undefined) continue;
    const t = text(n);
    if (t instanceof Error) return t;
    parts.push(`${key}: ${quote(t)}`);
  }
  parts.push(`line: ${a.line}`);
  return `- {${parts.join(', ')}}`;
}

const HEADER = `# 版面结构更正 · structure corrections of one printed page (see the README, "Reviewing and repairing a page").
# 每行一条；删掉一行即撤销。One repair a line; delete a line to undo it.
`;

/** Appends an entry to the page's structure-correction file (made when missing), written whole. */
export function appendEntry(file: string, entry: string): void {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  writeAtomic(file, `${before}${before.endsWith('\n') || !before ? '' : '\n'}${entry}\n`);
}
