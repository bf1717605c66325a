import { describe, expect, it } from 'vitest';
import { linesParser, lost } from '../support/page-lines.js';

const parse = linesParser('caption-beside.txt');
const captions = (page: ReturnType<typeof parse>) => page.articles.map((a) => a.captions.map((c) => c.text));
const body = (page: ReturnType<typeof parse>, i: number): string => page.articles[i]!.paragraphs.join('');
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

  it('sets a photo at the top of its column, over the text, apart from the text beside it', () => {
    const page = parse([
      '河滩公园新添步道',
      '',
      '本报讯（记者 王一明）近日，河滩公园新修',
      '的步道全线贯通，沿河两岸种上了柳树和月',
      `白鹭在河滩浅水处觅食。${GAP}季，晚上散步的人多了起来。当天`,
      `赵三丰/摄${GAP}前来散步的市民纷纷称赞，说`,
      `公园管理处提醒市民，夜间${GAP}公园变得更美了。不少市民还拍`,
      `散步请结伴而行，不要走近${GAP}照发到了朋友圈，点赞的人很`,
      `水边，家长要看好孩子。${GAP}多。`,
      '',
      '老街路灯换新',
      '',
      '本报讯（记者 钱四）入冬以来，老街的路灯陆续换成节能灯，路面比以前亮堂多了。',
    ]);
    expect(captions(page)).toEqual([['白鹭在河滩浅水处觅食。赵三丰/摄'], []]);
    expect(page.articles[0]!.reporters).toEqual(['王一明']);
    expect(body(page, 0)).toContain('近日，河滩公园新修的步道全线贯通，沿河两岸种上了柳树和月季，');
    expect(lost(page)).toEqual([]);
  });
});

describe('a photo credit under a story opening', () => {
  it('never takes the dateline and byline over it for its caption', () => {
    const page = parse([
      '河滩公园新添步道',
      '',
      '本报讯（记者 王一明）近日，白鹭飞回了河滩。',
      '赵三丰/摄',
      '',
      '公园管理处提醒市民，夜间散步请结伴而行，不要走近水边。',
    ]);
    expect(page.articles[0]!.reporters).toEqual(['王一明']);
    expect(page.articles[0]!.dateline).toBe('本报讯');
    expect(lost(page)).toEqual([]);
  });
});
