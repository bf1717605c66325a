import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A photo story whose headline OCR lost, set right after a report: its text tells news of its own and closes
// with the photo's credit, which the measure broke. Written for these tests.

const REPORT = [
  '渔港新建冷库投用',
  '',
  '本报讯（记者 林海）近日，东沙渔港新建的冷库投入使用，可同时储存',
  '鲜货两千吨。渔民们说，以前渔船集中归港时只能压价出手，现在可以先',
  '存后卖了。',
  '',
];

describe('a photo story run on after a report credited at its head', () => {
  it('is a story of its own, its credit its signature', () => {
    const page = parse([
      ...REPORT,
      '10月3日，东沙渔港内百余艘渔船满载而归，码头上一片忙碌。收购商早早',
      '守在岸边，一筐筐梭子蟹刚卸下船就被抢购一空。（本报记者 吴',
      '青 摄）',
    ]);
    expect(page.articles).toHaveLength(2);
    expect(page.articles[0]!.paragraphs.join('')).not.toContain('梭子蟹');
    expect(page.articles[1]!.headline).toBeNull();
    expect(page.articles[1]!.signature?.replace(/\s/gu, '')).toBe('本报记者吴青摄');
    expect(page.articles[1]!.paragraphs.join('')).toMatch(/^10月3日.*抢购一空。$/u);
  });

  it("stays the report's when it is the photo's short caption", () => {
    const page = parse([...REPORT, '图为渔民在冷库前卸货。（本报记者 吴青 摄）']);
    expect(page.articles).toHaveLength(1);
  });
});

describe("the page's date line the strip left over, over a photo story that lost its headline", () => {
  it('heads no story', () => {
    const page = parse([
      'D        2024年9月24日星期二',
      '',
      '责任编辑：王一 版式：李二',
      '',
      ...REPORT,
      '10月3日，东沙渔港内百余艘渔船满载而归，码头上一片忙碌。收购商早早',
      '守在岸边，一筐筐梭子蟹刚卸下船就被抢购一空。（本报记者 吴',
      '青 摄）',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['渔港新建冷库投用', null]);
  });
});
