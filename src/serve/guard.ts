/**
 * What the preview server asks of every request before answering it. Every request is treated as hostile:
 * any web page the editor has open can make the browser send one (an `<img>` pointing at 127.0.0.1, a
 * form, a script on a domain rebound to 127.0.0.1), and so can any local program. A route says which
 * methods it takes and whether only the site's own pages may call it (`sameOrigin`, for anything that
 * changes something); the guard answers who is asking (Host, Origin, fetch metadata), how (method), and
 * for files, which file (decoded without throwing, never outside the served folder).
 */
import type { IncomingMessage } from 'node:http';
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Why a request is not answered: the status, a short plain-text reason, and any headers it needs. */
export interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

/** What a route accepts. */
export interface Policy {
  /** Methods it answers (others get 405 with `Allow`). */
  methods: readonly string[];
  /** Only the site's own pages may call it: an `Origin` of this server is required (for routes that change something). */
  sameOrigin?: boolean;
}

/** Headers every answer carries: nothing the server sends may be embedded or sniffed by another site. */
export const SAFE_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

const refusal = (status: number, message: string, headers?: Record<string, string>): Refusal =>
  headers ? { status, message, headers } : { status, message };

/** The names this server answers to: 127.0.0.1 and localhost, on the port the request came in on. */
function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Checks who is asking, for any route: the Host must be this server's own name and port (a page on a
 * domain rebound to 127.0.0.1 sends its own name); an Origin, when sent, must be this server's; a
 * browser's fetch metadata saying the request comes from another site is refused unless it opens a page
 * in a tab (a link to the preview is fine; an image, script, frame, fetch or form post of it is not).
 * Returns null when the request may go on, else the refusal to send.
 */
export function checkCaller(req: IncomingMessage): Refusal | null {
  const hosts = ownHosts(req.socket.localPort ?? 0);
  const host = req.headers.host?.toLowerCase();
  if (!host) return refusal(400, 'a Host header is required');
  if (!hosts.includes(host))
    return refusal(403, `this server answers only to http://${hosts[0]}/ and http://${hosts[1]}/`);
  const origin = req.headers.origin?.toLowerCase();
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))
    return refusal(403, 'requests from other sites are refused');
  const site = req.headers['sec-fetch-site'];
  const opensPage = req.headers['sec-fetch-mode'] === 'navigate' && req.headers['sec-fetch-dest'] === 'document';
  if (site !== undefined && site !== 'same-origin' && site !== 'none' && !opensPage)
    return refusal(403, 'requests from other sites are refused');
  return null;
}

/**
 * Checks a request against its route's policy (after `checkCaller`): the method, and for a `sameOrigin`
 * route an Origin of this server and no sign of another site at all (not even a link).
 */
export function checkRoute(req: IncomingMessage, policy: Policy): Refusal | null {
  if (policy.sameOrigin) {
    const site = req.headers['sec-fetch-site'];
    if (req.headers.origin === undefined || (site !== undefined && site !== 'same-origin'))
      return refusal(403, 'this request must come from a page of this server');
  }
  const method = req.method ?? '';
  if (!policy.methods.includes(method))
    return refusal(405, `method ${method.slice(0, 20)} is not allowed here`, { allow: policy.methods.join(', ') });
  return null;
}

/** Both checks at once (a route answered without looking at its path first). */
export function checkRequest(req: IncomingMessage, policy: Policy): Refusal | null {
  return checkCaller(req) ?? checkRoute(req, policy);
}

/** A request path split into decoded segments; `dir` when it ends with a slash (its index.html is meant). */
export interface RequestPath {
  segments: string[];
  dir: boolean;
}

/**
 * Decodes a request target's path without ever throwing. Refused (400): a target that is not a path (`*`,
 * `http://…`), a bad percent-escape, `..`, and a segment that decodes to a slash, a backslash, NUL or
 * another control character (an encoded slash would let a segment name a parent folder).
 */
export function requestPath(target: string): RequestPath | Refusal {
  if (!target.startsWith('/')) return refusal(400, 'the request target must be a path');
  const path = target.split(/[?#]/, 1)[0]!;
  const raw = path.split('/').slice(1);
  const segments: string[] = [];
  for (const part of raw) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return refusal(400, 'the path has a malformed percent-escape');
    }
    if (/[/\\\u0000-\u001f\u007f]/.test(name))
      return refusal(400, 'the path has an encoded slash or a control character');
    if (name === '..') return refusal(400, 'the path may not go up a folder');
    if (name !== '' && name !== '.') segments.push(name);
  }
  const last = raw.at(-1);
  return { segments, dir: last === '' || last === '.' };
}

/** True when a value is a refusal (rather than what was asked for). */
export function isRefusal(value: object): value is Refusal {
  return 'status' in value && 'message' in value;
}

/**
 * The regular file `segments` name inside `root`, found through symbolic links only while they stay inside
 * it (the real path is checked, so a link in the folder to /etc is refused). Folders, FIFOs and devices are
 * not files (reading a FIFO would wait forever): 404.
 */
export async function fileInside(
  root: string,
  segments: readonly string[],
): Promise<{ path: string; size: number } | Refusal> {
  let top: string;
  try {
    top = await realpath(root);
  } catch {
    return refusal(404, 'the site is not built yet');
  }
  let real: string;
  try {
    real = await realpath(join(top, ...segments));
  } catch {
    return refusal(404, 'not found');
  }
  if (real !== top && !real.startsWith(top + sep)) return refusal(403, 'that path leads outside the site');
  try {
    const st = await stat(real);
    return st.isFile() ? { path: real, size: st.size } : refusal(404, 'not found');
  } catch {
    return refusal(404, 'not found');
  }
}
