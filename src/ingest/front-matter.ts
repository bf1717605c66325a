/**
 * Front matter (YAML between `---` lines) split off a file's text and read, for every file that has it
 * (pages, corrections, the text `baoku new` is given), and a page's validated.
 */
import matter from 'gray-matter';
import { BuildError, type Diagnostic } from '../errors.js';
import type { PageMeta } from '../parse/types.js';
import { readYaml } from './yaml.js';

/** A page file split into validated metadata and the OCR text, with the line the text starts on. */
export interface PageSource {
  meta: PageMeta;
  body: string;
  /** Lines before the body (front matter and its delimiters): body line 1 is file line `lineOffset + 1`. */
  lineOffset: number;
  diagnostics: Diagnostic[];
}

const KNOWN = new Set(['paper', 'date', 'issue', 'pageNumber', 'page', 'pageName', 'title']);

/** A file's front matter as read: its mapping, the text after it, and where its keys are. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body (front matter and its delimiters): body line 1 is file line `lineOffset + 1`. */
  lineOffset: number;
  /** The file line of a top-level key (1 when it is not on a line of its own). */
  lineOf: (key: string) => number;
}

/**
 * gray-matter's engines, all of them: it picks one by the word after the opening `---` (`---js` evaluates
 * the block as JavaScript with its default engines), and the `language` option only sets the default.
 * baoku hands it YAML only (see `splitFrontMatter`); any other engine refuses, should one be asked for.
 */
const refuse = (): never => {
  throw new Error('baoku reads front matter as YAML only');
};
const ENGINES = {
  javascript: refuse,
  js: refuse,
  coffee: refuse,
  coffeescript: refuse,
  cson: refuse,
  json: refuse,
  toml: refuse,
};

/** An opening line that names a front matter language: `---js`, `--- javascript`, `---coffee`. */
const NAMED = /^---[ \t]*([A-Za-z][\w.+-]*)[ \t]*$/;

/**
 * Splits the front matter off `text` (line ends already \n: decode.ts) and reads it as YAML; the one
 * front matter reader. An opening line that names another language (`---js`) is refused with its line,
 * never evaluated. Broken YAML, a block never closed, or one that is not a mapping throws a BuildError
 * with file and line, under `rule`.
 */
export function splitFrontMatter(text: string, file: string, rule: string): FrontMatter {
  const eol = text.indexOf('\n');
  const opening = eol < 0 ? text : text.slice(0, eol);
  const named = NAMED.exec(opening)?.[1];
  if (named && !/^ya?ml$/i.test(named)) {
    throw new BuildError(
      `front matter in \`${named}\` is refused: baoku reads front matter as YAML only and never runs it (make the first line \`---\`)`,
      { file, line: 1, rule },
    );
  }
  if (eol < 0 || !(named || /^---[ \t]*$/.test(opening)))
    return { data: {}, body: text, lineOffset: 0, lineOf: () => 1 };
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(eol))) {
    throw new BuildError('front matter is not closed: add a line `---` after it', { file, line: 1, rule });
  }
  // gray-matter reads only the front matter: given the whole page it encodes and looks up all of it (by
  // its text, in a cache of every input) for a few lines at the top. It ends the block at the first
  // "\n---" and drops one line break after it, as below.
  const close = text.indexOf('\n---', eol) + 4;
  const body = text.slice(close).replace(/^\r?\n?/, '');
  let data: unknown;
  // Its opening line as a bare `---`: gray-matter never sees a language name to pick an engine by.
  const head = `---${text.slice(eol, close)}`;
  // Note: an options object stops gray-matter from caching by input string. The block it hands the engine
  // starts with the opening line's line break: its line 0 is the file's line 1.
  const yaml = {
    parse: (block: string) => readYaml(block, file, { firstLine: 1, rule, what: 'front matter' }) as object,
  };
  try {
    data = matter(head, { language: 'yaml', engines: { ...ENGINES, yaml } }).data;
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(`front matter cannot be read: ${(error as Error).message}`, {
      file,
      line: 1,
      rule,
      cause: error,
    });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new BuildError('front matter must be a mapping of `key: value` lines', { file, line: 2, rule });
  }
  const lineOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
  const lines = text.slice(0, close).split('\n');
  const lineOf = (key: string): number => {
    const i = lines.findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : 1;
  };
  return { data: data as Record<string, unknown>, body, lineOffset, lineOf };
}

/** Splits off and validates a page's front matter; throws a BuildError with file and line when it is broken. */
export function readFrontMatter(text: string, file: string): PageSource {
  const { data, body, lineOffset, lineOf } = splitFrontMatter(text, file, 'front-matter');
  const meta: PageMeta = {};
  const diagnostics: Diagnostic[] = [];
  const fail = (key: string, message: string): never => {
    throw new BuildError(message, { file, line: lineOf(key), rule: 'front-matter' });
  };
  for (const [key, value] of Object.entries(data)) {
    if (!KNOWN.has(key)) {
      diagnostics.push({
        file,
        line: lineOf(key),
        column: 1,
        severity: 'warning',
        rule: 'front-matter-unknown-key',
        message: `unknown front matter key \`${key}\` is ignored`,
      });
      continue;
    }
    if (key === 'paper' || key === 'pageName' || key === 'title') {
      if (typeof value !== 'string' || !value.trim()) fail(key, `\`${key}\` must be text`);
      if (key !== 'title') meta[key as 'paper' | 'pageName'] = String(value).trim();
    } else if (key === 'date') {
      meta.date =
        toIsoDate(value) ??
        fail(key, `\`date\` must be a date on the calendar, like 2023-06-04, not ${JSON.stringify(value)}`);
    } else {
      const n =
        typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > 100000)
        fail(key, `\`${key}\` must be a whole number from 1, not ${JSON.stringify(value)}`);
      if (key === 'issue') meta.issue = n;
      else meta.pageNumber = n;
    }
  }
  return { meta, body, lineOffset, diagnostics };
}

/** A calendar date written `YYYY-MM-DD` (month and day may be one digit), as `YYYY-MM-DD`; else undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (year < 1 || days === undefined || day < 1 || day > days) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
