/**
 * A report credited at its head (本报讯（记者 …）), the kind a column of signed briefs without headlines follows
 * on a page: the tests of where such a brief begins (head-score, article-breaks) set their briefs under it.
 * Written for these tests.
 */
export const SIGNED_BRIEFS_REPORT = [
  '桃源镇开展冬季送温暖活动',
  '',
  '本报讯（记者 林木）近日，桃源镇开展冬季送温暖',
  '活动，走访慰问困难群众一百二十户，送去棉被、',
  '大米和食用油等生活用品。',
  '',
];
