import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkCaller, checkRoute, requestPath } from '../../src/serve/guard.js';

/** A request as the guard sees it, arriving on port 4321. */
const request = (method: string, headers: Record<string, string>): IncomingMessage =>
  ({
    method,
    headers: { host: '127.0.0.1:4321', ...headers },
    socket: { localPort: 4321 },
  }) as unknown as IncomingMessage;

describe('the request guard', () => {
  it('lets a route that changes something be called only from a page of this server', () => {
    const write = { methods: ['POST'], sameOrigin: true };
    const allowed = (r: IncomingMessage): number | null =>
      checkCaller(r)?.status ?? checkRoute(r, write)?.status ?? null;
    expect(allowed(request('POST', { origin: 'http://127.0.0.1:4321', 'sec-fetch-site': 'same-origin' }))).toBe(null);
    expect(allowed(request('POST', { origin: 'http://localhost:4321', host: 'localhost:4321' }))).toBe(null);
    // A form or a tool that sends no Origin, another site, another port, a link from another site.
    expect(allowed(request('POST', {}))).toBe(403);
    expect(allowed(request('POST', { origin: 'http://evil.example' }))).toBe(403);
    expect(allowed(request('POST', { origin: 'http://127.0.0.1:4322' }))).toBe(403);
    expect(
      allowed(
        request('POST', {
          origin: 'http://127.0.0.1:4321',
          'sec-fetch-site': 'cross-site',
          'sec-fetch-mode': 'navigate',
          'sec-fetch-dest': 'document',
        }),
      ),
    ).toBe(403);
    expect(allowed(request('GET', { origin: 'http://127.0.0.1:4321' }))).toBe(405);
    expect(checkRoute(request('GET', { origin: 'http://127.0.0.1:4321' }), write)?.headers).toEqual({ allow: 'POST' });
  });

  it('splits a path into decoded segments, and refuses what could leave the folder', () => {
    expect(requestPath('/offices/%E4%B8%9C%E6%B9%96%E5%8A%9E.html?x=1#top')).toEqual({
      segments: ['offices', '东湖办.html'],
      dir: false,
    });
    expect(requestPath('/articles/')).toEqual({ segments: ['articles'], dir: true });
    expect(requestPath('/./a//b/.')).toEqual({ segments: ['a', 'b'], dir: true });
    for (const bad of ['/%', '/%zz', '/a/../b', '/%2e%2e/x', '/a%2fb', '/a%5cb', '/a%00', '/a%0a', '*', 'http://x/'])
      expect(requestPath(bad), bad).toMatchObject({ status: 400 });
  });
});
