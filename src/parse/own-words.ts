/**
 * Words of a text that one article alone uses: the names of the people, places and things its story tells of.
 * Words several articles use (a district's or a town's name) say nothing of where a text belongs.
 */
import { contentWords } from '../text-node/words.js';

/** For each body, how many of `text`'s content words it alone uses among `bodies` (body `skip` aside). */
export function ownWordCounts(text: string, bodies: readonly string[], skip = -1): number[] {
  const counts = bodies.map(() => 0);
  for (const w of new Set(contentWords(text))) {
    const users = bodies.flatMap((b, k) => (k !== skip && b.includes(w) ? [k] : []));
    if (users.length === 1) counts[users[0]!]!++;
  }
  return counts;
}
