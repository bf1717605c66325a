import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

/** Made-up reports set as a text page gives them: one printed line a line, blank lines between blocks. */
const parse = linesParser('reporter-columns.txt');

describe('a box titled 记者手记 (or 记者观察) under a report', () => {
  it('is a title over the box, not a byline naming a reporter 手记', () => {
    const page = parse([
      '山村通了水泥路',
      '',
      '本报讯（记者 钱一凡）近日，青岭村通村公路完成硬化，',
      '全长六公里，村民出行不再“晴天一身灰，雨天一身泥”。',
      '',
      '记者手记',
      '',
      '采访结束时，天已经黑了。村口的路灯亮起来，照着新',
      '修的水泥路。老支书说，这条路他盼了三十年。',
    ]);
    expect(page.articles.flatMap((a) => a.reporters)).toEqual(['钱一凡']);
    expect(page.articles.map((a) => a.byline)).not.toContain('记者手记');
    expect(lost(page)).toEqual([]);
  });
});

describe('a commentary signed by its writer’s title alone under a mark (■本报评论员)', () => {
  it('is signed by 本报评论员, not closed by a pull quote', () => {
    const page = parse([
      '别让“指尖上的形式主义”卷土重来',
      '',
      '工作群里打卡、接龙、晒照片，一些基层干部疲于应付。',
      '减负，要从源头上管住。',
      '',
      '■ 本报评论员',
    ]);
    expect(page.articles.map((a) => [a.signature, a.pullQuotes])).toEqual([['本报评论员', []]]);
    expect(lost(page)).toEqual([]);
  });
});
