import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

// Made-up page: agency copy ends with an end mark set alone on its last line, then a local report follows.
const parse = linesParser('end-marks.txt');
const agencyCopy = (mark: string) => [
  '新华社北京3月5日电 今天上午，全国农业技术推广会议在京召开。会议要求各地做好春耕备耕工作。',
  '',
  '与会代表表示，将把会议精神带回去，抓好落实。',
  mark,
  '',
  '城区新建三座口袋公园',
  '本报讯（记者 王一）近日，城区新建的三座口袋公园对市民开放。公园里种植了多种花木。',
];

describe('the end mark of agency copy', () => {
  it.each(['（完）', '(完)', '（全文完）', '（未完待续）'])(
    'keeps %s in the text, not as the writer who signed it',
    (mark) => {
      const page = parse(agencyCopy(mark));
      const [copy, report] = page.articles;
      expect(copy!.signature).toBeNull();
      // (OCR's half-width brackets are set full-width, as the text's own.)
      expect(copy!.paragraphs.at(-1)).toBe(
        `与会代表表示，将把会议精神带回去，抓好落实。${mark.replace('(', '（').replace(')', '）')}`,
      );
      expect(report!.headline).toBe('城区新建三座口袋公园');
      expect(lost(page)).toEqual([]);
    },
  );

  it('still reads a name alone in brackets under the text as its signature', () => {
    const page = parse(agencyCopy('（完颜明）'));
    expect(page.articles[0]!.signature).toBe('完颜明');
  });
});
