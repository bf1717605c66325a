/**
 * Offices: which office, town or district an article is about. The gazetteer (site config) only adds
 * aliases and canonical names; unknown offices are still found by how such names are formed.
 */
import { normalizePunct } from '../text/punct.js';
import { cutWords } from '../text-node/words.js';
import type { Office } from './types.js';

/** Looks up office names and counts their mentions. */
export interface Gazetteer {
  /** Every name and alias. */
  names: Set<string>;
  /** The canonical name for a name or alias, or null. */
  canonical(name: string): string | null;
  /** Canonical offices mentioned in a text, with counts (longest alias wins where names overlap). */
  mentions(text: string): Map<string, number>;
  /** Whether `office` has a parent (it is a member of a larger unit that is also listed). */
  hasParent(office: string): boolean;
}

/** Builds the lookup for a list of offices. */
export function createGazetteer(offices: readonly Office[]): Gazetteer {
  const byName = new Map<string, string>();
  // The page's half-width marks beside Han text are read as full-width, so a name is also known in that form.
  for (const o of offices)
    for (const n of [o.name, ...o.aliases]) if (n) for (const form of [n, normalizePunct(n)]) byName.set(form, o.name);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const parents = new Set(offices.filter((o) => o.parent).map((o) => o.name));
  return {
    names: new Set(names),
    canonical: (name) => byName.get(name) ?? null,
    hasParent: (office) => parents.has(office),
    mentions(text) {
      const counts = new Map<string, number>();
      let rest = text;
      for (const n of names) {
        const parts = rest.split(n);
        if (parts.length > 1) {
          const c = byName.get(n)!;
          counts.set(c, (counts.get(c) ?? 0) + parts.length - 1);
          rest = parts.join('\u0000');
        }
      }
      return counts;
    },
  };
}

const UNIT_WORD = /^\p{sc=Han}{1,4}(?:办|镇|乡|街道)$/u;
const NOT_OFFICES = new Set([
  '举办',
  '主办',
  '承办',
  '协办',
  '督办',
  '创办',
  '开办',
  '兴办',
  '停办',
  '代办',
  '包办',
  '帮办',
  '领办',
  '街道',
  '城镇',
  '乡镇',
  '村镇',
  '集镇',
  '小镇',
  '重镇',
  '城乡',
  '家乡',
  '故乡',
  '老乡',
  '下乡',
  '返乡',
  '回乡',
  '同乡',
  '异乡',
]);

/** Whether a word is formed as an office's name is (…办, …镇, …乡, …街道), not a common word so ending (举办, 城乡). */
export function isUnitName(word: string): boolean {
  return UNIT_WORD.test(word) && word.length >= 3 && !NOT_OFFICES.has(word);
}

/**
 * The office an article is about: the kicker when it names one, else the gazetteer office the body
 * mentions most (a member office before the zone containing it), else the most frequent word formed
 * like an office name (…办, …镇, …乡, …街道).
 */
export function findOffice(kicker: string | null, body: string, gazetteer: Gazetteer): string | null {
  if (kicker) {
    const known = gazetteer.canonical(kicker);
    if (known) return known;
    if (/^\p{sc=Han}{1,8}(?:办|镇|乡|街道|社区|区|县)$/u.test(kicker)) return kicker;
  }
  const counts = [...gazetteer.mentions(body)].sort(
    (a, b) =>
      b[1] - a[1] ||
      Number(gazetteer.hasParent(b[0])) - Number(gazetteer.hasParent(a[0])) ||
      body.indexOf(a[0]) - body.indexOf(b[0]),
  );
  if (counts.length) return counts[0]![0];
  const found = new Map<string, number>();
  const words = cutWords(body);
  words.forEach((w, i) => {
    // jieba may cut an unknown place name from its unit (红星/镇): join them back.
    const prev = words[i - 1] ?? '';
    const joined = /^(?:办|镇|乡|街道)$/u.test(w) && /^\p{sc=Han}{2,3}$/u.test(prev) ? prev + w : w;
    if (isUnitName(joined)) found.set(joined, (found.get(joined) ?? 0) + 1);
  });
  const best = [...found].sort((a, b) => b[1] - a[1] || body.indexOf(a[0]) - body.indexOf(b[0]))[0];
  return best ? best[0] : null;
}
