import { describe, expect, it } from 'vitest';
import { linesParser } from '../support/page-lines.js';

// Made-up reports as a PDF text layer gives them: half-width digit runs set on lines of their own.
const parse = linesParser('printed.txt');

describe('a paragraph end is read off the printed line, not the piece a number left', () => {
  it('keeps a paragraph whole where a full line was broken at its number (…患者 1 / 3 / 0 / 0 余人次，群众)', () => {
    // The printed line is "…已接诊患者1300余人次，群众": its last piece alone is short, the line is full (every
    // line of the block is in pieces, so none shows the measure to join them by).
    const page = parse([
      '镇卫生院开设夜间门诊',
      '',
      '本报讯（记者 韩冬） 本月 1',
      '2',
      '日起，青石镇卫生院开设夜间门诊，每晚 1',
      '8',
      ' 时至 2',
      '1',
      ' 时安排医生坐诊。开设 4',
      '0',
      ' 天来，已接诊患者 1',
      '3',
      '0',
      '0 余人次，群众',
      '不用再连夜赶往县城看病。',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
    expect(page.articles[0]!.paragraphs[0]).toContain('1300余人次，群众不用再连夜');
  });

  it('gives the digits that opened a printed line to that line, not to the full line before it', () => {
    // Printed: "…平均办理时间压缩了" / "60%以上。" (a short last line: the paragraph ends) / the next paragraph.
    const page = parse([
      '政务大厅推行一次办',
      '',
      '本报讯（记者 韩冬） 今年以来，区政务服务中心梳理',
      '出不动产登记、企业开办等一百多个事项，',
      '实现“一件事一次办”，平均办理时间压缩了',
      '6',
      '0',
      '%以上。',
      '中心还开设了“办不成事”反映窗口，专门受',
      '理群众在办事过程中遇到的疑难问题。',
    ]);
    const paras = page.articles[0]!.paragraphs;
    expect(paras).toHaveLength(2);
    expect(paras[0]).toMatch(/压缩了60%以上。$/u);
    expect(paras[1]).toMatch(/^中心还开设了/u);
  });
});

describe('a narrow column beside wider text', () => {
  it('reads two lines as wide as each other as full lines of their column, not as a paragraph end', () => {
    // A brief set in a narrow column right under a wider report, no dateline between: the local measure takes in
    // the wider lines.
    const page = parse([
      '旧厂房变身文创园',
      '',
      '本报讯（记者 韩冬） 位于城北的老纺织厂闲置多年，今年经过改造，',
      '变身为集展览、办公、餐饮于一体的文创园区，已有二十多家小微企业',
      '入驻。园区负责人介绍，改造保留了老厂房的红砖外墙和锯齿形屋顶，',
      '让老工业记忆留在了城市里，不少市民周末专程赶来拍照打卡，园区',
      '里的咖啡馆和书店也跟着热闹起来。',
      '',
      '湖畔步道全线贯通',
      '',
      '记者昨日获悉，经过半年',
      '施工，环湖步道近日全线',
      '贯通，全长十二公里，沿',
      '途设置了休息驿站和观景',
      '平台，市民可以沿湖散步。',
    ]);
    const brief = page.articles.find((a) => a.headline === '湖畔步道全线贯通')!;
    expect(brief.paragraphs).toEqual([
      '记者昨日获悉，经过半年施工，环湖步道近日全线贯通，全长十二公里，沿途设置了休息驿站和观景平台，市民可以沿湖散步。',
    ]);
  });
});
