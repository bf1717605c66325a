/**
 * A section's name set alone at the top of a page (本地, 热点, 城市 · 新闻, 新闻 NEWS): a word or two a paper
 * names its pages by, not a headline. A text page (an export of the printed lines in reading order) gives it
 * first, over the first story's headline, where it reads like a one-word headline or a 引题.
 */

/**
 * Words pages are named by, as the last word of a section's name (杭州新闻, 今日关注, 西湖副刊). A name made of
 * them alone at the page's top, over a headline, is the section's (see furniture.ts).
 */
const SECTION_WORD =
  '(?:新闻|要闻|综合|生活|经济|财经|体育|文化|文体|国际|国内|社会|法治|法制|教育|健康|科技|时政|评论|时评|观点|副刊|专版|专刊|专题|视点|视觉|城事|民生|民声|观察|时事|论坛|周刊|三农|生态|文旅|党建|政务|人物|本地|地方|热点|焦点|关注|娱乐|天下|世界|环球|读书|阅读|旅游|汽车|房产|楼市|公益|消费|深度|调查|特稿|财富|金融|产经|理论|县域|区县|乡镇|农村|乡村|城乡|城市|都市|社区|人文|天气|气象|资讯|服务|便民|身边|文艺|艺术|收藏|美食|军事|平安|警务)';

const NAMED = new RegExp(`^\\p{sc=Han}{0,2}${SECTION_WORD}$`, 'u');

/**
 * Whether a line is a section's name as a page prints it at its top: one or two short names (joined by a
 * middle dot or a space), each a section's word after at most two characters or a word of two characters
 * alone, perhaps with its Latin name after it (新闻 NEWS). Never a sentence, a date or a number.
 */
export function isTopSection(raw: string): boolean {
  const han = raw
    .trim()
    .replace(/(?<!\s)(?:\s+[A-Z][A-Za-z]*)+$/u, '')
    .trim();
  const parts = han.split(/\s*[·・.。．\s]\s*/u).filter(Boolean);
  if (!parts.length || parts.length > 2) return false;
  return parts.every((p) => /^\p{sc=Han}+$/u.test(p) && (NAMED.test(p) || p.length <= 2));
}
