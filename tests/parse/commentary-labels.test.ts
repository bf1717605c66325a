import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// An opinion page: a 评论员文章 and a 短评 under it, both about the same thing (an opinion page's pieces share
// their words), neither with a dateline or a byline. Written for this test.
const page = (label: string): string[] => [
  '评论',
  '',
  '评论员文章',
  '',
  '把群众的小事办成实事',
  '',
  '群众的事无小事。社区里一盏路灯、一段台阶，都连着群众的日常，',
  '办好了，群众就会记在心里。',
  '',
  '办实事要先问群众。哪些事群众最急，哪些事群众最盼，都应当先',
  '听一听群众的意见。',
  '',
  '把群众的小事当作大事办，群众的日子就会越过越好。',
  '',
  label,
  '',
  '群众的事 多问群众',
  '',
  '为群众办事，群众说了算。办事前多问一问群众，办事后多听一听',
  '群众的评价，群众的事才能办到群众心里。',
  '（林青）',
];

describe("a commentary's label", () => {
  for (const label of ['短评', '【快评】', '本报评论员文章']) {
    it(`opens a piece of its own, however close its subject to the one before (${label})`, () => {
      const parsed = parse(page(label));
      expect(parsed.articles.map((a) => a.headline)).toEqual(['把群众的小事办成实事', '群众的事多问群众']);
      expect(parsed.articles[1]!.kicker).toBe(label);
      expect(parsed.articles[1]!.signature).toBe('林青');
    });
  }
});
