/**
 * `baoku review PAGE`: a page's lines as parsed, each with the article it went to and its part there,
 * warnings beside their lines; and the lookup of a page by its id or file that the dev server shares.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { displayPath, type Config } from '../ingest/config.js';
import { BuildError, type Diagnostic } from '../errors.js';
import { listPageFiles, pageNames } from '../ingest/content.js';
import { readContentFile } from '../ingest/content-file.js';
import { pageIds, pageId } from '../ingest/page-ids.js';
import { parsePageFile } from '../ingest/page-file.js';
import { structureConstraints } from '../ingest/structure.js';
import type { LineOwner } from '../parse/line-owners.js';
import type { ParsedPage } from '../parse/types.js';

/** A page file of the archive: where it is and its id (the prefix of its articles' ids). */
export interface PageRef {
  file: string;
  path: string;
  id: string;
}

/** Every page of the archive with its id, named as the build names them (a file whose id another has is left out: see page-ids.ts). */
export function listPages(config: Config): PageRef[] {
  const names = pageNames(config, listPageFiles(config).files);
  const { ids } = pageIds(names.values());
  return [...names].flatMap(([file, { path }]) => (ids.has(path) ? [{ file, path, id: ids.get(path)! }] : []));
}

/** The page a user named: by its id, or by its file (inside the pages folder or anywhere). */
export function findPage(config: Config, ref: string): PageRef {
  const pages = listPages(config);
  const full = resolve(ref);
  const found = pages.find((p) => p.id === ref || p.file === full);
  if (found) return found;
  if (existsSync(full))
    return {
      file: full,
      path: displayPath(config, full),
      id: pageId(relative(config.pagesDir, full).split(sep).join('/')),
    };
  throw new BuildError(`no page has the id or file ${ref} (\`baoku check\` lists the pages to review)`, {
    file: ref,
    rule: 'unknown-page',
  });
}

/** A page parsed for review: with its structure corrections, each line's owner, and its warnings. */
export interface PageReview {
  ref: PageRef;
  page: ParsedPage;
  owners: LineOwner[];
  diagnostics: Diagnostic[];
}

/** Parses one page as the build does (its structure corrections applied) for review. */
export function reviewPage(config: Config, ref: PageRef): PageReview {
  // Any file the editor names, but only a regular one (a FIFO would hang the read), within the size limit.
  const bytes = readContentFile(ref.file, { shown: ref.path });
  const { page, owners, diagnostics } = parsePageFile(bytes, ref.path, config.offices, {
    idPrefix: ref.id,
    structure: (p) => structureConstraints(config, ref.id, p),
  });
  return { ref, page, owners, diagnostics };
}

const PART_NAMES: Record<LineOwner['part'], string> = {
  kicker: '引题 kicker',
  headline: '标题 headline',
  subhead: '副题 subhead',
  dateline: '电头 dateline',
  byline: '署名 byline',
  body: '正文 body',
  signature: '落款 signature',
  caption: '图说 caption',
  pullquote: '引语 pullquote',
  masthead: '报头 masthead',
  furniture: '版面 furniture',
  unassigned: '未归属 unassigned',
};

/** The review as text: one row a line (line number, article, part, text), warnings beside their lines. */
export function formatReview(r: PageReview): string {
  const { page, owners } = r;
  const out = [
    `${r.ref.path} (${r.ref.id}): ${page.articles.length} articles, ${page.unassigned.length} unassigned lines, ${page.warnings.length} warnings`,
  ];
  page.articles.forEach((a, i) =>
    out.push(`  [${i + 1}] ${a.id}  ${a.title}${a.headlineInferred ? ' (标题为生成 title generated)' : ''}`),
  );
  out.push('');
  const byLine = new Map<number, string[]>();
  const lines = new Set(owners.map((o) => o.n));
  for (const w of page.warnings) {
    // A warning on a line the review does not show (a blank one, the page as a whole) goes on the first line.
    const n = lines.has(w.line) ? w.line : (owners[0]?.n ?? w.line);
    byLine.set(n, [...(byLine.get(n) ?? []), `${w.code}: ${w.message}`]);
  }
  let last: number | null = -1;
  for (const o of owners) {
    const article = o.article === null ? '  -' : `[${o.article + 1}]`.padStart(4);
    // Note: the article's number is repeated only where the lines change hands, so runs read as blocks.
    const mark = o.article === last ? '    ' : article;
    last = o.article;
    const name = PART_NAMES[o.part];
    // Note: a Han character takes two columns in a terminal.
    out.push(
      `${String(o.n).padStart(5)} ${mark} ${name}${' '.repeat(Math.max(1, 22 - name.length - (name.match(/\p{sc=Han}/gu)?.length ?? 0)))}│ ${o.text.trim()}`,
    );
    for (const w of byLine.get(o.n) ?? []) out.push(`${' '.repeat(33)}│   ⚠ ${w}`);
  }
  return out.join('\n');
}
