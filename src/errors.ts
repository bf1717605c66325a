/**
 * Errors and diagnostics. Content problems are diagnostics; only unrecoverable problems are errors.
 */

/** Severity of a diagnostic. */
export type Severity = 'error' | 'warning';

/** A problem found in a user's file, reported as `file:line:col message [rule]`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** A fatal problem: it names the file (and line) and carries the rule that found it. */
export class BuildError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;

  constructor(message: string, where: { file: string; line?: number; column?: number; rule: string; cause?: unknown }) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'BuildError';
    this.file = where.file;
    this.line = where.line ?? 1;
    this.column = where.column ?? 1;
    this.rule = where.rule;
  }

  /** The diagnostic form of this error. */
  toDiagnostic(): Diagnostic {
    return { file: this.file, line: this.line, column: this.column, severity: 'error', rule: this.rule, message: this.message };
  }
}

/** Formats a diagnostic as one line: `file:line:col message [rule]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column} ${tag}${d.message} [${d.rule}]`;
}
