/**
 * Which office a reader means: its own name, one of the other names the gazetteer lists for it
 * (青石街道办事处 for 青石办), or the start of its names. One rule for the search page and `baoku search`.
 * Browser-safe.
 */

/** The gazetteer as the site ships it (baoku-offices.js): each office's name with its other names. */
export type Gazetteer = readonly (readonly [name: string, aliases: readonly string[]])[];

/** The office whose other name `text` is (not its own name), or null. */
export function aliasOf(text: string, gazetteer: Gazetteer): string | null {
  const name = text.trim().normalize('NFKC');
  if (!name) return null;
  for (const [office, aliases] of gazetteer) if (aliases.includes(name)) return office;
  return null;
}

/** What an office filter names: one office, several whose names start alike, or none. */
export type OfficeMatch = { office: string } | { several: string[] } | { none: true };

/**
 * The office `text` names among the gazetteer's and those the archive has (`offices`, names without other
 * names): its own name, then one of its other names, then the start of the names of exactly one office
 * (青石 for 青石办 and 青石街道办事处).
 */
export function officeNamed(text: string, gazetteer: Gazetteer, offices: readonly string[] = []): OfficeMatch {
  const name = text.trim().normalize('NFKC');
  const all: Gazetteer = [
    ...gazetteer,
    ...offices.filter((o) => !gazetteer.some(([g]) => g === o)).map((o) => [o, []] as const),
  ];
  if (!name) return { none: true };
  if (all.some(([office]) => office === name)) return { office: name };
  const alias = aliasOf(name, all);
  if (alias) return { office: alias };
  const starting = all
    .filter(([office, aliases]) => [office, ...aliases].some((n) => n.startsWith(name)))
    .map(([o]) => o);
  if (starting.length === 1) return { office: starting[0]! };
  return starting.length ? { several: starting } : { none: true };
}
