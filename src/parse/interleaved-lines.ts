/**
 * Pre-pass of the reading order: a line of one column read in between two lines of another. A PDF text
 * layer (and OCR now and then) reads lines of neighbouring columns that stand at about the same height
 * together: the first line of the next column, or a subhead set across from the text, comes out between two
 * lines of a paragraph (`本报讯（记者 王一 通讯` / `会议指出，…` / `员 李二）…`). The text shows it: the
 * line before it reads on into the line after it, by a word of the dictionary across the join (通讯|员),
 * while it reads on into neither. Such a line goes out of the block, to a block of its own right after it,
 * where the reading-order pass can join it to the text it goes on in.
 */
import { endsSentence } from '../text/chars.js';
import { CREDIT_NAME, CREDIT_ROLE } from './credit-roles.js';
import { DATELINE, type Line } from './lines.js';
import { BODY, wordAcross } from './reading-chains.js';

/** Lines that take part: running text (a dateline's line carries the article's first words). */
const isText = (l: Line | undefined): l is Line => l !== undefined && (l.role === 'text' || l.role === 'dateline');

/**
 * The opening of a line that carries the end of the word or clause before it: a closing mark, or a clause
 * of one to three characters (还，藏书…, 窗受理、…): it goes on from the line above whatever the dictionary says.
 */
const GOES_ON = /^(?:[，。、；：？！”’）》%]|[^，。、；：？！\s]{1,3}[，。、；：？！])/u;

/**
 * A line that opens with a number after a word that takes one (…苇城市自 / 2022年起…, …共 / 300余人): the
 * dictionary finds no word across a digit, so the join reads on by grammar alone.
 */
const TAKES_NUMBER = /[自从至到达约近共为有第于在的超逾过增降比仅每占计]\d$/u;

/**
 * Returns the lines with each line read in between two lines of another column moved after its block, and
 * the lines so moved.
 */
export function unweave(lines: readonly Line[]): { lines: Line[]; strays: Set<Line> } {
  const out: Line[] = [];
  const strays = new Set<Line>();
  for (let from = 0; from < lines.length;) {
    let to = from;
    while (to < lines.length && lines[to]!.role !== 'blank') to++;
    const kept: Line[] = [];
    const moved: Line[] = [];
    const labels: Line[] = [];
    for (let k = from; k < to; k++) {
      const b = lines[k]!;
      const c = k + 1 < to ? lines[k + 1] : undefined;
      if (strayBetween(kept.at(-1), b, c, k + 2 < to ? lines[k + 2] : undefined)) moved.push(b);
      else if (openingAstray(kept.at(-1), b, c)) {
        moved.push(kept.pop()!);
        kept.push(b);
      } else if (labelAstray(kept.at(-1), b)) labels.push(b);
      else kept.push(b);
    }
    if (labels.length) out.push(...labels, blankAt(labels.at(-1)!));
    out.push(...kept);
    if (moved.length) out.push(blankAt(moved[0]!), ...moved, blankAt(moved.at(-1)!));
    for (const l of moved) strays.add(l);
    while (to < lines.length && lines[to]!.role === 'blank') out.push(lines[to++]!);
    from = to;
  }
  return { lines: out, strays };
}

/** True when `b` stands between `a` and `c` though `a` reads on into `c` and `b` reads on from neither. */
function strayBetween(a: Line | undefined, b: Line, c: Line | undefined, d?: Line): boolean {
  if (!isText(a) || !isText(b) || !isText(c)) return false;
  // (A report's opening line read in between is no line of the text around it only when the text reads on
  // across it: see reportBetween.)
  if (b.role === 'dateline') return reportBetween(a, b, c, d);
  if (creditCut(a, b, c)) return true;
  if (endsSentence(a.text) || /[，、；：,;:]$/u.test(a.text)) return false;
  if (GOES_ON.test(b.text) || TAKES_NUMBER.test(a.text + b.text.slice(0, 1))) return false;
  return wordAcross(a.text, c.text) >= 2 && !wordAcross(a.text, b.text) && !wordAcross(b.text, c.text);
}

/**
 * A report's first line (本报讯…) read in between two lines of another column: `a`, running text, stops
 * mid-sentence and reads on into `c` by a word of the dictionary across the join (…起施 / 行。…), and `b` reads on
 * from neither. A text never runs on through another report's dateline. (When the line after `c` goes on
 * from `b`, two columns were read line by line: no one line is astray there.)
 */
function reportBetween(a: Line, b: Line, c: Line, d: Line | undefined): boolean {
  const running = a.role === 'dateline' || BODY.test(a.text);
  if (!REPORT_OPEN.test(b.text) || !running || endsSentence(a.text) || /[，、；：,;:]$/u.test(a.text)) return false;
  if (wordAcross(a.text, c.text) < 2 || wordAcross(a.text, b.text) || wordAcross(b.text, c.text)) return false;
  // (`d` opening with a short clause goes on from `b` only after `c` finished its sentence.)
  const dFromB =
    isText(d) &&
    !wordAcross(c.text, d.text) &&
    (wordAcross(b.text, d.text) > 0 || (GOES_ON.test(d.text) && endsSentence(c.text)));
  return !GOES_ON.test(b.text) && !dFromB;
}

/**
 * Two reports' first lines read one under the other (a text layer reads the first lines of columns side by
 * side together): the first, a dateline's line that stops mid-sentence, is cut off from the rest of its text
 * when the second, a dateline of its own, reads on into the line under it (a word across, or a clause its comma
 * leaves open) and the first does not. The first goes out of the block, to be joined to its text by the
 * reading-order pass.
 */
function openingAstray(a: Line | undefined, b: Line, c: Line | undefined): boolean {
  if (a?.role !== 'dateline' || b.role !== 'dateline' || !isText(c)) return false;
  if (!REPORT_OPEN.test(b.text) || endsSentence(a.text) || CREDIT_TAIL.test(a.text)) return false;
  const bOn = wordAcross(b.text, c.text) >= 2 || /[，、；：]$/u.test(b.text);
  return bOn && !wordAcross(a.text, c.text) && !GOES_ON.test(c.text);
}

/** A report's dateline opening a line: 本报讯, 本报北京7月4日电, 新华社…电. */
const REPORT_OPEN = new RegExp(DATELINE.source, 'u');
/** A line that ends inside or right after a credit: its text may open on any line after it. */
const CREDIT_TAIL = /[）)〉]\s*$|[电讯]\s*$/u;

/** A credit's bracket left open at a line's end after a role or a name (（记者 王一 通讯员, （记者 王一). */
const CREDIT_OPEN = new RegExp(`[（(〈【]\\s*${CREDIT_ROLE}[^（）()〈〉【】]*$`, 'u');
/** The names that close such a credit, a role among them perhaps (李二）…, 通讯员 李二 张三）…). */
const NAMES = `(?:${CREDIT_ROLE}\\s*)?${CREDIT_NAME}(?:[\\s、]+(?:${CREDIT_ROLE}\\s*)?${CREDIT_NAME})*`;
const CREDIT_CLOSE = new RegExp(`^\\s*${NAMES}\\s*[）)〉】]`, 'u');
/** A credit's middle line: names, and maybe the next writer's title whose name the line under it gives. */
const NAMES_ONLY = new RegExp(`^\\s*${NAMES}(?:\\s+${CREDIT_ROLE})?\\s*$`, 'u');

/**
 * A credit cut by another column's line: `a` leaves a credit's bracket open (本报讯（记者 王一 通讯员), `c` closes
 * it with names (李二）3月…), and `b` is neither names nor a closing: a credit names people and closes, it never
 * runs on into a sentence (通讯员 “我们每天…” 李二）would give a name of words).
 */
function creditCut(a: Line, b: Line, c: Line): boolean {
  return CREDIT_OPEN.test(a.raw) && CREDIT_CLOSE.test(c.raw) && !CREDIT_CLOSE.test(b.raw) && !NAMES_ONLY.test(b.raw);
}

/**
 * A section's label (简讯, furniture) read right after a line that stops mid-sentence: it was gathered from
 * over its column with the lines level with it. It goes before the block, where it stands on the page.
 */
function labelAstray(a: Line | undefined, b: Line): boolean {
  return isText(a) && b.role === 'folio' && !endsSentence(a.text) && /[\p{sc=Han}，、；：]$/u.test(a.text);
}

/** A blank line set where the export had none: it takes the number of the line it stands beside. */
function blankAt(line: Line): Line {
  return { n: line.n, raw: '', text: '', width: 0, role: 'blank', indented: false };
}
