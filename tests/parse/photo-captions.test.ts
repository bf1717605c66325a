import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn, squeeze } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 20): string[] => setInColumn(text, width);
const parse = linesParser('photo-captions.txt');
const captions = (page: ReturnType<typeof parse>) => page.articles.map((a) => a.captions.map((c) => squeeze(c.text)));

const first = '本报讯（记者 周小舟）经过半年施工，城关镇老街改造工程日前完工，青石板路面和新装的路灯让老街焕然一新。';
/** The report's second paragraph, which a column break cuts after `cut` characters. */
const second = '改造期间，镇里先后召开居民议事会八次，收集意见一百二十多条，保留了老街原有的格局和二十多处老建筑。';
const cut = second.indexOf('和二十多处');
const last = '据介绍，老街还将引入非遗展示、特色小吃等业态，打造县城新的文化休闲街区。';
const next = [
  '县图书馆新增自助借还设备',
  '',
  ...column('本报讯（记者 孟凡）近日，县图书馆新增四台自助借还书机，读者刷身份证即可办理。'),
  '',
];
/** The report with `photo` (its caption's lines) set over the column its text goes on in. */
const report = (photo: string[]): string[] => [
  '老街改造完成迎客',
  '',
  ...column(first),
  ...column(second.slice(0, cut)),
  '',
  ...photo,
  '',
  ...column(second.slice(cut)),
  ...column(last),
  '',
  ...next,
];

describe("a photo's caption set over a column the text goes on in", () => {
  it('takes a caption and its credit under it out of the text, and mends the sentence the column break cut', () => {
    const page = parse(report(['改造后的老街夜景。', '魏青山/摄']));
    expect(captions(page)).toEqual([['改造后的老街夜景。魏青山/摄'], []]);
    expect(page.articles[0]!.paragraphs).toEqual([first.slice(first.indexOf('）') + 1), second, last]);
    expect(lost(page)).toEqual([]);
  });

  it('takes a caption out of the text when a blank line stands between it and its credit', () => {
    // (A text layer sets the credit, flush right under the photo, apart from the caption's line.)
    const page = parse(report(['改造后的老街夜景。', '', '魏青山/摄']));
    expect(captions(page)).toEqual([['改造后的老街夜景。魏青山/摄'], []]);
    expect(page.articles[0]!.paragraphs).toEqual([first.slice(first.indexOf('）') + 1), second, last]);
    expect(lost(page)).toEqual([]);
  });

  it('takes a caption closed by its credit out of the text the column break left open', () => {
    const page = parse(report(['图为改造后的老街夜景。（魏青山 摄）']));
    expect(captions(page)).toEqual([['图为改造后的老街夜景。（魏青山摄）'], []]);
    expect(page.articles[0]!.paragraphs).toEqual([first.slice(first.indexOf('）') + 1), second, last]);
  });

  it('sets apart a credited caption OCR read on one line with the next column’s text', () => {
    const lines = report([]);
    const at = lines.indexOf(column(second.slice(cut))[0]!);
    lines[at] = `改造后的老街夜景。（魏青山 摄）        ${lines[at]}`;
    const page = parse(lines);
    expect(captions(page)).toEqual([['改造后的老街夜景。（魏青山摄）'], []]);
    expect(page.articles[0]!.paragraphs).toEqual([first.slice(first.indexOf('）') + 1), second, last]);
  });

  it('keeps in the text a line after a blank that the text runs on into (a number the export broke)', () => {
    const page = parse([
      '渡口换上新渡船',
      '',
      '4月2日，白沙渡口的新渡船正式投入使用。新船可同时载客6',
      '0',
      '',
      '人，配备了救生衣和电子导航设备，过江更加安全。',
      '（蒋文涛 摄）',
      '',
      ...next,
    ]);
    expect(page.articles.map((a) => [a.headline, a.signature && squeeze(a.signature), a.captions.length])).toEqual([
      ['渡口换上新渡船', '蒋文涛摄', 0],
      ['县图书馆新增自助借还设备', null, 0],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).toContain('载客60人，配备了');
  });
});

describe('credits and captions around a photo story', () => {
  const story = '6月1日，桂塘村举行龙舟下水仪式，村民们敲锣打鼓，将修缮一新的龙舟抬入河中试划，为龙舟赛做准备。';
  it('reads a credit naming the reporter who took the photo as the signature, not a byline', () => {
    const page = parse(['龙舟下水迎端午', '', ...column(story), '（本报记者 欧阳晴 摄）', '', ...next]);
    const a = page.articles[0]!;
    expect([a.headline, a.reporters, a.signature && squeeze(a.signature)]).toEqual([
      '龙舟下水迎端午',
      [],
      '本报记者欧阳晴摄',
    ]);
  });

  it('gives the short sentence between a story closed by its credit and a dateline to the report under it', () => {
    const page = parse([
      '龙舟下水迎端午',
      '',
      ...column(story),
      '（韦小川）',
      '',
      '摊主在整理刚上架的新鲜蔬菜。',
      '',
      ...column('本报讯（记者 夏明远）4月6日，经过三个月改造的城北菜市场重新开张，通风排水设施全部更新。'),
    ]);
    expect(captions(page)).toEqual([[], ['摊主在整理刚上架的新鲜蔬菜。']]);
    expect(page.articles[0]!.signature).toBe('韦小川');
  });
});
