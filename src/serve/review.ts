/**
 * The review view of `baoku dev`: each printed page's lines coloured by the article they went to, their
 * parts marked, warnings beside them, the parsed articles alongside; an action on a line writes the page's
 * structure-correction file (the dev server then rebuilds, and the view reloads). Writing takes a POST
 * from this server's own pages (Origin checked by the guard) carrying the session's token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../ingest/config.js';
import { BuildError, formatDiagnostic } from '../errors.js';
import { structureFile } from '../ingest/structure-file.js';
import { readFrontMatter } from '../ingest/front-matter.js';
import { decodeText } from '../ingest/decode.js';
import { readLines } from '../parse/lines.js';
import { findPage, listPages, reviewPage, type PageReview } from '../workflow/review.js';
import type { Policy, Refusal } from './guard.js';
import { SAFE_HEADERS } from './guard.js';
import { REVIEW_CSS, REVIEW_JS } from './review-assets.js';
import { appendEntry, entryFor, readAction } from './review-entry.js';
import { readFileSync } from 'node:fs';

/** The review routes, under /__baoku/review/. */
export interface ReviewApp {
  /** The session's token, which every write must carry. */
  token: string;
  policy(method: string | undefined): Policy;
  answer(req: IncomingMessage, res: ServerResponse, segments: readonly string[]): Promise<void>;
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const MAX_BODY = 4096;

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The review routes for a content folder; a fresh token each session. */
export function reviewApp(config: Config): ReviewApp {
  const token = randomBytes(24).toString('hex');
  const send = (res: ServerResponse, status: number, type: string, body: string): void => {
    res.writeHead(status, {
      ...SAFE_HEADERS,
      'content-security-policy': CSP,
      'content-type': type,
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  };
  const json = (res: ServerResponse, status: number, value: object): void =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
  return {
    token,
    policy: (method) => (method === 'POST' ? { methods: ['POST'], sameOrigin: true } : { methods: ['GET', 'HEAD'] }),
    async answer(req, res, segments) {
      const [id, sub, ...rest] = segments;
      if (id === '_' && sub === 'review.js' && !rest.length)
        return send(res, 200, 'text/javascript; charset=utf-8', REVIEW_JS);
      if (id === '_' && sub === 'review.css' && !rest.length)
        return send(res, 200, 'text/css; charset=utf-8', REVIEW_CSS);
      if (req.method === 'POST') {
        if (!id || sub !== 'act' || rest.length) return json(res, 404, { error: 'not found' });
        const given = req.headers['x-baoku-token'];
        if (
          typeof given !== 'string' ||
          given.length !== token.length ||
          !timingSafeEqual(Buffer.from(given), Buffer.from(token))
        )
          return json(res, 403, { error: 'the session token is missing or wrong: reload the review page' });
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? ''))
          return json(res, 415, { error: 'send JSON' });
        const body = await readBody(req);
        if ('status' in body) return json(res, body.status, { error: body.message });
        return act(res, id, body.value);
      }
      if (!id) return send(res, 200, 'text/html; charset=utf-8', indexHtml(listPages(config)));
      if (sub !== undefined) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
      let review: PageReview;
      try {
        review = reviewPage(config, findPage(config, id));
      } catch (error) {
        if (!(error instanceof BuildError)) throw error;
        // A stale or broken correction shows as such, with its file and line.
        return send(
          res,
          error.rule === 'unknown-page' ? 404 : 422,
          'text/html; charset=utf-8',
          shell(id, `<p role="alert" class="warn">${esc(formatDiagnostic(error.toDiagnostic()))}</p>`, token),
        );
      }
      return send(res, 200, 'text/html; charset=utf-8', viewHtml(review, token));
    },
  };

  function act(res: ServerResponse, id: string, value: unknown): void {
    const action = readAction(value);
    if (typeof action === 'string') return json(res, 400, { error: action });
    let ref;
    try {
      ref = findPage(config, id);
    } catch {
      return json(res, 404, { error: `no page has the id ${id}` });
    }
    const { text } = decodeText(readFileSync(ref.file), ref.path);
    const src = readFrontMatter(text, ref.path);
    const entry = entryFor(action, readLines(src.body, src.lineOffset));
    if (entry instanceof Error) return json(res, 400, { error: entry.message });
    const file = structureFile(config, ref.id);
    appendEntry(file, entry);
    return json(res, 200, { file: `corrections/${ref.id}.yml`, entry });
  }
}

/** A request's body as JSON, at most MAX_BODY bytes. */
function readBody(req: IncomingMessage): Promise<{ value: unknown } | Refusal> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve({ status: 413, message: 'the request is too large' });
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve({ value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        resolve({ status: 400, message: 'the body is not JSON' });
      }
    });
    req.on('error', () => resolve({ status: 400, message: 'the request failed' }));
  });
}

function shell(title: string, body: string, token: string): string {
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="baoku-token" content="${esc(token)}"><title>审校 review · ${esc(title)}</title>
<link rel="stylesheet" href="/__baoku/review/_/review.css"></head>
<body>${body}<script src="/__baoku/reload.js"></script></body></html>
`;
}

function indexHtml(pages: readonly { id: string; path: string }[]): string {
  const items = pages
    .map(
      (p) =>
        `<li><a href="/__baoku/review/${encodeURIComponent(p.id)}">${esc(p.id)}</a> <span class="p">${esc(p.path)}</span></li>`,
    )
    .join('\n');
  return shell(
    'pages',
    `<header><h1>版面审校 · review a page</h1><p>\`baoku check\` lists the pages whose parse has warnings, worst first.</p></header><main><ul>${items}</ul></main>`,
    '',
  );
}

const PARTS: Record<string, string> = {
  kicker: '引题',
  headline: '标题',
  subhead: '副题',
  dateline: '电头',
  byline: '署名',
  body: '正文',
  signature: '落款',
  caption: '图说',
  pullquote: '引语',
  masthead: '报头',
  furniture: '版面',
  unassigned: '未归属',
};

function viewHtml(r: PageReview, token: string): string {
  const { page, owners } = r;
  const warnings = new Map<number, string[]>();
  for (const w of page.warnings) warnings.set(w.line, [...(warnings.get(w.line) ?? []), `${w.code}: ${w.message}`]);
  const lines = owners
    .map((o) => {
      const cls = `${o.article === null ? 'none' : `a${o.article % 8}`} part-${o.part}`;
      const ws = (warnings.get(o.n) ?? []).map((w) => `<span class="warn">⚠ ${esc(w)}</span>`).join('');
      return `<li data-line="${o.n}" data-article="${o.article ?? ''}" data-part="${o.part}" class="${cls}"><span class="n">${o.n}</span><span class="k">${o.article === null ? '' : `[${o.article + 1}]`}</span><span class="p">${PARTS[o.part]} ${o.part}</span><span class="t">${esc(o.text.trim())}</span>${ws}</li>`;
    })
    .join('\n');
  const firstLine = (k: number): number =>
    owners.find((o) => o.article === k && (o.part === 'body' || o.part === 'dateline'))?.n ??
    owners.find((o) => o.article === k)?.n ??
    0;
  const articles = page.articles
    .map((a, k) => {
      const facts = [
        a.kicker && `引题 ${a.kicker}`,
        a.subhead && `副题 ${a.subhead}`,
        a.byline && `署名 ${a.byline}`,
        a.signature && `落款 ${a.signature}`,
        a.captions.length ? `图说 ${a.captions.length}` : null,
      ]
        .filter(Boolean)
        .join(' · ');
      return `<article class="a${k % 8}" data-id="${esc(a.id)}"><h3>[${k + 1}] <a href="/articles/${encodeURIComponent(a.id)}.html">${esc(a.title)}</a>${a.headlineInferred ? ' <small>(标题为生成 title generated)</small>' : ''}</h3><p>${esc(a.id)}${facts ? ` · ${esc(facts)}` : ''}</p><p>${esc(a.paragraphs.join('').slice(0, 80))}…</p></article>`;
    })
    .join('\n');
  const options = page.articles
    .map((a, k) => `<option value="${firstLine(k)}">[${k + 1}] ${esc(a.title.slice(0, 24))}</option>`)
    .join('');
  const list = page.warnings.map((w) => `<li>${w.line}: ${esc(w.code)} — ${esc(w.message)}</li>`).join('');
  const button = (action: string, label: string): string =>
    `<button type="button" data-action="${action}">${label}</button>`;
  const data = JSON.stringify({
    id: r.ref.id,
    articles: page.articles.map((a, k) => ({ id: a.id, first: firstLine(k) })),
  }).replace(/</g, '\\u003c');
  return shell(
    r.ref.id,
    `<header><h1>版面审校 · review: ${esc(r.ref.path)}</h1><p>${page.articles.length} articles · ${page.unassigned.length} unassigned · ${page.warnings.length} warnings · <a href="/__baoku/review/">all pages</a></p>${list ? `<details><summary>警告 warnings</summary><ul id="warnings">${list}</ul></details>` : ''}</header>
<main><section><ol id="lines">${lines}</ol></section>
<aside><div id="actions" hidden><p>行 line <span id="chosen-line"></span></p>
${button('split', '新文章从此开始 · new article here')}${button('join', '接上一篇 · join to previous')}
<span><button type="button" data-action="headline">此行为标题 · headline of</button> <select id="of" aria-label="article">${options}</select></span>
${button('furniture', '版面杂项 · furniture')}${button('move', '移动此段到… · move block to…')}
${button('caption', '图说 · caption')}${button('byline', '署名 · byline')}${button('signature', '落款 · signature')}${button('subhead', '小标题 · subhead')}${button('body', '正文 · body')}
<p id="status" role="status"></p></div>
<h2>识别出的文章 · parsed articles</h2>${articles}</aside></main>
<script type="application/json" id="review-data">${data}</script><script src="/__baoku/review/_/review.js"></script>`,
    token,
  );
}
