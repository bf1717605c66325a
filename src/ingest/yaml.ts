/**
 * YAML in and out, one way for every file baoku reads or writes (front matter, corrections, site.yml).
 */
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { BuildError } from '../errors.js';

/**
 * Reads YAML text with the core schema: strings, numbers, booleans, null, lists and mappings. No dates
 * (`2023-02-30` stays text and is checked as a date by whoever wants one: a YAML date object rolled it
 * over to March 2), no tags that make code or objects, no aliases. `firstLine` is the file line of the text's
 * first line; an error names the file, line and column.
 */
export function readYaml(
  text: string,
  file: string,
  where: { firstLine: number; rule: string; what: string },
): unknown {
  // Note: js-yaml refuses a text of only blank lines and comments ("expected a document"); it is no data.
  if (!/^[ \t]*[^\s#]/m.test(text)) return null;
  try {
    // No aliases (`*name`): no file of baoku's needs them, and a few lines of them nested make a value
    // that takes gigabytes to print in a message (or to walk).
    return load(text, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    let reason = (error as { reason?: string }).reason ?? (error as Error).message;
    if (/maxAliases/.test(reason)) reason = 'aliases (*name) are not read: write the value out';
    throw new BuildError(`${where.what} is not valid YAML: ${reason}`, {
      file,
      line: (mark?.line ?? 0) + where.firstLine,
      column: (mark?.column ?? 0) + 1,
      rule: where.rule,
      cause: error,
    });
  }
}

/** Writes a mapping as YAML that `readYaml` reads back as the same values (quoting what needs it; lists on one line with `flowLists`). */
export function writeYaml(data: Record<string, unknown>, options: { flowLists?: boolean } = {}): string {
  return dump(data, { schema: CORE_SCHEMA, lineWidth: -1, ...(options.flowLists ? { flowLevel: 1 } : {}) });
}
