/**
 * A writer's name set alone under the text it closes (…变得更美了。 / 赵晓玲): papers sign a story or credit
 * its photo so, with no role and no brackets. Read alone, a name of two or three characters is a head line
 * like any other, and takes the next story's headline. Under a finished sentence and over another head
 * line, it is the story's signature: a headline is never a bare personal name with a headline under it.
 */
import { endsSentence } from '../text/chars.js';
import { surnameRank } from './credit-forms.js';
import type { Line } from './line.js';

/** A personal name: two or three Han characters, the first a common surname. */
const NAME = /^\p{sc=Han}{2,3}$/u;
/**
 * How the name of a place or an office ends (青石镇, 河湾村, 东坪乡, 城南办): such a label over a headline is
 * its kicker, not a signature.
 */
const PLACE_END = /[镇乡村办区县市州街路局委社站所院队组厂场庄寨屯湾港店园]$/u;
/** Marks a head line never ends with: body text's. */
const BODY_END = /[，。、；：？！,.;:?!]$/u;

/** Marks as signatures the lone names set between a finished text and the next head line (in place). */
export function markLoneNames(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.role !== 'text' || !NAME.test(line.text) || PLACE_END.test(line.text)) return;
    if (surnameRank(line.text[0]!) < 0) return;
    if (lines[i - 1]?.role !== 'blank' || lines[i + 1]?.role !== 'blank') return;
    const before = previous(lines, i);
    const head = next(lines, i);
    if (before?.role !== 'text' || !endsSentence(before.text)) return;
    if (head?.role !== 'text' || BODY_END.test(head.text) || head.text.length > 24 || NAME.test(head.text)) return;
    // (The head line is over a story: the line under it opens one after a blank line.)
    const under = lines[lines.indexOf(head) + 1];
    if (under && under.role !== 'blank') return;
    line.role = 'signature';
  });
}

function previous(lines: readonly Line[], i: number): Line | undefined {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.role !== 'blank') return lines[k];
  return undefined;
}

function next(lines: readonly Line[], i: number): Line | undefined {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.role !== 'blank') return lines[k];
  return undefined;
}
