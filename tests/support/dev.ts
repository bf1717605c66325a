/**
 * Starts a real `baoku dev` on 127.0.0.1 with a port of the system's choosing, for tests that talk to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './site.js';

/** A running `baoku dev` and the port it listens on. */
export interface DevServer {
  child: ChildProcess;
  port: number;
}

/** Starts `baoku dev` over `content` into `out`; resolves once it prints its address, rejects if it exits first. */
export function startDev(content: string, out: string): Promise<DevServer> {
  const child = spawn(
    process.execPath,
    [join(projectRoot, 'bin/baoku.js'), 'dev', '--content', content, '--out', out, '--port', '0'],
    { cwd: projectRoot },
  );
  let log = '';
  return new Promise<DevServer>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`baoku dev did not start:\n${log}`)), 100_000);
    const read = (d: Buffer): void => {
      log += d.toString();
      const found = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve({ child, port: Number(found[1]) });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`baoku dev exited (${code}):\n${log}`)));
  });
}
