import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Two stories and a column of briefs set side by side under their headlines; tesseract (--psm 3) read the
// headlines and the briefs' label as one line, then each story's column as a block. Written for this test.
const page = [
  '东河社区开展消防演练            简 讯            西岭村办起农家书屋',
  '',
  '本报讯（记者 王一）东河社区昨日组织居民开展消防',
  '演练，一百多名居民参加了疏散和灭火器使用训练。',
  '',
  '演练结束后，消防员还讲解了家庭用火用电常识。',
  '',
  '■石桥镇举办农技培训',
  '石桥镇日前举办农技培训班，两百多名农户参加。（李二）',
  '',
  '本报记者 张三',
  '西岭村的农家书屋日前开门，村民可以免费借阅各类图书。',
  '书屋由村里的旧仓库改建，藏书两千多册。',
  '',
];

describe('headlines side by side over stories OCR read as blocks one after another', () => {
  it('each head the story it stands over', () => {
    const stories = parse(page).articles;
    const heads = stories.map((a) => a.headline);
    expect(heads[0]).toBe('东河社区开展消防演练');
    expect(heads.at(-1)).toBe('西岭村办起农家书屋');
    expect(stories.at(-1)!.reporters).toEqual(['张三']);
    expect(stories[0]!.paragraphs.join('')).toContain('消防员还讲解了家庭用火用电常识。');
    expect(heads).not.toContain('东河社区开展消防演练简讯西岭村办起农家书屋');
  });

  it("keep a headline's 副题 read beside it over the same story", () => {
    const lines = ['东河社区开展消防演练            ——百余名居民学会逃生自救', ...page.slice(1)];
    const heads = parse(lines).articles.map((a) => `${a.headline}${a.subhead ?? ''}`);
    expect(heads[0]).toBe('东河社区开展消防演练——百余名居民学会逃生自救');
    expect(heads.filter((h) => h.includes('百余名居民'))).toHaveLength(1);
  });
});
