import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// tesseract (--psm 1/3) read the first two lines of a story's two columns side by side, then the rest of the
// first column as a block, then the rest of the second. Written for this test.
const page = [
  '石桥镇开展防汛演练',
  '本报记者 王一 通讯员 李二     演练模拟了暴雨引发山洪的',
  '本报讯“洪水来了，大家往高处       情景，设置了预警发布、人员转',
  '',
  '走！”昨天上午，随着一阵锣声，',
  '石桥镇三百多名村民在网格员的',
  '带领下，沿着指定路线有序转移',
  '到村小学的安置点。',
  '',
  '移、伤员救治等五个科目，县应',
  '急管理局等单位一百余人参加。',
  '',
];

describe("a column's first lines read with the next column's, the rest of it as a block under them", () => {
  it('put the next column after the block the first column goes on in', () => {
    const story = parse(page).articles;
    expect(story).toHaveLength(1);
    expect(story[0]!.reporters).toEqual(['王一']);
    const body = story[0]!.paragraphs.join('');
    expect(body).toContain('大家往高处走！”昨天上午');
    expect(body).toContain('到村小学的安置点。演练模拟了暴雨引发山洪的情景，设置了预警发布、人员转移、伤员救治');
  });
});
