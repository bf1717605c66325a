/**
 * Structure corrections as the parser takes them: an editor's entries (lines named by their text) resolved
 * to line numbers of the page as it is now, then applied as constraints on the stages. Pure.
 */
import { BuildError } from '../errors.js';
import type { Line } from './lines.js';

/** What an entry of a structure-correction file says. */
export const STRUCTURE_ACTIONS = [
  'split',
  'join',
  'headline',
  'furniture',
  'move',
  'caption',
  'byline',
  'signature',
  'subhead',
  'body',
] as const;
export type StructureAction = (typeof STRUCTURE_ACTIONS)[number];

/** One entry of a structure-correction file, as read (lines named by their text). */
export interface StructureEntry {
  action: StructureAction;
  /** The lines the entry is about, by their text (one, or several printed together). */
  lines: string[];
  /** The line number the first line had when the entry was written: a hint among lines that read alike. */
  near: number | null;
  /** headline: its 引题 and 副题 lines; `of`: a line of the article it heads. */
  kicker?: string[];
  subhead?: string[];
  of?: string;
  /** move: the last line of the block (else the block runs to the next blank line) and the line it goes after. */
  through?: string;
  after?: string;
  file: string;
  /** The entry's line in the correction file. */
  line: number;
}

/** A role an editor gives a line. */
export type ForcedRole = 'furniture' | 'caption' | 'byline' | 'signature' | 'subhead' | 'body' | 'head';

/** Structure corrections resolved to line numbers: what the parse stages obey. Plain data (it goes to workers and into cache keys). */
export interface Constraints {
  /** Blocks of lines put after another line, in order (reading order). */
  moves: { lines: number[]; after: number }[];
  roles: [number, ForcedRole][];
  /** Lines that open a new article. */
  starts: number[];
  /** Lines that continue the article before them. */
  joins: number[];
  /** Headline blocks an editor gave, and a line of the article each heads (null: the article after it). */
  heads: { kicker: number[]; headline: number[]; subhead: number[]; of: number | null }[];
}

/** Where a correction entry is, for messages. */
const at = (e: StructureEntry, message: string): BuildError =>
  new BuildError(message, { file: e.file, line: e.line, rule: 'structure-correction' });

/** Text as compared: without any spacing, so OCR spacing and re-exports never decide a match. */
export const bareText = (s: string): string => s.replace(/[\s\u3000\u00a0]+/gu, '').replace(/[…]+$|\.{3,}$/u, '');

/**
 * Resolves entries against the page's lines: each named line is the line that reads so (the whole line, or
 * one starting with the text when it ends in …), the nearest to the hint among several. A name that matches
 * no line is an error naming the correction file and the entry's line.
 */
export function resolveStructure(lines: readonly Line[], entries: readonly StructureEntry[]): Constraints {
  const printed = lines.filter((l) => l.role !== 'blank');
  const keyOf = new Map(printed.map((l) => [l, bareText(l.raw)]));
  const find = (e: StructureEntry, name: string, near: number | null, what = 'line'): number => {
    const key = bareText(name);
    if (!key) throw at(e, `an empty ${what}: name the line by its text`);
    const prefix = /(?:…|\.{3,})$/u.test(name.trim());
    let hits = printed.filter((l) => keyOf.get(l) === key);
    if (!hits.length) hits = printed.filter((l) => keyOf.get(l)!.startsWith(key) && (prefix || key.length >= 4));
    if (!hits.length)
      throw at(
        e,
        `no line of the page reads "${name}": the page changed since this correction was written; fix or delete this entry`,
      );
    if (hits.length > 1 && near === null) {
      throw at(
        e,
        `"${name}" is on ${hits.length} lines (${hits.map((h) => h.n).join(', ')}): add \`line: N\` to say which`,
      );
    }
    const best =
      near === null ? hits[0]! : hits.reduce((a, b) => (Math.abs(b.n - near) < Math.abs(a.n - near) ? b : a));
    return best.n;
  };
  /** Several lines named in order: each is looked for near the one before it. */
  const findAll = (e: StructureEntry, names: readonly string[], near: number | null): number[] => {
    const out: number[] = [];
    for (const name of names) out.push(find(e, name, out.length ? out.at(-1)! + 1 : near));
    return out;
  };
  const c: Constraints = { moves: [], roles: [], starts: [], joins: [], heads: [] };
  for (const e of entries) {
    const ns = findAll(e, e.lines, e.near);
    switch (e.action) {
      case 'split':
        // The line opens the article's text; an entry that gives it another role (headline…) says otherwise.
        c.starts.push(ns[0]!);
        c.roles.unshift([ns[0]!, 'body']);
        break;
      case 'join':
        c.joins.push(...ns);
        for (const n of ns) c.roles.push([n, 'body']);
        break;
      case 'headline': {
        const kicker = e.kicker ? findAll(e, e.kicker, ns[0]! - 1) : [];
        const subhead = e.subhead ? findAll(e, e.subhead, ns.at(-1)! + 1) : [];
        const of = e.of === undefined ? null : find(e, e.of, ns.at(-1)! + 1, '`of` line');
        c.heads.push({ kicker, headline: ns, subhead, of });
        for (const n of [...kicker, ...ns, ...subhead]) c.roles.push([n, 'head']);
        break;
      }
      case 'move': {
        const first = ns[0]!;
        const last = e.through ? find(e, e.through, first, '`through` line') : blockEnd(lines, first);
        if (last < first) throw at(e, `the block's last line (${last}) comes before its first (${first})`);
        if (!e.after) throw at(e, '`move` needs `after:`, the line the block goes after');
        const after = find(e, e.after, null, '`after` line');
        const block = lines.filter((l) => l.n >= first && l.n <= last).map((l) => l.n);
        if (after >= first && after <= last) throw at(e, 'a block cannot go after one of its own lines');
        c.moves.push({ lines: block, after });
        break;
      }
      default:
        for (const n of ns) c.roles.push([n, e.action]);
    }
  }
  return c;
}

/** The last printed line of the block a line opens: up to the next blank line. */
function blockEnd(lines: readonly Line[], first: number): number {
  let i = lines.findIndex((l) => l.n === first);
  while (i + 1 < lines.length && lines[i + 1]!.role !== 'blank') i++;
  return lines[i]!.n;
}

/** What the block and article stages are told, by line number. */
export interface StageHints {
  role(n: number): ForcedRole | undefined;
  starts: ReadonlySet<number>;
  joins: ReadonlySet<number>;
  /** The editor's headline blocks, each with a line of the article it heads (null: none follows it). */
  heads: Constraints['heads'];
  /** Their lines: set apart from the article stage, which never sees them. */
  headLines: ReadonlySet<number>;
  /** Lines an editor put in their place: moved there, or opening or continuing an article. No stage moves them. */
  placed: ReadonlySet<number>;
}

/** Whether an editor placed a line of these paragraphs (see StageHints.placed). */
export function placedBy(hints: StageHints | undefined, paragraphs: readonly { lines: readonly Line[] }[]): boolean {
  return !!hints?.placed.size && paragraphs.some((p) => p.lines.some((l) => hints.placed.has(l.n)));
}

/**
 * The page's lines in the editor's reading order with the roles the editor gave (furniture is page
 * furniture; a forced caption, byline or signature takes that role), and the hints for the later stages.
 */
export function applyConstraints(lines: Line[], c: Constraints): { lines: Line[]; hints: StageHints } {
  let order = [...lines];
  for (const move of c.moves) {
    const moved = new Set(move.lines);
    const block = order.filter((l) => moved.has(l.n));
    order = order.filter((l) => !moved.has(l.n));
    const i = order.findIndex((l) => l.n === move.after);
    // Note: blank lines around the block keep it apart from the text it now stands between.
    const blank = (n: number): Line => ({ n, raw: '', text: '', width: 0, role: 'blank', indented: false });
    order.splice(i + 1, 0, blank(move.after), ...block, blank(block.at(-1)?.n ?? move.after));
  }
  const roles = new Map(c.roles);
  const starts = new Set(c.starts);
  // A headline an editor placed heads the article after it unless they named another: that article starts
  // at the first line after the headline that is not one of its lines.
  // A headline's line that a later entry gave another role (furniture, caption…) or another headline is
  // that, not this headline's.
  const claimed = new Set<number>();
  const own = (ns: number[]): number[] => ns.filter((n) => roles.get(n) === 'head' && !claimed.has(n));
  const heads = [...c.heads]
    .reverse()
    .map((h) => {
      const mine = { ...h, kicker: own(h.kicker), headline: own(h.headline), subhead: own(h.subhead) };
      for (const n of [...mine.kicker, ...mine.headline, ...mine.subhead]) claimed.add(n);
      return mine;
    })
    .reverse()
    .filter((h) => h.kicker.length + h.headline.length + h.subhead.length > 0)
    .map((h) => {
      const next = nextText(order, h, roles);
      if (next !== null && (h.of === null || h.of === next)) starts.add(next);
      return { ...h, of: h.of ?? next };
    });
  const headLines = new Set(heads.flatMap((h) => [...h.kicker, ...h.headline, ...h.subhead]));
  for (const l of order) {
    const r = roles.get(l.n);
    if (r === 'furniture') l.role = 'folio';
    else if (r === 'caption' || r === 'byline' || r === 'signature') l.role = r;
    else if (r === 'body' || r === 'head' || r === 'subhead') l.role = l.role === 'blank' ? 'blank' : 'text';
  }
  const placed = new Set([...c.moves.flatMap((m) => m.lines), ...starts, ...c.joins]);
  return {
    lines: order,
    hints: { role: (n) => roles.get(n), starts, joins: new Set(c.joins), heads, headLines, placed },
  };
}

/** The first printed line after a headline block that is no editor's head line: where the article under it starts. */
function nextText(
  order: readonly Line[],
  h: Constraints['heads'][number],
  roles: ReadonlyMap<number, ForcedRole>,
): number | null {
  const last = order.findIndex((l) => l.n === [...h.kicker, ...h.headline, ...h.subhead].at(-1));
  return (
    order.slice(last + 1).find((l) => l.role !== 'blank' && roles.get(l.n) !== 'head' && roles.get(l.n) !== 'furniture')
      ?.n ?? null
  );
}
