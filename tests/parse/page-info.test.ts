import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/parse/lines.js';
import { parsePage } from '../../src/parse/page.js';

describe("the page's date", () => {
  const page = (top: string, meta = {}) =>
    parsePage('p.txt', `${top}\n本报讯 （记者 王一） 2023年5月26日，区里召开会议。\n`, { meta });
  it('is the date its date line prints, not a guess', () => {
    const p = page('2023年6月2日 星期五 农历四月十五');
    expect(p.page).toMatchObject({ date: '2023-06-02', dateInferred: false });
    expect(p.warnings.map((w) => w.code)).not.toContain('date-inferred');
    expect(p.unassigned).toEqual([{ line: 1, text: '2023年6月2日星期五农历四月十五' }]);
  });
  it("is the date a strip of furniture prints, with the page number, the page's name and the editors in the same line", () => {
    for (const strip of [
      '2023年6月2日 星期五 第2版 责任编辑：李红 校对：王芳',
      '02 青石新闻 2023年6月2日',
      'A2版 2023年6月2日星期五 青石新闻',
    ]) {
      const p = page(strip);
      expect(p.page, strip).toMatchObject({ date: '2023-06-02', dateInferred: false });
      expect(p.unassigned.map((u) => u.line)).toEqual([1]);
    }
    // A headline that opens with a date, or a number and words, is no furniture.
    expect(readLines('2023年6月2日起施行新规\n12 万人次参加招聘会').map((l) => l.role)).toEqual(['text', 'text']);
  });
  it("is inferred from the text when the date line's weekday disagrees (a misread digit), or front matter gives one", () => {
    expect(page('2023年6月3日 星期五').page).toMatchObject({ date: '2023-06-03', dateInferred: true });
    expect(page('2023年6月2日 星期五', { date: '2023-06-09' }).page).toMatchObject({
      date: '2023-06-09',
      dateInferred: false,
    });
  });
});
