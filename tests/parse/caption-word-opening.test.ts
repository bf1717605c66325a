import { describe, expect, it } from 'vitest';
import { linesParser, lost, readArticles, setInColumn } from '../support/page-lines.js';

const parse = linesParser('caption-word-opening.txt');

const DATELINE = '本报讯（记者 庞若溪）';
const OPENING = `${DATELINE}昨日，青石区老街改造工程完成设计，施工单位领到了全套施工图。`;
const REST = '图纸：主街拓宽到十二米，两侧铺设透水砖，沿街建筑保留原有青砖外立面。工程预计明年五月完工。';

describe('a line opening with 图 and a word before a colon (图纸：, 图像：)', () => {
  it('is the text it stands in when the page numbers no photo', () => {
    const page = parse(['老街改造工程完成设计', '', ...setInColumn(OPENING, 19), '', ...setInColumn(REST, 19), '']);
    expect(readArticles(page)).toEqual([
      {
        headline: '老街改造工程完成设计',
        captions: [],
        paragraphs: [OPENING.slice(DATELINE.length), REST],
      },
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('still opens a caption whose number OCR misread, beside the gallery’s other numbered captions', () => {
    const page = parse([
      '老街换新颜',
      '',
      '图①：改造后的老街主街，两侧铺设了透水砖。',
      '图仙：沿街建筑保留了原有的青砖外立面。',
      '本报记者 庞若溪 摄',
      '',
      ...setInColumn(OPENING, 19),
      '',
    ]);
    expect(readArticles(page)[0]!.captions).toHaveLength(2);
    expect(lost(page)).toEqual([]);
  });
});
