/**
 * Site configuration: `content/site.yml`, resolved once, validated, with defaults and absolute paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { load as loadYamlText } from 'js-yaml';
import { BuildError } from './errors.js';
import type { Office } from './parse/types.js';

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
  const data = existsSync(file) ? loadYaml(file) : {};
  const str = (key: string, fallback: string): string => {
    const v = data[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string') throw new BuildError(`\`${key}\` must be text, not ${JSON.stringify(v)}`, { file, line: lineOf(file, key), rule: 'config' });
    return v;
  };
  const siteUrl = str('siteUrl', '').trim();
  if (siteUrl && !/^https?:\/\/\S+$/.test(siteUrl)) {
    throw new BuildError(`\`siteUrl\` must start with http:// or https://, not ${JSON.stringify(siteUrl)}`, { file, line: lineOf(file, 'siteUrl'), rule: 'config' });
  }
  return {
    root,
    contentDir,
    pagesDir: join(contentDir, 'pages'),
    correctionsDir: join(contentDir, 'corrections'),
    outDir: resolve(root, options.out ?? 'dist'),
    cacheDir: contentDir === join(root, 'content') ? join(root, '.cache') : join(contentDir, '.cache'),
    configFile: existsSync(file) ? file : null,
    title: str('title', '报库'),
    paper: str('paper', str('title', '报库')),
    siteUrl: siteUrl ? siteUrl.replace(/\/?$/, '/') : null,
    basePath: str('basePath', '/'),
    corrections: str('corrections', ''),
    offices: readOffices(data['offices'], file),
  };
}

function loadYaml(file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = loadYamlText(readFileSync(file, 'utf8'));
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    throw new BuildError(`site settings are not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`, {
      file,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1,
      rule: 'config',
      cause: error,
    });
  }
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new BuildError('site settings must be a mapping of `key: value` lines', { file, rule: 'config' });
  return data as Record<string, unknown>;
}

function readOffices(value: unknown, file: string): Office[] {
  if (value === undefined || value === null) return [];
  const line = lineOf(file, 'offices');
  if (!Array.isArray(value)) throw new BuildError('`offices` must be a list of `- name: …` entries', { file, line, rule: 'config' });
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

function lineOf(file: string, key: string): number {
  try {
    const i = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i >= 0 ? i + 1 : 1;
  } catch {
    return 1;
  }
}

/** How a file is named in messages and ids: relative to the project, with forward slashes; absolute when outside it. */
export function displayPath(config: Pick<Config, 'root'>, file: string): string {
  const rel = relative(config.root, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}
