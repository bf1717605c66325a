import { describe, expect, it } from 'vitest';
import { expectMovedBack, movedBlockPage } from '../support/moved-block.js';

// A PDF text layer read a report's second column after the next report, whose writers' credit closes it
// on a line of its own under its last sentence. The column opens mid-sentence and a word runs across the
// join (存|在): text right after a closed article, with no head line over it, was left there, and goes
// back after the report it finishes. Written for this test.
const page = movedBlockPage(
  [
    '东湖街道推进社区食堂建设',
    '本报讯（记者 林红）记者从东湖街道获悉，今年以来，',
    '街道已建成社区食堂六家，每天为辖区老人提供午餐',
    '和晚餐，价格实惠，品种丰富。不过，部分食堂仍存',
  ],
  ['在就餐人数少、菜品更新慢等问题。街道表示，下一', '步将引入专业团队运营，让老人吃得更好。'],
  [
    '本报讯 本月起，城西新开一条公交线路，连通三个小',
    '区和地铁站，沿线居民出行更方便了。公交公司表示，',
    '线路运行一个月后，将根据客流调整发车间隔。',
    '本报记者 韩冬',
  ],
);

describe('text left after an article its credit closed', () => {
  it('goes back after the report it finishes when a word runs across the join', () => {
    const parsed = expectMovedBack(page, /部分食堂仍存在就餐人数少、菜品更新慢等问题。/u, '就餐');
    expect(parsed.articles[1]!.reporters).toEqual(['韩冬']);
  });
});
