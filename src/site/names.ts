/**
 * Names as keys: their order, a short hash, and file names for index pages made from the names they list
 * (an office, a person): readable and guessable (`offices/青石区.html`), safe on every file system and
 * static host, and unique.
 */

/** Plain code-point order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A short stable hash (FNV-1a). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * Names no index page may take: the folder's own index, and names Windows refuses for a file. Compared
 * after lower-casing, as a slug is.
 */
const RESERVED = new Set([
  'index',
  'con',
  'prn',
  'aux',
  'nul',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
]);

/** Longest slug in characters: a Han character is three bytes of a file name, which may have 255. */
const MAX_LENGTH = 60;

/**
 * A name as a file name: NFC (macOS would store another form), Latin letters lower-cased (case-blind file
 * systems would take `ABC` and `abc` for one file), and every character a file system, a URL or a shell
 * treats specially (slashes, `?#%`, quotes, spaces, controls) made a `-`.
 */
export function fileSlug(name: string): string {
  return [
    ...name
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}·_-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, ''),
  ]
    .slice(0, MAX_LENGTH)
    .join('');
}

/**
 * Slugs for a set of names, one each, all different. A name keeps its plain slug unless another name (or
 * a reserved one) slugs alike; then the name that is its slug exactly keeps it, and each other gets the
 * slug with a hash of its own name after it, so that its page stays at one address whatever else is added.
 * `fallback` starts the slug of a name with no letters in it.
 */
export function slugNames(names: Iterable<string>, fallback: string): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const base = fileSlug(name) || `${fallback}-${hash(name)}`;
    const list = groups.get(base);
    if (list) list.push(name);
    else groups.set(base, [name]);
  }
  const slugs = new Map<string, string>();
  const used = new Set(RESERVED);
  const clashes: [string, string[]][] = [];
  for (const [base, list] of groups) {
    if (list.length === 1 && !RESERVED.has(base)) {
      slugs.set(list[0]!, base);
      used.add(base);
    } else clashes.push([base, list]);
  }
  for (const [base, list] of clashes.sort((a, b) => compare(a[0], b[0]))) {
    const exact = list.find((n) => n === base && !RESERVED.has(base));
    if (exact) {
      slugs.set(exact, base);
      used.add(base);
    }
    for (const name of [...list].sort(compare)) {
      if (name === exact) continue;
      let slug = `${base}-${hash(name)}`;
      // A hashed slug that is some other name's slug (bounded: each try hashes differently).
      for (let k = 1; used.has(slug) && k < 100; k++) slug = `${base}-${hash(`${name}\n${k}`)}`;
      slugs.set(name, slug);
      used.add(slug);
    }
  }
  return slugs;
}
