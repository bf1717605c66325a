import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

const parse = (lines: string[]) => parsePage('caption-beside.txt', `${lines.join('\n')}\n`);
const captions = (page: ReturnType<typeof parse>) => page.articles.map((a) => a.captions.map((c) => c.text));
const body = (page: ReturnType<typeof parse>, i: number): string => page.articles[i]!.paragraphs.join('');
const lost = (page: ReturnType<typeof parse>): string[] =>
  page.warnings.filter((w) => w.code === 'conservation').map((w) => w.message);
const GAP = ' '.repeat(16);

describe("a caption OCR read on one line with another column's text", () => {
  it('takes the caption off the line and leaves the text to its column, the credit read beside it too', () => {
    const page = parse([
      '河滩公园新添步道',
      '',
      '本报讯（记者 王一明 通讯员 李二）近日，',
      '河滩公园新修的步道全线贯通，沿河两岸种',
      '上了柳树和月季。公园管理处提醒市民，夜',
      `白鹭在河滩浅水处觅食。${GAP}间散步请结伴而行，不要走近水边，带孩`,
      `赵三丰/摄${GAP}子的家长要看好孩子。`,
      '',
      '老街路灯换新',
      '',
      '本报讯（记者 钱四 通讯员 孙五）入冬以来，老街的路灯陆续换成节能灯，路面比以前亮堂多了。',
    ]);
    expect(captions(page)).toEqual([['白鹭在河滩浅水处觅食。赵三丰/摄'], []]);
    expect(body(page, 0)).toContain('提醒市民，夜间散步请结伴而行，不要走近水边，带孩子的家长要看好孩子。');
    expect(body(page, 0)).not.toContain('白鹭');
    expect(lost(page)).toEqual([]);
  });

  it('takes a caption of two lines read beside the text, the credit under them', () => {
    const page = parse([
      '镇里办起夜校',
      '',
      '本报讯（记者 周六）每周三晚，镇',
      '文化站的夜校准时开课，教村民用手',
      '机办事、学做网店，报名的人排到了',
      `夜校的老师在教村民${GAP}下个月。文化站还准备开设书法班`,
      `用手机缴费。${GAP}和舞蹈班，让村民冬夜更充实。`,
      '吴七/摄',
      '',
      '老街路灯换新',
      '',
      '本报讯（记者 钱四 通讯员 孙五）入冬以来，老街的路灯陆续换成节能灯，路面比以前亮堂多了。',
    ]);
    expect(captions(page)).toEqual([['夜校的老师在教村民用手机缴费。吴七/摄'], []]);
    expect(body(page, 0)).toContain('报名的人排到了下个月。文化站还准备开设书法班和舞蹈班，让村民冬夜更充实。');
    expect(lost(page)).toEqual([]);
  });
});
