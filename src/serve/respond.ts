/**
 * Answers of the dev server, every one with the guard's safe headers: a body, or a refusal as plain text.
 */
import type { ServerResponse } from 'node:http';
import { SAFE_HEADERS, type Refusal } from './guard.js';

/** Answers with a body (Node sends none for HEAD). */
export function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SAFE_HEADERS, 'content-type': type, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Answers with a refusal as plain text. */
export function refuse(res: ServerResponse, refusal: Refusal): void {
  res.writeHead(refusal.status, { ...SAFE_HEADERS, ...refusal.headers, 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${refusal.message}\n`);
}
