import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

// A made-up report set in two columns that a PDF text layer read line by line: the first column's line, the
// line beside it in the second column, the first column's next line… (baselines a little apart).
const page = [
  '山区小学用上新食堂',
  '',
  '本报讯（记者 韩冬）开学第一天，青石镇中心小',
  '提前在校门口公示，家长可以随时进食堂查',
  '学的孩子们走进了新建成的食堂。新食堂面',
  '看。校长李红梅说，过去孩子们只能在教室',
  '积四百多平方米，可容纳三百名学生同时就',
  '里吃饭，现在有了宽敞明亮的食堂，孩子们',
  '餐，配备了消毒柜、冷藏柜和留样柜。学校',
  '吃得更安心，家长也更放心了。',
  '实行营养午餐统一采购配送，每周的菜谱',
  '',
  '河道清淤保安澜',
  '',
  '本报讯（记者 韩冬）入汛前，北山乡组织',
  '力量对境内三条主要河道开展清淤，累计',
  '清理淤泥两万多立方米，加固堤防八处。',
];

describe('two columns a text layer read line by line', () => {
  it('reads each column on within itself: the first column, then the second', () => {
    const parsed = parsePage('interleaved.txt', `${page.join('\n')}\n`);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['山区小学用上新食堂', '河道清淤保安澜']);
    expect(parsed.articles[0]!.paragraphs.join('')).toBe(
      '开学第一天，青石镇中心小学的孩子们走进了新建成的食堂。新食堂面积四百多平方米，可容纳三百名学生同时就餐，' +
        '配备了消毒柜、冷藏柜和留样柜。学校实行营养午餐统一采购配送，每周的菜谱提前在校门口公示，家长可以随时进' +
        '食堂查看。校长李红梅说，过去孩子们只能在教室里吃饭，现在有了宽敞明亮的食堂，孩子们吃得更安心，家长也更放心了。',
    );
  });

  it('leaves a single column alone, where the lines next to each other read on', () => {
    const column = [
      '河道清淤保安澜',
      '',
      '本报讯（记者 韩冬）入汛前，北山乡组织力',
      '量对境内三条主要河道开展清淤，累计清理淤',
      '泥两万多立方米，加固堤防八处。乡里还组织',
      '干部群众对沿河村庄的排水沟进行了全面疏',
      '通，确保汛期排水顺畅，群众安全度汛。',
    ];
    const parsed = parsePage('column.txt', `${column.join('\n')}\n`);
    expect(parsed.articles[0]!.paragraphs.join('')).toBe(
      '入汛前，北山乡组织力量对境内三条主要河道开展清淤，累计清理淤泥两万多立方米，加固堤防八处。乡里还组织干部群众' +
        '对沿河村庄的排水沟进行了全面疏通，确保汛期排水顺畅，群众安全度汛。',
    );
  });
});
