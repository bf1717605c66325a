import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A page written for this test, as tesseract reads it in a page-wide mode: a story's headline set large over
// its columns, a scrap of its large type read beside it, the columns read across under it.

describe('a scrap of large type beside a headline over columns read across', () => {
  it('heads no column: the headline heads the story, which reads on over all its columns', () => {
    const page = parse([
      '群众盼了十年',
      '',
      '趴     东湖大桥建成通车',
      '',
      '本报讯（记者 王一 通讯员 李二）    过去，东岸五个村的群众进城要绕行    县交通局介绍，大桥建设采用了装配式',
      '11月28日上午，连接东湖两岸的东湖    十几公里，雨季湖水上涨时，老桥常    技术，比原计划提前两个月完工，下月',
      '大桥正式建成通车，大桥全长两百六    被淹没，学生上学很不方便。大桥通    起将开通两条公交线路，方便群众出',
      '十米，双向两车道。                  车后，到县城只需十五分钟。          行。',
      '',
    ]);
    expect(page.articles).toHaveLength(1);
    const [story] = page.articles;
    expect(story!.headline).toContain('东湖大桥建成通车');
    expect(story!.paragraphs).toHaveLength(3);
    expect(story!.paragraphs[2]).toMatch(/^县交通局介绍.*方便群众出行。$/u);
    expect(page.unassigned.map((u) => u.text)).toEqual(['趴']);
  });
});
