/**
 * Front matter of a page file (YAML between `---` lines), read with gray-matter and validated.
 */
import matter from 'gray-matter';
import { BuildError, type Diagnostic } from '../errors.js';

/** Metadata an editor may give a page. */
export interface PageMeta {
  paper?: string;
  date?: string;
  issue?: number;
  pageNumber?: number;
  pageName?: string;
}

/** A page file split into validated metadata and the OCR text, with the line the text starts on. */
export interface PageSource {
  meta: PageMeta;
  body: string;
  /** Lines before the body (front matter and its delimiters): body line 1 is file line `lineOffset + 1`. */
  lineOffset: number;
  diagnostics: Diagnostic[];
}

const KNOWN = new Set(['paper', 'date', 'issue', 'pageNumber', 'page', 'pageName', 'title']);

/** Splits off and validates front matter; throws a BuildError with file and line when it is broken. */
export function readFrontMatter(text: string, file: string): PageSource {
  if (!/^---[ \t]*\n/.test(text)) return { meta: {}, body: text, lineOffset: 0, diagnostics: [] };
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new BuildError('front matter is not closed: add a line `---` after it', { file, line: 1, rule: 'front-matter' });
  }
  // gray-matter reads only the front matter: given the whole page it encodes and looks up all of it (by
  // its text, in a cache of every input) for a few lines at the top. It ends the block at the first
  // "\n---" and drops one line break after it, as below.
  const close = text.indexOf('\n---', 3) + 4;
  const body = text.slice(close).replace(/^\r?\n?/, '');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Note: an options object stops gray-matter from caching by input string.
    parsed = matter(text.slice(0, close), {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'invalid YAML';
    throw new BuildError(`front matter is not valid YAML: ${reason}`, {
      file,
      line: (mark?.line ?? 0) + 2,
      column: (mark?.column ?? 0) + 1,
      rule: 'front-matter',
      cause: error,
    });
  }
  const head = text.slice(0, text.length - body.length);
  const lineOffset = head.split('\n').length - 1;
  const data: unknown = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new BuildError('front matter must be a mapping of `key: value` lines', { file, line: 2, rule: 'front-matter' });
  }
  const fm = head.slice(0, lineOffset > 0 ? head.split('\n').slice(0, lineOffset).join('\n').length : 0);
  const lineOf = (key: string): number => {
    const i = fm.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : 1;
  };
  const meta: PageMeta = {};
  const diagnostics: Diagnostic[] = [];
  const fail = (key: string, message: string): never => {
    throw new BuildError(message, { file, line: lineOf(key), rule: 'front-matter' });
  };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!KNOWN.has(key)) {
      diagnostics.push({ file, line: lineOf(key), column: 1, severity: 'warning', rule: 'front-matter-unknown-key', message: `unknown front matter key \`${key}\` is ignored` });
      continue;
    }
    if (key === 'paper' || key === 'pageName' || key === 'title') {
      if (typeof value !== 'string' || !value.trim()) fail(key, `\`${key}\` must be text`);
      if (key !== 'title') meta[key as 'paper' | 'pageName'] = String(value).trim();
    } else if (key === 'date') {
      meta.date = toIsoDate(value) ?? fail(key, `\`date\` must be a date like 2023-06-04, not ${JSON.stringify(value)}`);
    } else {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > 100000) fail(key, `\`${key}\` must be a whole number from 1, not ${JSON.stringify(value)}`);
      if (key === 'issue') meta.issue = n;
      else meta.pageNumber = n;
    }
  }
  return { meta, body, lineOffset, diagnostics };
}

function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return d.toISOString().slice(0, 10);
}
