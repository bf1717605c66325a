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
    return {
      file: this.file,
      line: this.line,
      column: this.column,
      severity: 'error',
      rule: this.rule,
      message: this.message,
    };
  }
}

/** A command line the CLI cannot run (an unknown option, a missing argument, a bad value): exit 2 with the command's usage. */
export class UsageError extends BuildError {
  constructor(message: string) {
    super(message, { file: '-', rule: 'usage' });
    this.name = 'UsageError';
  }
}

/** Formats a diagnostic as one line: `file:line:col message [rule]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.column} ${tag}${d.message} [${d.rule}]`;
}

/** What to do about an operating system's refusal, by its code. */
const ADVICE: Record<string, string> = {
  EACCES: 'permission denied: make it writable for you, or choose another place',
  EPERM: 'not permitted (read-only or immutable?): make it writable, or choose another place',
  EROFS: 'the file system is read-only: choose a place on a writable disk',
  ENOSPC: 'the disk is full: free some space and build again',
  EDQUOT: 'your disk quota is used up: free some space and build again',
  ENOTDIR: 'a file stands where a folder is needed: move that file away',
  EISDIR: 'a folder stands where a file is needed: move that folder away',
  EEXIST: 'something is already there: move it away',
  ENOTEMPTY: 'a folder that should be empty is not: move it away',
  EBUSY: 'it is in use or a mount point: close what uses it, or choose another place',
  EXDEV: 'it is on another disk than the files beside it: choose a folder on one disk',
  EMFILE: 'too many open files: raise the limit (ulimit -n) and build again',
  ENOENT: 'it does not exist (deleted while baoku ran?): build again',
  EIO: 'the disk reported an input/output error: check the disk',
};

/** An operating-system error met while `doing` something to `path`, as a BuildError naming the path and what to do. */
export function fileSystemError(error: unknown, path: string, doing: string): BuildError {
  if (error instanceof BuildError) return error;
  const e = error as NodeJS.ErrnoException;
  const code = e?.code ?? '';
  const advice = ADVICE[code] ?? e?.message ?? String(error);
  return new BuildError(`cannot ${doing}: ${advice}${code ? ` (${code})` : ''}`, {
    file: e?.path ?? path,
    rule: 'file-system',
    cause: error,
  });
}

/** Whether `error` is an operating system's refusal (with its code and the path it concerns), not a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  const e = error as NodeJS.ErrnoException | null;
  return !!e && typeof e.code === 'string' && typeof e.path === 'string' && typeof e.syscall === 'string';
}

/**
 * The error that refuses a build for the page files that could not be read: it names the first one's
 * place and reason, and counts the others (`baoku check` lists every one).
 */
export function refusal(failed: readonly Diagnostic[]): BuildError {
  const first = failed[0]!;
  const others = failed.length - 1;
  const more = others ? `; ${others} other page file(s) could not be read either (\`baoku check\` lists them)` : '';
  return new BuildError(`${first.message} [${first.rule}]${more}; nothing was published`, {
    file: first.file,
    line: first.line,
    column: first.column,
    rule: 'build-refused',
  });
}
