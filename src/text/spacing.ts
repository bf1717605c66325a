/**
 * OCR spacing cleanup. Browser-safe.
 */

const ASCII_WORD = /[A-Za-z0-9]/;
const ASCII_JOINER = /[A-Za-z0-9.,;:!?%'"()\]\-+/&]/;

/**
 * Removes the spaces OCR puts beside Chinese punctuation and between Chinese and digits, keeping single
 * spaces between Latin words ("JINGKAIQU XINWEN", "7th Door").
 */
export function cleanSpacing(text: string): string {
  const t = stripInvisible(text)
    .replace(/[\s\u3000\u00a0]+/gu, ' ')
    .trim();
  if (!t.includes(' ')) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch !== ' ') {
      out += ch;
      continue;
    }
    const before = out.at(-1) ?? '';
    const after = t[i + 1] ?? '';
    // Note: only a space between two pieces of Latin text is real; everything else is justification.
    if (ASCII_JOINER.test(before) && ASCII_JOINER.test(after) && (ASCII_WORD.test(before) || ASCII_WORD.test(after))) {
      out += ' ';
    }
  }
  return out;
}

/** Joins the cleaned lines of one paragraph; a space only where a Latin word meets a Latin word. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}

/**
 * Cleans spacing but keeps spaces between Han characters: in credits they separate names
 * (`记者 王一 通讯员 李二 张三`).
 */
export function softClean(text: string): string {
  return stripInvisible(text)
    .replace(/[\s\u3000\u00a0]+/gu, ' ')
    .trim()
    .replace(/ ?([，。、；：？！“”‘’（）《》【】—…]) ?/gu, '$1')
    .replace(/(\p{sc=Han}) (?=[0-9])|([0-9]) (?=\p{sc=Han})/gu, '$1$2');
}

/**
 * Zero-width and bidirectional-control characters carry no letters; in OCR text they only hide or reorder
 * what a reader sees (a bidi override can make a line display backwards), so they are dropped.
 */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu, '');
}

/** The text with every space taken out, as lines are compared whatever spacing OCR or an export gave them. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/gu, '');
}
