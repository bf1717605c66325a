import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Briefs marked ▲ (as photos' captions are), a column's label under the last. Written for these tests.
const parse = linesParser('marked-brief-label.txt');

describe("a ▲ brief closed by its writer's credit, a column's label set under it", () => {
  it('keeps its head: the credit closes its text, and the label after it is no part of it', () => {
    const page = parse([
      '简讯',
      '',
      '▲东坪镇建成首个村级养老服务站',
      '',
      '近日，东坪镇下湾村养老服务站建成投用，为村里八十岁以',
      '上老人提供助餐和日间照料服务。（记者 王一 通讯员 李二）',
      '',
      '▲西岭街道试行“楼长”制度',
      '',
      '西岭街道在六个老旧小区试行“楼长”制度，由热心居',
      '民担任楼长，协助社区收集意见、调解邻里纠纷。（通讯员 赵三）',
      '',
      '城南观察',
      '',
      '旧衣回收要“收”更要“管”',
      '',
      '旧衣回收箱摆进小区好几年了，可不少居民发现，',
      '投进去的旧衣服去向不明，回收箱也常常塞满没人清。',
      '回收要做好，后面的运输和处理一环也不能少。（江枫）',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '东坪镇建成首个村级养老服务站',
      '西岭街道试行“楼长”制度',
      '旧衣回收要“收”更要“管”',
    ]);
    expect(page.articles[1]!.paragraphs.join('')).not.toContain('城南观察');
    expect(lost(page)).toEqual([]);
  });
});
