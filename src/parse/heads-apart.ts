/**
 * A headline OCR read apart from its text. OCR and text layers read a headline, set over its columns, right
 * after the lines of the column beside it, so the end of another story comes between the headline and its
 * first paragraph: the headline sits among that story's last paragraphs as if it were an in-body subhead, and
 * the report under it opens with its dateline and no head line. A lone line among a story's last paragraphs
 * that describes the next report (its dateline opens it, no head line stands over it) and not the story it
 * stands in is that report's headline; where it cut a sentence of the story, the sentence reads on across it.
 */
import { endsSentence } from '../text/chars.js';
import { contentWords } from '../text-node/words.js';
import { ENUMERATED } from './line-signs.js';
import { readOnAcross } from './late-heads.js';
import type { DraftArticle, Segmented } from './drafts.js';

/** The most paragraphs of the story that stand between the headline and the report it heads. */
const BETWEEN = 3;

/** Moves the headlines read apart from their reports (see above) from the stories they stand in to the heads. */
export function placeHeadsApart(seg: Segmented): Segmented {
  const { articles, heads } = seg;
  for (let t = 1; t < articles.length; t++) {
    const report = articles[t]!;
    const story = articles[t - 1]!;
    if (report.datelineRaw === null || report.datelineAt !== 0 || heads.some((h) => h.before === t)) continue;
    const k = apartAt(story, report);
    if (k < 0) continue;
    const [head] = story.paragraphs.splice(k, 1);
    const line = head!.lines[0]!;
    const at = heads.findIndex((h) => h.before !== null && h.before > t);
    const group = Math.max(-1, ...heads.map((h) => h.group)) + 1;
    heads.splice(at < 0 ? heads.length : at, 0, { line, blankBefore: true, apart: true, before: t, group });
    const before = story.paragraphs[k - 1];
    const after = story.paragraphs[k];
    if (before && after && !before.subhead && !after.subhead && !endsSentence(before.text)) {
      story.paragraphs.splice(k, 1);
      readOnAcross(story, k - 1, after.lines, after.text);
    }
  }
  return seg;
}

/**
 * The paragraph of `story` that is `report`'s headline read apart from it, or -1: an in-body subhead (one line)
 * among its last paragraphs, not its first, whose words the report's text uses and the story's does not.
 */
function apartAt(story: DraftArticle, report: DraftArticle): number {
  const ps = story.paragraphs;
  for (let k = ps.length - 1; k >= Math.max(1, ps.length - 1 - BETWEEN); k--) {
    const p = ps[k]!;
    if (!p.subhead || p.lines.length !== 1 || ENUMERATED.test(p.text)) continue;
    const words = contentWords(p.text).filter((w) => w.length >= 2);
    const rest = ps
      .filter((_, j) => j !== k)
      .map((x) => x.text)
      .join('');
    const theirs = report.paragraphs.map((x) => x.text).join('');
    const inReport = words.filter((w) => theirs.includes(w)).length;
    const inStory = words.filter((w) => rest.includes(w)).length;
    return inStory === 0 && inReport >= 1 && 2 * inReport >= words.length ? k : -1;
  }
  return -1;
}
