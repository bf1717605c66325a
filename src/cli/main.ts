/**
 * The `baoku` command line's entry: finds the command, answers --help and --version, runs the command and
 * turns what went wrong into a message and an exit code. Only src/cli/ prints and sets exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { reportFailure } from './failures.js';
import { COMMAND_USAGE, USAGE } from './usage.js';

// Each command imports what it needs when it runs: loading the whole build (unified, eta, the parser) for
// every command cost 0.3 s.
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  parse: async (args) => (await import('./parse.js')).parseCommand(args),
  build: async (args) => (await import('./build.js')).buildCommand(args),
  search: async (args) => (await import('./search.js')).searchCommand(args),
  new: async (args) => (await import('./new.js')).newCommand(args),
  correct: async (args) => (await import('./correct.js')).correctCommand(args),
  review: async (args) => (await import('./review.js')).reviewCommand(args),
  check: async (args) => (await import('./check.js')).checkCommand(args),
  dev: async (args) => (await import('./dev.js')).devCommand(args),
};

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const known = command !== undefined && command in COMMANDS;
  const usage = (known && COMMAND_USAGE[command]) || USAGE;
  try {
    return await dispatch(command, rest, usage);
  } catch (error) {
    return reportFailure(error, { name: known ? `baoku ${command}` : 'baoku', usage, debug: rest.includes('--debug') });
  }
}

async function dispatch(command: string | undefined, rest: string[], usage: string): Promise<number> {
  if (command === undefined) {
    // Nothing asked for: the usage goes where errors go, as from any tool run without its arguments.
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (run) {
    // Before the command reads its options: `--help` anywhere before `--` asks for help, whatever else is given.
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (options.includes('--help') || options.includes('-h')) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    return run(rest);
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    const about = rest[0] === undefined ? USAGE : COMMAND_USAGE[rest[0]];
    if (about) {
      process.stdout.write(`${about}\n`);
      return 0;
    }
  }
  throw new UsageError(`unknown command "${command === 'help' ? rest[0] : command}"`);
}

/** The version in baoku's package.json (found upward from this module: src/cli/ from source, lib/bin/ compiled). */
function packageVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'baoku' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
