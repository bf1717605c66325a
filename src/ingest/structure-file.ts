/**
 * Structure corrections: `content/corrections/PAGE-ID.yml`, one list of entries per printed page, each
 * naming lines by their text (`- split: "本报讯…"`, `- {headline: "…", of: "…", line: 12}`). YAML only.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, type Config } from './config.js';
import { BuildError } from '../errors.js';
import { STRUCTURE_ACTIONS as ACTIONS, type StructureAction, type StructureEntry } from '../parse/structure.js';
import { readContentFile, realFolder } from './content-file.js';
import { decodeText } from './decode.js';
import { readYaml } from './yaml.js';

/** Keys an entry may have besides its action, and the actions that take them. */
const EXTRA: Record<string, readonly StructureAction[]> = {
  line: ACTIONS,
  of: ['headline'],
  kicker: ['headline'],
  subhead: ['headline'],
  through: ['move'],
  after: ['move'],
};

/** The structure-correction file of a page id, under the corrections folder. */
export function structureFile(config: Pick<Config, 'correctionsDir'>, pageId: string): string {
  return join(config.correctionsDir, `${pageId}.yml`);
}

/**
 * Reads a page's structure corrections, or null when it has none; a broken file is a BuildError naming
 * file and line. Read and decoded as every content file is (content-file.ts, decode.ts).
 */
export function readStructureFile(
  config: Pick<Config, 'correctionsDir' | 'contentDir' | 'root'>,
  pageId: string,
): StructureEntry[] | null {
  const full = structureFile(config, pageId);
  const file = displayPath(config, full);
  // None: no corrections (a broken link of that name is an error, as any other file that cannot be read).
  if (lstatSync(full, { throwIfNoEntry: false }) === undefined) return null;
  const bytes = readContentFile(full, { shown: file, within: realFolder(config.contentDir) });
  return bytes.length ? readStructure(decodeText(bytes, file).text, file) : [];
}

/** Reads the text of a structure-correction file into its entries, each with its line in the file. */
export function readStructure(text: string, file: string): StructureEntry[] {
  text = text.replace(/^\uFEFF/, '');
  const data = readYaml(text, file, { firstLine: 1, rule: 'structure-correction', what: 'the structure correction' });
  if (data === undefined || data === null) return [];
  if (!Array.isArray(data))
    throw new BuildError('a structure correction is a list of entries, each a line `- split: "…"` (see the README)', {
      file,
      rule: 'structure-correction',
    });
  // Each entry's line: the entries of a block list each open a line with "- ".
  const starts = text.split('\n').flatMap((l, i) => (/^-(\s|$)/.test(l) ? [i + 1] : []));
  const lineOf = (k: number): number => (starts.length === data.length ? starts[k]! : 1);
  return data.map((raw: unknown, k) => readEntry(raw, file, lineOf(k)));
}

function readEntry(raw: unknown, file: string, line: number): StructureEntry {
  const fail = (message: string): never => {
    throw new BuildError(message, { file, line, rule: 'structure-correction' });
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail(`an entry is one of ${ACTIONS.map((a) => `\`${a}:\``).join(', ')} with the line's text`);
  const entry = raw as Record<string, unknown>;
  const actions = ACTIONS.filter((a) => Object.hasOwn(entry, a));
  // `subhead` beside `headline` is the headline's 副题; alone it marks an in-body subhead.
  const action = actions.includes('headline')
    ? 'headline'
    : actions.length === 1
      ? actions[0]!
      : fail(
          actions.length
            ? `one entry says one thing: ${actions.map((a) => `\`${a}\``).join(' and ')} go on entries of their own`
            : `an entry needs one of ${ACTIONS.map((a) => `\`${a}:\``).join(', ')}`,
        );
  for (const key of Object.keys(entry)) {
    if (key === action) continue;
    if (!EXTRA[key])
      fail(
        `unknown key \`${key}\` (an entry is ${ACTIONS.join(', ')}, with line, of, kicker, subhead, through, after)`,
      );
    if (!EXTRA[key]!.includes(action)) fail(`\`${key}\` does not go with \`${action}\``);
  }
  const texts = (key: string): string[] => {
    const v = entry[key];
    const list = Array.isArray(v) ? v : [v];
    if (!list.length || list.some((t) => (typeof t !== 'string' && typeof t !== 'number') || !String(t).trim()))
      fail(`\`${key}\` names a line by its text, like \`${key}: "本报讯…"\` (or a list of lines)`);
    return list.map((t) => String(t));
  };
  const one = (key: string): string | undefined => (Object.hasOwn(entry, key) ? texts(key)[0] : undefined);
  const near = entry['line'];
  if (near !== undefined && (typeof near !== 'number' || !Number.isInteger(near) || near < 1))
    fail(`\`line\` is the line's number in the page file, like \`line: 12\`, not ${JSON.stringify(near)}`);
  const out: StructureEntry = { action, lines: texts(action), near: (near as number | undefined) ?? null, file, line };
  if (action === 'headline') {
    if (Object.hasOwn(entry, 'kicker')) out.kicker = texts('kicker');
    if (Object.hasOwn(entry, 'subhead')) out.subhead = texts('subhead');
  }
  const of = one('of');
  const through = one('through');
  const after = one('after');
  if (of !== undefined) out.of = of;
  if (through !== undefined) out.through = through;
  if (after !== undefined) out.after = after;
  if (action === 'move' && after === undefined) fail('`move` needs `after:`, the line the block goes after');
  return out;
}
