/**
 * Photo stories: a photo printed with a headline of its own and its caption for text, no report under it
 * (油菜花开满山坡 / 3月18日，…前来观赏。（王一 摄）). Read line by line, the caption and its credit look like the
 * caption of the photo of the report after it; but a photo stands between a headline and its text, never
 * between a headline and the next headline: a credited caption set right under head lines, with a new
 * headline (or the page's end) right under it, is the text of that headline's story, and its credit the story's.
 */
import { CAPTION, endsWithPhotoCredit, PHOTO_CREDIT } from './photo-credit.js';
import { countHan, endsSentence } from '../text/chars.js';
import type { Block } from './block.js';
import { sentences } from './caption-above.js';
import type { Line } from './lines.js';

/** How many Han characters a photo's caption holds at most when it is no story of its own (two lines of a wide photo). */
const LONG = 40;

/**
 * Turns each credited caption that stands alone under its head lines into a photo story's text: a paragraph
 * (the caption's sentences, with a credit run in at its end kept there for the signature pass) and, when the
 * credit is printed on a line of its own, a signature. Returns the blocks, changed in place.
 */
export function markPhotoStories(blocks: Block[]): Block[] {
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (creditUnder(blocks, i)) {
      blocks[i] = { kind: 'signature', lines: (b as { lines: Line[] }).lines, text: (b as { text: string }).text };
      continue;
    }
    if (b.kind !== 'caption' || blocks[i - 1]!.kind !== 'head') continue;
    // (A caption's sentence the credit's line was read apart from, …和互动 / 体验活动，…（王一 摄）, is one caption.)
    const parts = captionRun(blocks, i);
    const lines = parts.flatMap((p) => p.lines);
    if (!credited({ lines }) || !endsAStory(blocks[i + parts.length])) continue;
    const own = PHOTO_CREDIT.test(lines.at(-1)!.raw.trim()) ? lines.at(-1)! : null;
    const text = own ? lines.slice(0, -1) : lines;
    // (A caption that opens as a gallery's does (图①…, 上图…) names one photo of a report: a photo story's text
    // tells its news. 图为… opens a photo story's text too, under a news agency's photo headline.)
    if (!text.length || (CAPTION.test(text[0]!.text) && !/^图为/u.test(text[0]!.text)) || !tellsNews(text)) continue;
    for (const l of text) l.role = 'text';
    const para = { kind: 'para' as const, lines: text, text: text.map((l) => l.text).join('') };
    const signature = own ? [{ kind: 'signature' as const, lines: [own], text: own.text }] : [];
    blocks.splice(i, parts.length, para, ...signature);
  }
  return blocks;
}

/** Caption blocks from `i` on that read as one: each but the last stops mid-sentence. */
function captionRun(blocks: readonly Block[], i: number): { lines: Line[] }[] {
  const out: { lines: Line[] }[] = [];
  for (let k = i; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'caption' || (out.length && endsSentence(out.at(-1)!.lines.at(-1)!.text))) break;
    out.push(b);
  }
  return out;
}

/** A caption that closes with its photo's credit, run in after its sentence or on a line of its own. */
function credited(b: { lines: Line[] }): boolean {
  const raw = b.lines.at(-1)!.raw.trim();
  return (b.lines.length > 1 && PHOTO_CREDIT.test(raw)) || endsWithPhotoCredit(raw);
}

/** What may follow a photo story: another story's head lines, the page's furniture, or nothing. */
function endsAStory(next: Block | undefined): boolean {
  return (
    next === undefined || (next.kind === 'head' && !next.maybe) || next.kind === 'folio' || next.kind === 'masthead'
  );
}

/**
 * Whether a caption's text is as long as a photo story's: more than one sentence, or a long one (what, where
 * and when: 3月18日，…乡的…). A photo of a report has a short caption, one line or two of what it shows.
 */
function tellsNews(text: readonly Line[]): boolean {
  const all = text.map((l) => l.text).join('');
  return sentences(all) >= 2 || countHan(all) > LONG;
}

/**
 * Whether block `i` is a photo's credit alone under a photo story's text: head lines, one long paragraph
 * that opens with no dateline (a caption tells its news at once), the credit, then the next story or nothing.
 */
function creditUnder(blocks: readonly Block[], i: number): boolean {
  const [head, text, b] = [blocks[i - 2], blocks[i - 1], blocks[i]!];
  if (b.kind !== 'caption' || b.lines.length !== 1 || !PHOTO_CREDIT.test(b.lines[0]!.raw.trim())) return false;
  if (head?.kind !== 'head' || text?.kind !== 'para' || text.lines[0]!.role !== 'text') return false;
  // (A head line maybe under it: a photo story's credit closes it, whatever follows.)
  const next = blocks[i + 1];
  // (Right under the text, no blank line between, the credit closes it even where OCR lost the sentence's end.)
  const under = b.lines[0]!.n - text.lines.at(-1)!.n === 1;
  return (endsSentence(text.text) || under) && tellsNews(text.lines) && (next?.kind === 'head' || endsAStory(next));
}
