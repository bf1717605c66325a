/**
 * `baoku dev`: builds, serves dist/ on 127.0.0.1, rebuilds when content/, templates/ or public/ change,
 * and reloads the open page. A failed build shows in the terminal and on the page; the last good site
 * keeps being served (the disk sink never replaces it with a half site).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** What the dev server needs from its caller. */
export interface DevOptions {
  outDir: string;
  watch: string[];
  port: number;
  /** Rebuilds the site; returns an error message, or null on success. */
  rebuild(): Promise<string | null>;
  log(line: string): void;
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

/** Starts the server and the watcher; resolves once it listens. */
export function startDev(options: DevOptions): Promise<{ server: Server; url: string; close(): void }> {
  const clients = new Set<ServerResponse>();
  let lastError: string | null = null;
  const broadcast = (payload: object): void => {
    for (const c of clients) c.write(`data: ${JSON.stringify(payload)}\n\n`);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__baoku/reload.js') return send(res, 200, 'text/javascript; charset=utf-8', RELOAD_JS);
    if (url.pathname === '/__baoku/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      if (lastError) res.write(`data: ${JSON.stringify({ ok: false, error: lastError })}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(options.outDir, path));
    if (!file.startsWith(options.outDir + sep)) return send(res, 403, 'text/plain', 'forbidden');
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      try {
        return send(res, 404, TYPES['.html']!, inject(readFileSync(join(options.outDir, '404.html'), 'utf8')));
      } catch {
        return send(res, 404, 'text/plain', 'not found');
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    send(res, 200, type, type.startsWith('text/html') ? inject(body.toString('utf8')) : body);
  });

  let stamp = snapshot(options.watch);
  let building = false;
  const timer = setInterval(() => {
    if (building) return;
    const now = snapshot(options.watch);
    if (now === stamp) return;
    stamp = now;
    building = true;
    options.log('change detected: rebuilding…');
    void options.rebuild().then((error) => {
      lastError = error;
      building = false;
      if (lastError) options.log(`build failed (still serving the last good site):\n${lastError}`);
      else options.log('rebuilt');
      broadcast(lastError ? { ok: false, error: lastError } : { ok: true });
    });
  }, 300);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        server,
        url: `http://127.0.0.1:${port}/`,
        close() {
          clearInterval(timer);
          for (const c of clients) c.end();
          server.close();
        },
      });
    });
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Adds the reload script (a file, so the pages' Content-Security-Policy allows it). */
function inject(html: string): string {
  return html.replace('</body>', '<script src="/__baoku/reload.js"></script>\n</body>');
}

/** A fingerprint of every file's path, size and mtime under the watched folders. */
function snapshot(dirs: readonly string[]): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const full = join(dir, n);
      try {
        const st = statSync(full);
        if (st.isDirectory()) walk(full);
        else parts.push(`${full}:${st.size}:${st.mtimeMs}`);
      } catch {
        // A file removed while we look is a change the next look sees.
      }
    }
  };
  dirs.forEach(walk);
  return parts.join('\n');
}
