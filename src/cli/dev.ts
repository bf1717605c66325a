/**
 * `baoku dev`: builds, serves the site on 127.0.0.1, rebuilds and reloads on change, until Ctrl-C.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BuildMemory } from '../build.js';
import { resolveConfig, type Config } from '../ingest/config.js';
import { BuildError, formatDiagnostic, UsageError } from '../errors.js';
import type { Pool } from '../work/pool.js';
import { failureMessage } from './failures.js';

/** Runs `baoku dev`. */
export async function devCommand(args: string[]): Promise<number> {
  const { config, port } = devOptions(args);
  const [
    { lockOutDir },
    { startDev },
    { reviewApp },
    { checkOutPlace },
    { checkCacheDir, lockCacheDir },
    { openPool },
  ] = await Promise.all([
    import('../write/disk-sink.js'),
    import('../serve/dev.js'),
    import('../serve/review.js'),
    import('../write/out-dir.js'),
    import('../kept/cache.js'),
    import('../work/pool.js'),
  ]);
  checkOutPlace(config);
  checkCacheDir(config.cacheDir);
  // The output folder and the cache are this process's while it runs: a build started beside it is
  // refused (naming it) instead of replacing the site it serves.
  // (Should the process die, they are stale with it, and the next build takes them over.)
  const unlockOut = lockOutDir(config.outDir);
  const unlockCache = lockCacheDir(config.cacheDir);
  // The worker processes stay for every rebuild: jieba's dictionary (seconds to load) is loaded once.
  const pool = openPool();
  const stop = async (): Promise<void> => {
    await pool.close();
    unlockCache();
    unlockOut();
  };
  let dev: Awaited<ReturnType<typeof startDev>>;
  try {
    const rebuild = await rebuilder(config, pool);
    const first = await rebuild();
    if (first) process.stderr.write(`${first}\n`);
    dev = await startDev({
      outDir: config.outDir,
      watch: [config.contentDir, join(config.root, 'templates'), join(config.root, 'public')],
      port,
      rebuild,
      log: (line) => process.stderr.write(`${line}\n`),
      review: reviewApp(config),
    });
  } catch (error) {
    // Nothing may keep the process alive after a failed start: it says why and exits.
    await stop();
    throw listenFailure(error, port);
  }
  process.stdout.write(
    `serving ${config.outDir} at ${dev.url} (Ctrl-C to stop)\nreview and repair pages at ${dev.url}__baoku/review/\n`,
  );
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  dev.close();
  await stop();
  return 0;
}

/** The configuration and the port of a `baoku dev` command line. */
function devOptions(args: string[]): { config: Config; port: number } {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      port: { type: 'string' },
      debug: { type: 'boolean' },
    },
  });
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535)
    throw new UsageError(`--port must be a port number from 0 to 65535, not ${values.port}`);
  const config = resolveConfig({
    ...(values.content ? { content: values.content } : {}),
    ...(values.out ? { out: values.out } : {}),
  });
  return { config, port };
}

/** A rebuild into the output folder that returns why it failed (one message), or null. */
async function rebuilder(config: Config, pool: Pool): Promise<() => Promise<string | null>> {
  const [{ build, outputKeysFile }, { diskSink }] = await Promise.all([
    import('../build.js'),
    import('../write/disk-sink.js'),
  ]);
  // The pages as read and parsed stay between rebuilds: a rebuild reads only the files that changed.
  const memory: BuildMemory = { pages: new Map() };
  return async () => {
    try {
      const report = await build(config, diskSink(config.outDir, outputKeysFile(config), (memory.published ??= {})), {
        pool,
        memory,
      });
      for (const d of report.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      return null;
    } catch (error) {
      return failureMessage(error, 'baoku dev') ?? `internal error: ${(error as Error).message}`;
    }
  };
}

/** Why the server could not listen, as a BuildError of the command's (exit 1); other errors as they are. */
function listenFailure(error: unknown, port: number): unknown {
  const e = error as NodeJS.ErrnoException;
  if (e?.syscall !== 'listen' && e?.syscall !== 'bind') return error;
  const where = { file: '-', rule: 'port' };
  if (e.code === 'EADDRINUSE')
    return new BuildError(
      `port ${port} on 127.0.0.1 is in use (another \`baoku dev\`?): stop it, or choose another with --port N`,
      where,
    );
  if (e.code === 'EACCES' || e.code === 'EPERM')
    return new BuildError(`port ${port} needs privileges: choose one above 1023 with --port N`, where);
  if (e.code === 'EADDRNOTAVAIL')
    return new BuildError(
      'this machine has no address 127.0.0.1 to serve on (is the loopback interface down?): bring it up, then run again',
      where,
    );
  return new BuildError(`cannot listen on 127.0.0.1 port ${port}: ${e.code ?? e.message}`, where);
}
