/**
 * Deletes a replaced site in the background. Removing the old tree (one file per article, tens of thousands)
 * takes longer than linking the new one together, and nobody needs to wait for it: a detached process does
 * it, so `baoku build` returns and `baoku dev` serves the new site at once. The folder is renamed after that
 * process (`dist.trash-<pid>`), so a later build can tell whether it is still being deleted; one whose process
 * is gone (killed, or the machine restarted) is handed to a new one.
 */
import { spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

/**
 * The deleter: waits (briefly) for the folder named after it, then removes it. A script of its own, run
 * by `node -e` in the detached process: its `waited` is that process's, no state of baoku's.
 */
const DELETER = `
const fs = require('node:fs');
const dir = process.argv[1] + process.pid;
let waited = 0;
(function go() {
  if (fs.existsSync(dir)) {
    // The marker last: a folder half deleted is still known as the build's own (see write/out-dir.ts).
    try {
      for (const name of fs.readdirSync(dir)) if (name !== '.baoku-site') fs.rmSync(dir + '/' + name, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {}
  } else if ((waited += 10) < 5000) setTimeout(go, 10);
})();
`;

/** Moves `dir` to `<prefix><pid>` and has process `pid` delete it; deletes it here if no process can start. */
export function discardInBackground(dir: string, prefix: string): void {
  try {
    const deleter = spawn(process.execPath, ['-e', DELETER, prefix], { detached: true, stdio: 'ignore' });
    deleter.on('error', () => undefined);
    deleter.unref();
    if (deleter.pid === undefined) throw new Error('the deleter did not start');
    renameSync(dir, `${prefix}${deleter.pid}`);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pid a trash folder is named after, if that process is still running (deleting it). */
export function beingDeleted(name: string, prefix: string): boolean {
  const pid = Number(name.slice(prefix.length));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
