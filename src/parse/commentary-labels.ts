/**
 * A commentary's label, set alone over its headline: 短评, 快评, 时评, 评论员文章, 社论, 编辑部文章, 今日谈. A label
 * opens a piece of its own, however close its subject to the piece before (an opinion page's pieces share their
 * words): no feature sets it as an in-body subhead.
 */

/** The words papers label commentaries with, a mark (■, 【】) or the paper's 本报 allowed around them. */
const COMMENTARY_LABEL =
  /^[■□●◆【〖［[]?\s*(?:本报)?(?:短评|快评|时评|微评|热评|锐评|简评|述评|社论|评论员文章|特约评论员文章|编辑部文章|今日谈|一周评)\s*[】〗］\]]?$/u;

/** True when a lone line is a commentary's label (see the module's comment). */
export function isCommentaryLabel(text: string): boolean {
  return COMMENTARY_LABEL.test(text.replace(/\s+/gu, ''));
}
