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

  it('is text when only word-like openings stand on the page: they do not vouch for each other', () => {
    const other = '图像：沿街的店招统一为木质牌匾，夜间亮化采用暖色灯光，工程预计明年五月完工。';
    const page = parse(['老街改造工程完成设计', '', OPENING, '', REST, '', other, '']);
    expect(readArticles(page)[0]!.captions).toEqual([]);
    expect(lost(page)).toEqual([]);
  });

  it('is text in a story under another story’s gallery, its credit between them', () => {
    const page = parse([
      '老街改造首期完工',
      '',
      '本报讯（记者 庞若溪）5月7日，芦湾镇老街改造首期工程完工，沿街38栋老房子完成外立面修缮。',
      '',
      '图①：改造后的老街主街，两侧铺设了透水砖。',
      '图②：沿街建筑保留了原有的青砖外立面。',
      '本报记者 庞若溪 摄',
      '',
      '新区规划展开门迎客',
      '',
      '本报讯（记者 祁方远）昨日，新区规划展示馆对市民开放，展出新区总体规划和重点片区的设计方案。',
      '',
      REST,
      '',
    ]);
    const plan = readArticles(page).find((a) => a.headline === '新区规划展开门迎客')!;
    expect(plan.captions).toEqual([]);
    expect(plan.paragraphs).toContain(REST);
    expect(lost(page)).toEqual([]);
  });
});
