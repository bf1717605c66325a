/**
 * The boxes a printed page carries besides its articles, wherever an export sets them (page-boxes.ts reads the
 * 导读 entries with a page set apart, QR lines and the readers' lines on their own): an index of the issue's
 * pages (导读: 老街改造下月完工 → 第2版), a weather box (今日天气 / 多云转晴 / 8℃～17℃ / 东北风3级), a QR code's
 * note (扫码关注 / “某某发布” / 获取更多资讯), an advertisement's label and telephone (广告, 订购热线：…), and
 * the labels of columns set over a story (【基层动态】, ◆一线传真◆, 民生关注 MINSHENG GUANZHU). None of it is an
 * article's text or headline: it goes to the page (furniture), as the strip does. (What each line reads as is
 * box-lines.ts's.)
 */
import { endsSentence } from '../text/chars.js';
import { isAdLabel, isIndexEntry, isIndexLabel, isPhoneLine, isQrNote } from './box-lines.js';
import { isCommentaryLabel } from './commentary-labels.js';
import type { Line } from './line.js';
import { noticeContacts } from './notice-lines.js';

/** What a weather box is made of: its label, the day each line tells of (今天：…, 3月15日 …), the sky,
 * temperatures, wind, the air. */
const WEATHER_TOKEN =
  /(?:今日|明日|今天|明天|后天|本地|城区)?天气(?:预报)?|今天|明天|后天|今日|明日|今夜|明晨|\d{1,2}月\d{1,2}日|晴|多云|阴|转|小到中雨|中到大雨|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|有雾|雾|霾|间|局部|白天|夜间|气温|最高|最低|[东南西北]{1,2}风\s*\d(?:\s*[~～\-—至到]\s*\d)?\s*级|微风|空气质量|优|良|轻度污染|湿度|紫外线|-?\d{1,2}\s*(?:℃|°C|°|["'”]C|度)(?:\s*[~～\-—至到/]\s*-?\d{1,2}\s*(?:℃|°C|°|["'”]C|度))?|[:：~～\-—/%％\d\s]/uy;

/** Whether the whole line is a weather box's (and says more than a word or two that text also uses). */
function isWeather(text: string): boolean {
  const t = text.trim();
  if (!/(?:天气|晴|多云|阴|雨|雪|℃|°C|["'”]C|风\s*\d)/u.test(t)) return false;
  let at = 0;
  while (at < t.length) {
    WEATHER_TOKEN.lastIndex = at;
    const m = WEATHER_TOKEN.exec(t);
    if (!m || !m[0]) return false;
    at += m[0].length;
  }
  return true;
}

/** A column's label in marks (【基层动态】, ◆一线传真◆, ■民生关注■, [社区新闻]): a pull quote has no closing mark. */
const MARKED_LABEL = /^(?:【\s*\p{sc=Han}{2,8}\s*】|\[\s*\p{sc=Han}{2,8}\s*\]|([◆■●★▲□◇◎])\s*\p{sc=Han}{2,8}\s*\1)$/u;

/**
 * A column's label with its Latin (pinyin) name after it on one line (民生关注 MINSHENG GUANZHU): capitals, six
 * or more (a speck OCR read beside a headline as letters is a few, Ai, Ee).
 */
const LABEL_LATIN = /^[◆■●★▲□◇【\[]?\s*\p{sc=Han}{2,6}\s*[◆■●★▲□◇】\]]?\s+(?=(?:\s?[A-Z]){6})[A-Z]{2,}(?:\s?[A-Z]+)*$/u;

/** A line of Latin capitals (a label's pinyin), letter-spaced or not. */
const LATIN_LINE = /^[A-Z](?:\s?[A-Z]){5,}$/u;

/** Whether the line is short and says no sentence (a box's line: a name, a slogan, a note). */
const shortNote = (l: Line): boolean => [...l.text].length <= 16 && !/[。，；！？,;!?]/u.test(l.text);

/** Runs of printed lines with no blank line between them. */
function runs(lines: readonly Line[]): Line[][] {
  const out: Line[][] = [];
  let run: Line[] = [];
  for (const l of lines) {
    if (l.role === 'blank') {
      if (run.length) out.push(run);
      run = [];
    } else run.push(l);
  }
  if (run.length) out.push(run);
  return out;
}

/** Whether a line could be furniture (text, a pull quote's mark aside, or already furniture). */
const free = (l: Line): boolean => ['text', 'pullquote', 'folio', 'noise'].includes(l.role);

/** Marks the boxes' lines (see the module's comment) as furniture. */
export function markSideBoxes(lines: readonly Line[]): void {
  // (A notice's contact line over its issuer is the notice's text: notice-lines.ts.)
  const contacts = noticeContacts(lines);
  const ofNotice = (l: Line): boolean => contacts.has(l);
  for (const run of runs(lines)) {
    // A box standing apart, every line its kind: a weather box, an index.
    const box = run.every((l) => free(l) && (isWeather(l.text) || isIndexLabel(l.text) || isIndexEntry(l.text)));
    if (box) for (const l of run) l.role = l.role === 'noise' ? 'noise' : 'folio';
    else {
      markNotes(run, ofNotice);
      markLines(run, ofNotice);
    }
  }
}

/**
 * A QR note's other lines: the account's name in quotes, what scanning gives (获取更多资讯), a line OCR opened
 * with the code's squares read as a character (国 某某发布).
 */
const NOTE_TAIL = /^[“"「『].{2,14}[”"」』]$|获取|了解|更多|关注|下载|资讯|精彩|阅读|^[国口回田]\s+\S/u;

/**
 * Marks a QR code's note with the short lines under it that go on with it (a text layer runs them into the head
 * under them, with no blank line between), and an advertisement standing apart.
 */
function markNotes(run: readonly Line[], ofNotice: (l: Line) => boolean): void {
  run.forEach((l, i) => {
    if (!free(l) || !isQrNote(l.text) || !shortNote(l)) return;
    l.role = 'folio';
    for (const n of run.slice(i + 1, i + 3)) {
      if (n.role !== 'text' || !shortNote(n) || !NOTE_TAIL.test(n.raw.trim())) break;
      n.role = 'folio';
    }
  });
  // An advertisement standing apart: its label, or its telephone line last, among its short lines (its name,
  // its slogans, its label wherever a text layer set it, OCR's specks of its frame).
  const phoneLast = isPhoneLine(run.at(-1)!.text) && !ofNotice(run.at(-1)!);
  const ad = run.some((l) => isAdLabel(l.text)) || (run.length <= 5 && phoneLast);
  if (ad && run.every((l) => free(l) && (shortNote(l) || isPhoneLine(l.text))))
    for (const l of run) if (l.role !== 'noise') l.role = 'folio';
}

/** Marks the lines in a run of text that are a box's whatever stands around them: labels, index entries. */
function markLines(run: readonly Line[], ofNotice: (l: Line) => boolean): void {
  run.forEach((l, i) => {
    if (l.role !== 'text' && l.role !== 'pullquote') return;
    const t = l.text.trim();
    const prev = run[i - 1];
    // (Not a line that goes on from a sentence the line before leaves open.)
    const apart = !prev || prev.role !== 'text' || endsSentence(prev.text);
    // (A commentary's label in brackets, 【快评】, opens the piece under it: commentary-labels.ts.)
    if (isCommentaryLabel(t)) return;
    if (MARKED_LABEL.test(t) || LABEL_LATIN.test(l.raw.trim()) || isIndexLabel(t) || isAdLabel(t)) l.role = 'folio';
    else if (l.role === 'text' && apart && (isIndexEntry(t) || (isPhoneLine(t) && !ofNotice(l)))) l.role = 'folio';
  });
  // A label's Latin name on the line under it (民生关注 / MINSHENG GUANZHU): both the page's.
  run.forEach((l, i) => {
    const label = run[i - 1];
    const latin = ['text', 'folio', 'masthead'].includes(l.role) && LATIN_LINE.test(l.raw.trim());
    if (!latin || !label || label.role !== 'text') return;
    if (!/^\p{sc=Han}{2,6}$/u.test(label.text)) return;
    if (l.role === 'text') l.role = 'folio';
    label.role = 'folio';
  });
}
