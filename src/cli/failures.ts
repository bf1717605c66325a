/**
 * What the command line prints when a command fails, and the exit code: 2 for a command line it cannot run
 * (with the command's usage), 1 for a problem of the content or the system (naming the file), 70 for
 * baoku's own bug.
 */
import { BuildError, fileSystemError, formatDiagnostic, isFileSystemError, UsageError } from '../errors.js';

/** What a system call was doing to its path, for messages. */
const VERBS: Record<string, string> = {
  open: 'open it',
  read: 'read it',
  write: 'write it',
  mkdir: 'make this folder',
  rename: 'move it',
  unlink: 'delete it',
  rmdir: 'delete this folder',
  link: 'link it',
  copyfile: 'copy it',
  scandir: 'list this folder',
  stat: 'look at it',
  lstat: 'look at it',
};

/** How the failing command is named (`baoku build`), its usage, and whether to show stack traces. */
export interface FailureContext {
  name: string;
  usage: string;
  debug: boolean;
}

/** Prints why a command failed and returns its exit code. */
export function reportFailure(error: unknown, at: FailureContext): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    process.stderr.write(`${at.name}: ${(error as Error).message}\n${at.usage}\n`);
    return 2;
  }
  const message = failureMessage(error, at.name);
  if (message !== null) {
    process.stderr.write(`${message}\n`);
    if (at.debug && !(error instanceof BuildError)) process.stderr.write(`${(error as Error).stack}\n`);
    return 1;
  }
  process.stderr.write(`baoku: internal error: ${(error as Error).message}\n`);
  if (at.debug) process.stderr.write(`${(error as Error).stack}\n`);
  else process.stderr.write('(run again with --debug for details, and please report it)\n');
  return 70;
}

/**
 * The one line that says what went wrong, for a problem of the content or the system (a BuildError, or
 * the operating system refusing something: a read-only folder, a full disk); null for anything else.
 */
export function failureMessage(error: unknown, name: string): string | null {
  // A problem of no file (a port in use) is the command's, not placed in a file as '-:1:1'.
  if (error instanceof BuildError)
    return error.file === '-' ? `${name}: ${error.message} [${error.rule}]` : formatDiagnostic(error.toDiagnostic());
  if (isFileSystemError(error)) {
    const doing = VERBS[error.syscall ?? ''] ?? `${error.syscall} it`;
    return formatDiagnostic(fileSystemError(error, error.path, doing).toDiagnostic());
  }
  return null;
}

/** An unknown option or a missing value, as node:util's parseArgs reports it. */
function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && !!(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
}
