/**
 * Site configuration: `content/site.yml`, resolved once, validated, with defaults and absolute paths.
 */
import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { BuildError } from '../errors.js';
import { readContentFile, realFolder } from './content-file.js';
import { decodeText } from './decode.js';
import { readYaml } from './yaml.js';
import type { Office } from '../parse/types.js';

/** The resolved configuration every stage reads. */
export interface Config {
  root: string;
  contentDir: string;
  pagesDir: string;
  correctionsDir: string;
  outDir: string;
  /** Build records between runs (.cache/ beside content/, or inside a content folder given elsewhere). */
  cacheDir: string;
  configFile: string | null;
  title: string;
  paper: string;
  siteUrl: string | null;
  basePath: string;
  corrections: string;
  offices: Office[];
}

/** The config file's name inside the content folder. */
export const CONFIG_FILE = 'site.yml';

/** Reads and checks `site.yml` under the content folder; a missing file gives the defaults. */
export function resolveConfig(options: { root?: string; content?: string; out?: string } = {}): Config {
  const root = resolve(options.root ?? '.');
  const contentDir = resolve(root, options.content ?? 'content');
  const file = join(contentDir, CONFIG_FILE);
  // A link counts as there (a broken one is an error, not the defaults).
  const present = lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  const text = present ? readSettings(file, contentDir) : '';
  const lineOf = (key: string): number => Math.max(1, text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1);
  const data = loadYaml(text, file);
  const str = (key: string, fallback: string): string => {
    const v = data[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string')
      throw new BuildError(`\`${key}\` must be text, not ${JSON.stringify(v)}`, {
        file,
        line: lineOf(key),
        rule: 'config',
      });
    return v;
  };
  const siteUrl = str('siteUrl', '').trim();
  if (siteUrl && !/^https?:\/\/\S+$/.test(siteUrl)) {
    throw new BuildError(`\`siteUrl\` must start with http:// or https://, not ${JSON.stringify(siteUrl)}`, {
      file,
      line: lineOf('siteUrl'),
      rule: 'config',
    });
  }
  return {
    root,
    contentDir,
    pagesDir: join(contentDir, 'pages'),
    correctionsDir: join(contentDir, 'corrections'),
    outDir: resolve(root, options.out ?? 'dist'),
    cacheDir: contentDir === join(root, 'content') ? join(root, '.cache') : join(contentDir, '.cache'),
    configFile: present ? file : null,
    title: str('title', '报库'),
    paper: str('paper', str('title', '报库')),
    siteUrl: siteUrl ? siteUrl.replace(/\/?$/, '/') : null,
    basePath: str('basePath', '/'),
    corrections: str('corrections', ''),
    offices: readOffices(data['offices'], file, lineOf('offices')),
  };
}

/** The settings file's text, read and decoded as every content file is (an empty file is no settings). */
function readSettings(file: string, contentDir: string): string {
  const bytes = readContentFile(file, { shown: file, within: realFolder(contentDir) });
  return bytes.length ? decodeText(bytes, file).text : '';
}

function loadYaml(text: string, file: string): Record<string, unknown> {
  const data = readYaml(text, file, { firstLine: 1, rule: 'config', what: 'the site settings file' });
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new BuildError('site settings must be a mapping of `key: value` lines', { file, rule: 'config' });
  return data as Record<string, unknown>;
}

function readOffices(value: unknown, file: string, line: number): Office[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new BuildError('`offices` must be a list of `- name: …` entries', { file, line, rule: 'config' });
  return value.map((entry: unknown, i): Office => {
    const e = entry as { name?: unknown; aliases?: unknown; parent?: unknown } | null;
    if (!e || typeof e.name !== 'string' || !e.name.trim()) {
      throw new BuildError(`office ${i + 1} needs a \`name\``, { file, line, rule: 'config' });
    }
    const aliases = e.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
      throw new BuildError(`the aliases of ${e.name} must be a list of names`, { file, line, rule: 'config' });
    }
    const office: Office = { name: e.name.trim(), aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean) };
    if (typeof e.parent === 'string') office.parent = e.parent;
    return office;
  });
}

/** How a file is named in messages and ids: relative to the project, with forward slashes; absolute when outside it. */
export function displayPath(config: Pick<Config, 'root'>, file: string): string {
  const rel = relative(config.root, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}
