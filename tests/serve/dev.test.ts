import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch } from '../support/browser.js';
import { projectRoot } from '../support/site.js';
import { startDev } from '../support/dev.js';
import { tempDir } from '../support/temp.js';

/** An answer to a raw request: status, headers (lower-cased names) and body. */
interface Raw {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `text` as it is over a socket (no client library tidies the path or the headers) and reads the answer. */
function raw(port: number, text: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(text.slice(0, 60))}`)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    // A server that answers and closes with bytes of the request still unread resets the connection; the
    // answer already received is what the client sees, so only a reset before any answer is an error.
    socket.on('error', (error) => (chunks.length > 0 ? undefined : reject(error)));
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = answer.split('\r\n\r\n');
      const [status = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) headers[l.slice(0, l.indexOf(':')).toLowerCase()] = l.slice(l.indexOf(':') + 1).trim();
      resolve({ status: Number(status.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(text);
  });
}

describe('baoku dev treats every request as hostile', () => {
  let child: ChildProcess;
  let port = 0;
  let out = '';
  const secret = 'OUTSIDE-THE-SITE-7f3a';
  const get = (path: string, headers: string[] = []): Promise<Raw> =>
    raw(
      port,
      [`GET ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, ...headers, 'Connection: close', '', ''].join('\r\n'),
    );

  beforeAll(async () => {
    const dir = tempDir('baoku-dev-');
    const content = join(dir, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    out = join(dir, 'dist');
    ({ child, port } = await startDev(content, out));
    // Things in the served folder that lead out of it, or would make a read wait forever.
    const outside = tempDir('baoku-outside-');
    writeFileSync(join(outside, 'secret.txt'), secret);
    writeFileSync(join(outside, 'index.html'), `<html><body>${secret}</body></html>`);
    symlinkSync(join(outside, 'secret.txt'), join(out, 'leak.txt'));
    symlinkSync(outside, join(out, 'elsewhere'));
    mkdirSync(join(out, 'pipes'));
    execFileSync('mkfifo', [join(out, 'pipes', 'fifo.html')]);
  }, 120_000);

  afterAll(() => {
    child?.kill('SIGINT');
  });

  /** After each hostile request the server is still up and serves the home page. */
  async function stillServes(): Promise<void> {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('/__baoku/reload.js');
    expect(child.exitCode).toBe(null);
  }

  const badPaths: [string, string][] = [
    ['a bare %', '/%'],
    ['a cut escape', '/%E4%B8'],
    ['an escape that is not UTF-8', '/%C0%AF'],
    ['NUL', '/index.html%00.js'],
    ['..', '/../../../../etc/passwd'],
    ['encoded ..', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slashes', '/articles%2F..%2F..%2F..%2Fetc%2Fpasswd'],
    ['encoded backslashes', '/..%5C..%5C..%5Cetc%5Cpasswd'],
    ['an absolute URL', 'http://evil.example/'],
  ];
  for (const [what, path] of badPaths) {
    it(`answers 400 to a path with ${what}, and keeps serving`, async () => {
      const r = await get(path);
      expect(r.status).toBe(400);
      expect(r.body).not.toContain('root:');
      await stillServes();
    });
  }

  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    it(`answers 405 with Allow: GET, HEAD to ${method}`, async () => {
      const r = await raw(
        port,
        `${method} /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`,
      );
      expect(r.status).toBe(405);
      expect(r.headers['allow']).toBe('GET, HEAD');
      await stillServes();
    });
  }

  it('answers HEAD with the headers and no body', async () => {
    const r = await raw(port, `HEAD /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBeGreaterThan(100);
    expect(r.body).toBe('');
  });

  it('refuses another Host (a domain rebound to 127.0.0.1), and answers to localhost', async () => {
    expect((await get('/', [])).status).toBe(200);
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      const r = await raw(port, `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(r.status, host).toBe(403);
      expect(r.body).not.toContain('<html');
    }
    expect((await raw(port, `GET / HTTP/1.0\r\n\r\n`)).status).toBe(400);
    const local = await raw(port, `GET / HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`);
    expect(local.status).toBe(200);
    await stillServes();
  });

  it('refuses requests another site makes (Origin, fetch metadata), and still opens as a link', async () => {
    for (const headers of [
      ['Origin: http://evil.example'],
      ['Origin: null'],
      [`Origin: http://127.0.0.1:${port + 1}`],
      ['Sec-Fetch-Site: cross-site', 'Sec-Fetch-Mode: no-cors', 'Sec-Fetch-Dest: image'],
      ['Sec-Fetch-Site: same-site', 'Sec-Fetch-Mode: cors', 'Sec-Fetch-Dest: empty'],
    ]) {
      const r = await get('/index.html', headers);
      expect(r.status, headers.join()).toBe(403);
      expect(r.body).not.toContain('<html');
    }
    // The <img src="http://127.0.0.1:4321/%"> of any web page.
    expect(
      (await get('/%', ['Sec-Fetch-Site: cross-site', 'Sec-Fetch-Mode: no-cors', 'Sec-Fetch-Dest: image'])).status,
    ).toBe(403);
    expect((await get('/index.html', [`Origin: http://127.0.0.1:${port}`])).status).toBe(200);
    expect(
      (await get('/index.html', ['Sec-Fetch-Site: cross-site', 'Sec-Fetch-Mode: navigate', 'Sec-Fetch-Dest: document']))
        .status,
    ).toBe(200);
    await stillServes();
  });

  it('never serves a file outside the site through a symbolic link, nor waits on a FIFO', async () => {
    for (const path of ['/leak.txt', '/elsewhere/secret.txt', '/elsewhere/']) {
      const r = await get(path);
      expect(r.status, path).toBe(403);
      expect(r.body).not.toContain(secret);
    }
    expect((await get('/pipes/fifo.html')).status).toBe(404);
    await stillServes();
  });

  it('answers a request line that is not HTTP with 400, and keeps serving', async () => {
    expect((await raw(port, 'HELLO\r\n\r\n')).status).toBe(400);
    // Headers too large: Node answers 431 and closes, sometimes before the client has sent them all (a reset).
    const huge = await raw(port, `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`).catch(
      (error: NodeJS.ErrnoException) => String(error.code),
    );
    expect(typeof huge === 'string' ? huge : String(huge.status)).toMatch(/^(431|ECONNRESET|EPIPE)$/);
    await stillServes();
  });

  it.runIf(hasBrowser())('stays up when a web page in Chromium points an image at /%', async () => {
    const page = join(tempDir('baoku-evil-'), 'evil.html');
    writeFileSync(
      page,
      `<!doctype html><img src="http://127.0.0.1:${port}/%"><img src="http://127.0.0.1:${port}/%E4"><script>fetch("http://127.0.0.1:${port}/", {method: "POST", mode: "no-cors", body: "x"}).catch(() => {})</script>`,
    );
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      const seen: number[] = [];
      tab.on('response', (r) => r.url().startsWith(`http://127.0.0.1:${port}`) && seen.push(r.status()));
      await tab.goto(pathToFileURL(page).href);
      await tab.waitForLoadState('load');
      await tab.close();
    } finally {
      await browser.close();
    }
    await stillServes();
  });
});
