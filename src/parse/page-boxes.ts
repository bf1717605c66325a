/**
 * Boxes a page prints among its articles that are no article: a 导读 box (other pages' headlines, each with its
 * page: `全县冬季造林任务过半 2版`), a QR code's line (扫码关注…, 扫一扫…), an advert's or a box's label (广告,
 * 导读), the paper's own hotline or mailbox for readers (新闻热线：…, 投稿邮箱：…). Their lines are the page's
 * furniture, never a headline or an article's text, wherever the box stands. (What each line reads as is
 * box-lines.ts's; side-boxes.ts marks the boxes that stand apart once the strip is known.)
 */
import { isAdLabel, isIndexEntry, isIndexLabel, isQrNote, isReadersLine } from './box-lines.js';
import { endsSentence } from '../text/chars.js';
import type { Line } from './line.js';

/** True when a line of text, as a whole, is a box's label or a readers' line. */
const isBoxLine = (text: string): boolean => isIndexLabel(text) || isAdLabel(text) || isReadersLine(text);

/**
 * True when a QR code's note stands apart from the text above it: a report's line may open on the scan too
 * (…管理，顾客 / 扫码查看摊主信息和价格，开市首 / 周客流…), under a line that stops mid-sentence.
 */
function qrApart(lines: readonly Line[], k: number): boolean {
  const above = lines[k - 1];
  return !above || above.role !== 'text' || endsSentence(above.text);
}

/**
 * Marks the lines of boxes that are no article (see the module's comment) as the page's furniture. An index entry
 * whose page stands apart by a space counts beside another one or under the box's label (a line of text may end
 * on 第 3 版 once; a box lists several).
 */
export function markBoxes(lines: Line[]): void {
  const at = lines.flatMap((l, k) => (l.role === 'blank' ? [] : [k]));
  const printed = at.map((k) => lines[k]!);
  const guide = printed.map((l) => l.role === 'text' && isIndexEntry(l.raw, true));
  const label = printed.map((l) => isIndexLabel(l.text) || isAdLabel(l.text));
  printed.forEach((l, i) => {
    if (l.role !== 'text') return;
    const near = [i - 2, i - 1, i + 1, i + 2].some((k) => guide[k] || (k < i && label[k]));
    const qr = isQrNote(l.text) && qrApart(lines, at[i]!);
    if (isBoxLine(l.text) || qr || (guide[i] && near)) l.role = 'folio';
  });
}
