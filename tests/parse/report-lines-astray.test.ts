import { describe, expect, it } from 'vitest';
import { linesParser, lost, squeeze } from '../support/page-lines.js';

const parse = linesParser('report-lines-astray.txt');

/** The article whose text holds `words`, its text squeezed. */
const textWith = (page: ReturnType<typeof parse>, words: string): string =>
  page.articles.map((a) => squeeze(a.paragraphs.join(''))).find((t) => t.includes(words)) ?? '';

// Two reports set side by side (written for this test). A text layer reads the lines of columns that stand
// level together, so the first line of one report comes out among the other's lines.
describe("a report's first line read among another column's lines", () => {
  it('goes out from between two lines that read on into each other', () => {
    const page = parse([
      '老街夜市重新开张',
      '',
      '学校食堂推行明厨亮灶',
      '',
      '本报讯（记者 林一）经过两个月的整修，老街夜市昨晚重新开',
      '本报讯（记者 王二）走进县实验小学的食堂，透过玻璃墙能看',
      '张。夜市新设摊位八十个，统一配备了垃圾桶和灭火器。',
      '摊主们说，整修以后来逛夜市的人比以前多了不少。',
      '',
      '到后厨的每个操作间，厨师们正在切菜、配菜。',
      '学校负责人说，明厨亮灶让家长们放心多了。',
      '',
    ]);
    expect(lost(page)).toEqual([]);
    expect(textWith(page, '夜市新设摊位')).toContain('老街夜市昨晚重新开张。夜市新设摊位八十个');
    expect(textWith(page, '夜市新设摊位')).not.toContain('食堂');
    expect(textWith(page, '玻璃墙')).toContain('透过玻璃墙能看到后厨的每个操作间');
  });

  it('goes out when it stops mid-sentence over the next report, whose text runs on under it', () => {
    const page = parse([
      '老街夜市重新开张',
      '',
      '学校食堂推行明厨亮灶',
      '',
      '本报讯（记者 林一）近日，城关镇老街夜',
      '本报讯（记者 王二）走进县实验小学的食堂，',
      '透过玻璃墙能看到后厨的每个操作间，厨师们正在',
      '切菜、配菜。学校负责人说，明厨亮灶让家长们放心多了。',
      '',
      '市重新开张，新设摊位八十个，统一配备了垃圾桶和灭火器。',
      '摊主们说，整修以后来逛夜市的人比以前多了不少。',
      '',
    ]);
    expect(lost(page)).toEqual([]);
    expect(textWith(page, '摊位')).toContain('城关镇老街夜市重新开张');
    expect(textWith(page, '玻璃墙')).toContain('走进县实验小学的食堂，透过玻璃墙');
    expect(textWith(page, '玻璃墙')).not.toContain('老街');
  });
});
