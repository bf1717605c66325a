/**
 * The lines of the boxes a page prints besides its articles, each known by its words alone: an index's label
 * and entries (导读 / 老街改造下月完工 → 第2版), a QR code's note (扫码关注…), an advertisement's label, a
 * telephone line, the paper's lines for its readers (新闻热线：…). page-boxes.ts and side-boxes.ts decide where
 * such a line stands as a box's (beside its kind, apart from a sentence); this module only says what each reads as.
 */

/**
 * A page named at an entry's end: 2版, 第2版, A3版, 第三版. (Each space belongs to the mark before it: spaces free
 * to fall to any of three quantifiers made a line of spaces cubic to reject.)
 */
const PAGE_REF = '(?:(?:第\\s*)?(?:[A-Za-z]\\s*)?\\d{1,2}|第[一二三四五六七八九十]{1,3})\\s*版';

/**
 * An index entry: a title, then its page after an arrow or a leader (→, >>, ——, ……; OCR reads an arrow as 一),
 * after 见/详见, or in brackets. A jump line names a page too, but after 转/接 in brackets (下转第2版), and is
 * read as one before this.
 */
const LED_ENTRY = new RegExp(
  `^([^，。；！？,;!?（）()]{2,24}?)\\s*(?:→|->|=>|>>|》》|》|—{1,2}|一{1,2}|…+|\\.{3,}|·{3,}|\\s(?:详?见))\\s*${PAGE_REF}$`,
  'u',
);
const BRACKETED_ENTRY = new RegExp(`^(.*?\\S)\\s*[（(〈]\\s*(?:(?:见|详见)\\s*)?${PAGE_REF}\\s*[）)〉]$`, 'u');
/** An entry whose page only stands apart by a space: an index's only beside other entries (page-boxes.ts). */
const SPACED_ENTRY = new RegExp(`^(.*?\\S)\\s+${PAGE_REF}$`, 'u');

/** An index's label (导读, 本期导读, 今日要目; OCR sets a space in 导 读). */
const INDEX_LABEL = /^(?:本期|今日|本版|要闻)?(?:导\s*读|导航|要目|目录|提要)$/u;

/** An advertisement's label. */
const AD_LABEL = /^(?:(?:公益|分类)?广\s*告|广而告之|启事|公告栏)$/u;

/** Scanning a code (扫码, 扫一扫, 长按识别二维码). */
const QR_ACT = '(?:扫码|扫一扫|扫描(?:上方|下方|左侧|右侧)?二维码|长按(?:识别)?二维码|长按识别)';

/**
 * A QR code's note: scan to follow, to read, to download (扫码关注, 扫一扫, 长按识别二维码, 关注某某公众号). Not
 * 扫码 alone after words: a headline tells of scanning codes as often (扫码就医更方便, 老人不会扫码), and a
 * report's line may wrap right after it (…管理，顾客扫码): a note that names no purpose is the scan alone, asked
 * for (请用手机扫码, 微信扫一扫).
 */
const QR_NOTE = new RegExp(
  `${QR_ACT}[\\s，,、]*(?:关注|下载|识别|阅读|了解|获取|观看|收听|进入|查看)|^(?:请|欢迎|敬请)?用?(?:手机|微信)?${QR_ACT}$|^关注\\S{0,12}(?:公众号|视频号|客户端)$`,
  'u',
);

/** A telephone line that is no sentence (订购热线：0571-86551234). */
const PHONE_LINE = /^\p{sc=Han}{0,8}(?:热线|电话|手机|微信|传真)\s*(?:[:：]\s*)?(?:[\d\-—()（）〈〉+ 、/]|转){7,}$/u;

/** The paper's own lines for its readers: its hotline and its mailbox, whatever number or address follows. */
const READERS_LINE = /^(?:新闻|报料|爆料|服务|客服|读者)?热线\s*[:：]|^(?:投稿|来稿)?邮箱\s*[:：]|^E-?mail\s*[:：]/iu;

/** Whether the line is an index's label. */
export const isIndexLabel = (text: string): boolean => INDEX_LABEL.test(text.trim());

/** Whether the line is an advertisement's label. */
export const isAdLabel = (text: string): boolean => AD_LABEL.test(text.trim());

/** Whether the line is a telephone line, no sentence. */
export const isPhoneLine = (text: string): boolean => PHONE_LINE.test(text.trim());

/** Whether the line is a QR code's note, short and no sentence (a report may tell of scanning in a sentence). */
export function isQrNote(text: string): boolean {
  const t = text.trim();
  return QR_NOTE.test(t) && [...t].length <= 20 && !/[。！？]/u.test(t);
}

/** Whether the line is one of the paper's lines for its readers (a hotline, a mailbox), no sentence. */
export function isReadersLine(text: string): boolean {
  const t = text.trim();
  return READERS_LINE.test(t) && t.length <= 40 && !/[，。]/u.test(t);
}

/**
 * Whether the line reads as an index entry: a title and its page after a leader or in brackets, or, with
 * `spaced`, after a space alone (then a title of four characters or more). The title, its mark (●, ▶) dropped,
 * is no sentence and at most thirty characters.
 */
export function isIndexEntry(text: string, spaced = false): boolean {
  const t = text.trim();
  const forms: [RegExp, number][] = [
    [LED_ENTRY, 2],
    [BRACKETED_ENTRY, 2],
    ...(spaced ? [[SPACED_ENTRY, 4] as [RegExp, number]] : []),
  ];
  return forms.some(([re, least]) => {
    const title = re.exec(t)?.[1];
    if (title === undefined) return false;
    const bare = title.replace(/^[●■◆▲▶►·•]\s*/u, '').replace(/\s+/gu, '');
    return bare.length >= least && bare.length <= 30 && !/[。！？；]/u.test(bare);
  });
}
