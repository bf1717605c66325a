/**
 * Editors' corrections: `content/corrections/ARTICLE-ID.md`, YAML front matter (fields that win over the
 * parse) and an optional Markdown body (replaces the parsed body). Read as pages are (content-file.ts,
 * decode.ts, front-matter.ts) and with remark-parse.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { displayPath, type Config } from './config.js';
import { BuildError } from '../errors.js';
import { processor } from '../render/body.js';
import type { Correction } from '../site/corrections.js';
import { fileError, readContentFile, realFolder } from './content-file.js';
import { decodeText } from './decode.js';
import { splitFrontMatter } from './front-matter.js';

const TEXT_FIELDS = ['headline', 'kicker', 'subhead', 'office', 'signature', 'title'] as const;
const LIST_FIELDS = ['reporters', 'correspondents'] as const;

/**
 * Reads every correction file, as page files are read (content-file.ts, decode.ts); a broken one, or an
 * entry named as one that is not a file, is a BuildError naming its file and line.
 */
export function readCorrections(config: Config): Correction[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(config.correctionsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw fileError(error, config.correctionsDir, displayPath(config, config.correctionsDir));
  }
  const within = realFolder(config.contentDir);
  return entries
    .filter((e) => e.name.endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const full = join(config.correctionsDir, name);
      const file = displayPath(config, full);
      const { text } = decodeText(readContentFile(full, { shown: file, within }), file);
      return readCorrection(text, file, name.replace(/\.md$/, ''));
    });
}

/** Reads one correction file's text (decoded: see decode.ts). */
export function readCorrection(text: string, file: string, id: string): Correction {
  const { data, body: markdown, lineOf } = splitFrontMatter(text, file, 'correction');
  const fields: Correction['fields'] = {};
  for (const [key, value] of Object.entries(data)) {
    if ((TEXT_FIELDS as readonly string[]).includes(key)) {
      if (value !== null && typeof value !== 'string')
        throw new BuildError(`\`${key}\` must be text (or empty), not ${JSON.stringify(value)}`, {
          file,
          line: lineOf(key),
          rule: 'correction',
        });
      fields[key as (typeof TEXT_FIELDS)[number]] = value === null ? null : value.trim();
    } else if ((LIST_FIELDS as readonly string[]).includes(key)) {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        throw new BuildError(`\`${key}\` must be a list of names, like [王一, 李二]`, {
          file,
          line: lineOf(key),
          rule: 'correction',
        });
      fields[key as (typeof LIST_FIELDS)[number]] = (value as string[]).map((v) => v.trim());
    } else {
      throw new BuildError(`unknown field \`${key}\` (known: ${[...TEXT_FIELDS, ...LIST_FIELDS].join(', ')})`, {
        file,
        line: lineOf(key),
        rule: 'correction',
      });
    }
  }
  const body = markdown.trim() ? readBody(markdown) : null;
  return { file, id, fields, body };
}

/** Markdown body: paragraphs, `##` subheads, a `**bold**` lead as the run-in head. */
function readBody(markdown: string): Correction['body'] {
  const tree = processor.parse(markdown) as Root;
  const paragraphs: string[] = [];
  const subheads: string[] = [];
  const runInHeads: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = plain((node as Heading).children);
      subheads.push(text);
      paragraphs.push(text);
    } else if (node.type === 'paragraph') {
      const kids = (node as Paragraph).children;
      const text = plain(kids);
      if (kids[0]?.type === 'strong' && kids.length > 1) runInHeads.push(plain(kids[0].children));
      paragraphs.push(text);
    }
  }
  return { paragraphs, subheads, runInHeads };
}

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) =>
      'value' in n && n.type !== 'html' ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '',
    )
    .join('');
}
