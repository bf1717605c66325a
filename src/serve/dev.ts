/**
 * `baoku dev`: builds, serves dist/ on 127.0.0.1, rebuilds when content/, templates/ or public/ change,
 * and reloads the open page. A failed build shows in the terminal and on the page; the last good site
 * keeps being served (the disk sink never replaces it with a half site).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { walkFiles } from '../shared/files.js';
import { extname } from 'node:path';
import { checkCaller, checkRoute, fileInside, isRefusal, requestPath, SAFE_HEADERS, type Policy } from './guard.js';
import { refuse, send } from './respond.js';
import type { ReviewApp } from './review.js';

/** What the dev server needs from its caller. */
export interface DevOptions {
  outDir: string;
  watch: string[];
  port: number;
  /** Rebuilds the site; returns an error message, or null on success. */
  rebuild(): Promise<string | null>;
  log(line: string): void;
  /** The review view and its write API, under /__baoku/review/ (see review.ts). */
  review?: ReviewApp;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const RELOAD_JS = `(function(){var s=new EventSource('/__baoku/events');s.onmessage=function(e){var d=JSON.parse(e.data);if(d.ok){location.reload();return;}var b=document.getElementById('baoku-dev-error');if(!b){b=document.createElement('pre');b.id='baoku-dev-error';b.setAttribute('role','alert');b.style.cssText='position:fixed;left:0;right:0;bottom:0;margin:0;padding:1em;background:#7a0000;color:#fff;white-space:pre-wrap;z-index:99';document.body.appendChild(b);}b.textContent='构建失败 / build failed:\\n'+d.error;};})();`;

/** The site and the reload stream are read-only: GET and HEAD, nothing else. */
const READ: Policy = { methods: ['GET', 'HEAD'] };
/** Open reload streams at most (each holds a socket; a tab has one). */
const MAX_CLIENTS = 32;

/** Starts the server and the watcher; resolves once it listens. */
export function startDev(options: DevOptions): Promise<{ server: Server; url: string; close(): void }> {
  const streams = new ReloadStreams();
  const server = createServer((req, res) => {
    // Whatever goes wrong answering one request (a file removed while read, a socket gone) ends that
    // request, never the server.
    answer(options, streams, req, res).catch((error: Error) => {
      options.log(`dev server: ${req.method} ${String(req.url).slice(0, 200)} failed: ${error.message}`);
      if (!res.headersSent) refuse(res, { status: 500, message: 'the server could not answer this request' });
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  const timer = watch(options, (error) => {
    if (error) options.log(`build failed (still serving the last good site):\n${error}`);
    else options.log('rebuilt');
    streams.rebuilt(error);
  });

  return new Promise((resolve, reject) => {
    const failed = (error: Error): void => {
      clearInterval(timer);
      reject(error);
    };
    server.once('error', failed);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', failed);
      // After listening, an error (too many open files on accept) is reported, not fatal.
      server.on('error', (error) => options.log(`dev server: ${error.message}`));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        url: `http://127.0.0.1:${port}/`,
        close() {
          clearInterval(timer);
          streams.close();
          server.close();
        },
      });
    });
  });
}

/** Answers one request: the review view, the reload script and stream, or a file of the site. */
async function answer(
  options: DevOptions,
  streams: ReloadStreams,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // Who asks first (a page of another site learns nothing else), then what for, then how.
  const caller = checkCaller(req);
  if (caller) return refuse(res, caller);
  const path = requestPath(req.url ?? '');
  if (isRefusal(path)) return refuse(res, path);
  const review = path.segments[0] === '__baoku' && path.segments[1] === 'review' ? options.review : undefined;
  // The review's writes are POSTs that only this server's own pages may send (checkRoute requires their Origin).
  const refused = checkRoute(req, review ? review.policy(req.method) : READ);
  if (refused) return refuse(res, refused);
  if (review) return review.answer(req, res, path.segments.slice(2));
  const route = path.segments.join('/');
  if (route === '__baoku/reload.js') return send(res, 200, 'text/javascript; charset=utf-8', RELOAD_JS);
  if (route === '__baoku/events') return streams.open(req, res);
  const found = await fileInside(options.outDir, path.dir ? [...path.segments, 'index.html'] : path.segments);
  if (isRefusal(found)) {
    if (found.status !== 404) return refuse(res, found);
    const page = await fileInside(options.outDir, ['404.html']);
    if (isRefusal(page)) return refuse(res, found);
    return send(res, 404, TYPES['.html']!, inject(await readFile(page.path, 'utf8')));
  }
  const body = await readFile(found.path);
  const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
  send(res, 200, type, type.startsWith('text/html') ? inject(body.toString('utf8')) : body);
}

/** The open pages' reload streams, and the last build's error, which a page opened since is told at once. */
class ReloadStreams {
  readonly #clients = new Set<ServerResponse>();
  #lastError: string | null = null;

  /** Opens a page's stream (at most MAX_CLIENTS). */
  open(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'HEAD') return send(res, 200, 'text/event-stream', '');
    if (this.#clients.size >= MAX_CLIENTS) return refuse(res, { status: 503, message: 'too many open previews' });
    res.writeHead(200, { ...SAFE_HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(': connected\n\n');
    if (this.#lastError) res.write(`data: ${JSON.stringify({ ok: false, error: this.#lastError })}\n\n`);
    this.#clients.add(res);
    // A tab closed mid-write must not take the server with it.
    res.on('error', () => this.#clients.delete(res));
    req.on('close', () => this.#clients.delete(res));
  }

  /** Tells every open page how a rebuild went (`error` null: built, and the page reloads). */
  rebuilt(error: string | null): void {
    this.#lastError = error;
    const payload = error ? { ok: false, error } : { ok: true };
    for (const c of this.#clients) c.write(`data: ${JSON.stringify(payload)}\n\n`);
  }

  close(): void {
    for (const c of this.#clients) c.end();
  }
}

/** Rebuilds when a watched file changes, one rebuild at a time; `done` hears each rebuild's error (null: built). */
function watch(options: DevOptions, done: (error: string | null) => void): NodeJS.Timeout {
  let stamp = snapshot(options.watch);
  let building = false;
  return setInterval(() => {
    if (building) return;
    const now = snapshot(options.watch);
    if (now === stamp) return;
    stamp = now;
    building = true;
    options.log('change detected: rebuilding…');
    void options
      .rebuild()
      .catch((error: Error) => `internal error: ${error.message}`)
      .then((error) => {
        building = false;
        done(error);
      });
  }, 300);
}

/** Adds the reload script (a file, so the pages' Content-Security-Policy allows it). */
function inject(html: string): string {
  return html.replace('</body>', '<script src="/__baoku/reload.js"></script>\n</body>');
}

/** A fingerprint of every file's path, size and mtime under the watched folders. */
function snapshot(dirs: readonly string[]): string {
  // Hidden files and folders are no content: the build's own cache sits in a content folder given
  // elsewhere (.cache), and each build writing it would start the next. A file removed while we look is a
  // change the next look sees.
  return dirs
    .flatMap((dir) => walkFiles(dir, { hidden: false }).map((f) => `${f.path}:${f.stats.size}:${f.stats.mtimeMs}`))
    .join('\n');
}
