/**
 * Boxes a page prints among its articles that are no article: a 导读 box (other pages' headlines, each with its
 * page: `全县冬季造林任务过半 2版`), a QR code's line (扫码关注…, 扫一扫…), an advert's or a box's label (广告,
 * 导读), the paper's own hotline or mailbox for readers (新闻热线：…, 投稿邮箱：…). Their lines are the page's
 * furniture, never a headline or an article's text, wherever the box stands.
 */
import type { Line } from './line.js';

/** A page reference closing a 导读 entry: 2版, 第2版, A3版, in brackets or after a leader (……, ·····). */
const PAGE_REF = '第?\\s*[A-Za-z]?\\s*\\d{1,2}\\s*版';
/**
 * A 导读 entry: a title, then its page set apart (a space or a leader) or in brackets. Running text never ends on a
 * page number set apart; a jump line (下转第2版) names a page after 转/接 and is read as one before this.
 */
const GUIDE_ENTRY = [
  new RegExp(`^(.*?\\S)(?:\\s+|\\s*[…·.—-]{2,}\\s*)${PAGE_REF}$`, 'u'),
  new RegExp(`^(.*?\\S)\\s*[（(〈]\\s*(?:见|详见)?\\s*${PAGE_REF}\\s*[）)〉]$`, 'u'),
];
/** A box's label alone: 导读 (本期导读, 今日导读, 要闻导读), 广告, 公益广告. */
const BOX_LABEL = /^(?:本期|今日|本版|要闻)?导\s*读$|^(?:公益)?广\s*告$/u;
/** A QR code's line: 扫码关注…, 扫一扫…, 扫描二维码…, 长按识别二维码…; short, never a sentence of a report. */
const QR_LINE = /^(?:请|欢迎)?(?:扫码|扫一扫|扫描(?:上方|下方|左侧|右侧)?二维码|长按(?:识别)?二维码|微信扫码)/u;
/** The paper's own lines for its readers: its hotline and its mailbox, whatever number or address follows. */
const READERS_LINE = /^(?:新闻|报料|爆料|服务|客服|读者)?热线\s*[:：]|^(?:投稿|来稿)?邮箱\s*[:：]|^E-?mail\s*[:：]/iu;

/** True when a line of text, as a whole, is a box's label, a QR code's line or a readers' line. */
export function isBoxLine(text: string): boolean {
  const t = text.trim();
  if (BOX_LABEL.test(t)) return true;
  if (QR_LINE.test(t) && t.length <= 20 && !/[。！？]/u.test(t)) return true;
  return READERS_LINE.test(t) && t.length <= 40 && !/[，。]/u.test(t);
}

/** True when a line of text, as a whole, reads as a 导读 entry (a title and its page set apart). */
export function isGuideEntry(text: string): boolean {
  const t = text.trim();
  const title = GUIDE_ENTRY.map((re) => re.exec(t)?.[1]).find((x) => x !== undefined);
  if (title === undefined) return false;
  // The title, its mark (●, ▶) dropped: four characters or more, no sentence's end in it, short.
  const bare = title.replace(/^[●■◆▲▶►·•]\s*/u, '').replace(/\s+/gu, '');
  return bare.length >= 4 && bare.length <= 30 && !/[。！？；]/u.test(bare);
}

/**
 * Marks the lines of boxes that are no article (see the module's comment) as the page's furniture. A 导读 entry
 * counts beside another one or under the box's label (a line of text may end on 第 3 版 once; a box lists several).
 */
export function markBoxes(lines: Line[]): void {
  const printed = lines.filter((l) => l.role !== 'blank');
  const guide = printed.map((l) => l.role === 'text' && isGuideEntry(l.raw));
  const label = printed.map((l) => BOX_LABEL.test(l.text.trim()));
  printed.forEach((l, i) => {
    if (l.role !== 'text') return;
    const near = [i - 2, i - 1, i + 1, i + 2].some((k) => guide[k] || (k < i && label[k]));
    if (isBoxLine(l.text) || (guide[i] && near)) l.role = 'folio';
  });
}
