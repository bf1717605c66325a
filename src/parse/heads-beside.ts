/**
 * Pre-pass: headlines set side by side, read as one line. OCR and text layers read the headlines of two
 * stories that stand level on the page (each over its own columns) as one line, a wide gap between them
 * (`渡口换上新渡船      校园里开辟小菜园`). Chinese text has no spaces between words, and a head line has no
 * mark of running text: two long runs of Han text apart by a wide gap on such a line are two headlines.
 * Each goes on a line of its own, a blank line between (each stands apart over its story), so that the
 * headline stage matches each to the story it describes instead of reading one long headline.
 */
import type { RawLine } from './split-runs.js';

/** A gap no headline holds: a couplet's halves (晚稻开镰 农机唱主角) stand one space or two apart. */
const WIDE_GAP = /\s{3,}|\s+[|｜]\s+/u;
/** Marks of running text, a credit or a caption: such a line is no pair of headlines. */
const NOT_HEADS = /[，。；：、！？,;:!?]|本报|记者|通讯员|摄|编辑|校对|美编|版式|主办|出版|[（(〈【［[]/u;
/** A report's dateline opening a line: 本报讯, 本报某地讯, 新华社… */
const DATELINE_OPEN = /^\s*(?:本报\p{sc=Han}{0,6}讯|新华社|中新社)/u;
/** Han characters a headline holds at least: shorter pieces are a label, a speck or a scrap. */
const LEAST = 5;

const hanCount = (s: string): number => s.match(/\p{sc=Han}/gu)?.length ?? 0;

/** Returns the lines with each line of headlines set side by side cut into one line a headline. */
export function splitHeadsBeside(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  lines.forEach((line, i) => {
    // (Headlines stand apart, a blank line over or under them, as OCR sets a block: a line of running text read
    // beside another column's, with no mark on it, stands among the lines of its paragraph.)
    // (Nor need they, right over a report's dateline: a scan read level across its columns sets no blank lines.)
    const alone = !lines[i - 1]?.raw.trim() || !lines[i + 1]?.raw.trim() || DATELINE_OPEN.test(lines[i + 1]!.raw);
    const pieces = !alone || line.noise || line.stray ? null : headsOf(line.raw);
    if (!pieces) {
      out.push(line);
      return;
    }
    pieces.forEach((raw, k) => {
      if (k) out.push({ index: line.index, raw: '' });
      out.push({ index: line.index, raw });
    });
  });
  return out;
}

/** The headlines a line holds side by side, or null when it holds fewer than two (see the module's comment). */
function headsOf(raw: string): string[] | null {
  if (!WIDE_GAP.test(raw.trim()) || NOT_HEADS.test(raw)) return null;
  // A short piece at the end (a scrap OCR made of a photo's edge, a digit) stays with the headline before it;
  // one between two headlines (a column's label, 简 讯) goes on a line of its own.
  const all = raw.trim().split(WIDE_GAP);
  const long = (p: string): boolean => hanCount(p) >= LEAST && /\p{sc=Han}{3}/u.test(p);
  if (!long(all[0]!) || all.filter(long).length < 2) return null;
  const pieces: string[] = [];
  all.forEach((piece, k) => {
    if (!long(piece) && !all.slice(k + 1).some(long)) pieces[pieces.length - 1] += `   ${piece}`;
    else pieces.push(piece);
  });
  return pieces;
}
