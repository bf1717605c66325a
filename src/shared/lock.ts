/**
 * One build at a time: a lock file naming its holder (pid, host, when it started, which command). A lock
 * whose process is gone (killed, or the machine restarted) is stale and taken over; any other holder is
 * named in the error, with what to do. A process holding a lock may take it again (`baoku dev` holds the
 * out dir and the cache for its whole life, and each of its rebuilds asks for them).
 */
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { isMainThread, threadId } from 'node:worker_threads';
import { BuildError, fileSystemError } from '../errors.js';

/** What a lock file says of its holder. */
interface Holder {
  pid: number;
  host: string;
  started: string;
  /** The process's start in clock ticks since boot (Linux), so that a recycled pid is not taken for the holder. */
  since: string | null;
  command: string;
  /** The thread of the process that holds it (a build may run on a thread of its own: see heap.ts). */
  thread: number;
}

const COMMANDS = ['build', 'dev', 'check', 'correct'];

/** A lock that is held by another live process. */
export class LockBusy extends BuildError {}

/** Takes the lock `file` for `what` (e.g. "the output folder dist"); returns its release. Throws LockBusy if held. */
export function acquireLock(file: string, what: string): () => void {
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    since: processStart(process.pid),
    command: COMMANDS.find((c) => c === process.argv[2]) ?? 'build',
    thread: threadId,
  };
  const text = JSON.stringify(me);
  // Written whole beside the lock, then linked into place: a lock file is never seen half written, and
  // linking fails if one is there.
  const mine = `${file}.${process.pid}`;
  try {
    writeFileSync(mine, text);
  } catch (error) {
    throw fileSystemError(error, mine, `lock ${what}`);
  }
  try {
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        linkSync(mine, file);
        clearLeftovers(file);
        return () => releaseLock(file, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileSystemError(error, file, `lock ${what}`);
      }
      const seen = readText(file);
      if (seen === null) continue;
      const holder = parseHolder(seen);
      if (holder && isThisProcess(holder) && holder.thread === threadId) return () => undefined;
      // Held by another thread of this process: the main thread asks only once that thread has ended
      // (a build thread that ran out of memory never released it).
      if (holder && (isThisProcess(holder) ? !isMainThread : alive(holder))) {
        throw new LockBusy(
          `${what} is in use by another baoku ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.started}); wait for it to finish or stop it. If no such process runs, delete ${file}`,
          { file, rule: 'locked' },
        );
      }
      takeOverStale(file, seen);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  throw new LockBusy(`could not take the lock on ${what}: other builds keep taking it; try again`, {
    file,
    rule: 'locked',
  });
}

/**
 * Removes a stale lock: moved aside first, and removed only if it is still the one found stale (another
 * build may have taken the lock over in between; its lock is put back).
 */
function takeOverStale(file: string, seen: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  if (readText(aside) !== seen) {
    try {
      linkSync(aside, file);
    } catch {
      // Taken again meanwhile: that holder has it.
    }
  }
  rmSync(aside, { force: true });
}

/** Removes what a process killed while taking this lock left beside it (`<lock>.<pid>`, `<lock>.stale-<pid>`). */
function clearLeftovers(file: string): void {
  const name = basename(file);
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const n of names) {
    const m = n.startsWith(`${name}.`) ? /^(?:stale-)?(\d+)$/.exec(n.slice(name.length + 1)) : null;
    if (m && !isRunning(Number(m[1]))) rmSync(join(dirname(file), n), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLock(file: string, text: string): void {
  // Only our own: a lock someone took over (believing us dead) is theirs.
  if (readText(file) === text) rmSync(file, { force: true });
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (!Number.isInteger(h.pid) || typeof h.host !== 'string') return null;
    return {
      pid: h.pid!,
      host: h.host,
      started: String(h.started ?? 'unknown'),
      since: typeof h.since === 'string' ? h.since : null,
      command: String(h.command ?? 'build'),
      thread: Number(h.thread ?? 0),
    };
  } catch {
    return null;
  }
}

function isThisProcess(h: Holder): boolean {
  return h.pid === process.pid && h.host === hostname() && h.since === processStart(process.pid);
}

/** Whether the holder may still be running: on another machine it cannot be told, and counts as running. */
function alive(h: Holder): boolean {
  if (h.host !== hostname()) return true;
  if (!isRunning(h.pid)) return false;
  // The pid is in use: by the holder, unless it was given to another process since.
  const since = processStart(h.pid);
  return h.since === null || since === null || since === h.since;
}

/** A process's start time (field 22 of /proc/PID/stat), or null where there is no /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
