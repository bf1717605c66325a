/**
 * Applies editors' corrections over parsed articles: the human always wins. Pure.
 */
import { wholeArticle } from '../parse/slim.js';
import type { Article } from '../parse/types.js';
import { BuildError } from '../errors.js';

/** What a correction changes. */
export interface Correction {
  file: string;
  id: string;
  fields: Partial<Record<'headline' | 'kicker' | 'subhead' | 'office' | 'signature' | 'title', string | null>> & {
    reporters?: string[];
    correspondents?: string[];
  };
  body: { paragraphs: string[]; subheads: string[]; runInHeads: string[] } | null;
}

/**
 * Applies each correction to its article; a correction whose article does not exist is an error. One that
 * changes nothing the reader sees (`baoku correct` and no edit) leaves its article uncorrected, and is
 * handed to `unchanged`.
 */
export function applyCorrections<T extends Article>(
  articles: readonly T[],
  corrections: readonly Correction[],
  unchanged: (c: Correction) => void = () => {},
): T[] {
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const known = new Set(articles.map((a) => a.id));
  for (const c of corrections) {
    if (!known.has(c.id)) {
      throw new BuildError(
        `no article has the id ${c.id}; rename the file to an existing article id (see \`baoku parse\`) or delete it`,
        { file: c.file, line: 1, rule: 'correction-orphan' },
      );
    }
  }
  return articles.map((a) => {
    const c = byId.get(a.id);
    if (!c) return a;
    const out = correct(a, c);
    if (!differs(a, out)) {
      // Marked corrected, it would say 本文已由编辑更正 though nothing was.
      unchanged(c);
      return a;
    }
    return out;
  });
}

/** What a reader sees of an article, which a correction may change. */
const SEEN = [
  'title',
  'headline',
  'headlineInferred',
  'kicker',
  'subhead',
  'office',
  'signature',
  'reporters',
  'correspondents',
  'paragraphs',
  'subheads',
  'runInHeads',
] as const;

function differs(a: Article, b: Article): boolean {
  return SEEN.some((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}

function correct<T extends Article>(a: T, c: Correction): T {
  const out: T = {
    ...wholeArticle(a),
    correction: { file: c.file, original: { title: a.title, headline: a.headline, paragraphs: a.paragraphs } },
  };
  const f = c.fields;
  if (f.headline !== undefined) {
    out.headline = f.headline;
    out.headlineInferred = f.headline === null && a.headlineInferred;
    if (f.headline) out.title = f.headline;
  }
  if (f.title) out.title = f.title;
  if (f.kicker !== undefined) out.kicker = f.kicker;
  if (f.subhead !== undefined) out.subhead = f.subhead;
  if (f.office !== undefined) out.office = f.office;
  if (f.signature !== undefined) out.signature = f.signature;
  if (f.reporters) out.reporters = f.reporters;
  if (f.correspondents) out.correspondents = f.correspondents;
  if (c.body) {
    out.paragraphs = c.body.paragraphs;
    out.subheads = c.body.subheads;
    out.runInHeads = c.body.runInHeads;
  }
  return out;
}
