import { describe, expect, it } from 'vitest';
import { linesParser } from '../support/page-lines.js';
import { readBlocks } from '../../src/parse/blocks.js';
import { readLines } from '../../src/parse/lines.js';
import { segmentArticles } from '../../src/parse/segment-articles.js';

// Made-up pages: a report credited at its head, then a short piece signed at its end that a text layer
// runs on into the report (no blank line, no dateline between them).
const parse = linesParser('briefs.txt');
const report = [
  '青石县召开秋季防火工作会议',
  '',
  '本报讯（记者 王明远 通讯员 李春生）',
  '10月9日，青石县召开秋季森林防火',
  '工作会议，部署今冬明春的防火工作。',
  '会议要求，各乡镇要落实巡山护林责',
  '任，严管野外用火，确保不发生森林火',
  '灾。',
  '',
];

describe('a signature after a report credited at its head signs a piece of its own', () => {
  it('sets a photo story signed under its text apart from the report above it', () => {
    const page = parse([
      ...report,
      '柿子红了',
      '',
      '10月8日，青石县北山乡的村民在晾',
      '晒柿饼。今年全乡柿子丰收，产量达',
      '到三百多吨。',
      '',
      '（赵小满）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.reporters, a.signature])).toEqual([
      ['青石县召开秋季防火工作会议', ['王明远'], null],
      ['柿子红了', [], '赵小满'],
    ]);
    expect(page.articles[0]!.paragraphs.join('')).toMatch(/火灾。$/u);
    expect(page.articles[1]!.paragraphs).toEqual([
      '10月8日，青石县北山乡的村民在晾晒柿饼。今年全乡柿子丰收，产量达到三百多吨。',
    ]);
  });

  it('leaves a report whose credit is printed only once whole', () => {
    const page = parse([...report, '（完）']);
    expect(page.articles.map((a) => [a.headline, a.reporters])).toEqual([['青石县召开秋季防火工作会议', ['王明远']]]);
    expect(page.articles[0]!.paragraphs.join('')).toMatch(/^10月9日.*火灾。（完）$/u);
  });
});

describe('the headline of a signed brief', () => {
  it('keeps a borderline head line set apart by a blank line over a signed brief as its headline', () => {
    const text = [
      ...report,
      '北山乡完成冬季征兵体检',
      '',
      '近日，北山乡组织二十八名应征青年参加冬季征兵体检，',
      '其中二十一人初检合格。（钱小红 周大海）',
      '',
    ].join('\n');
    // (The head line as the head score leaves it on some pages: borderline, for segmentation to decide.)
    const blocks = readBlocks(readLines(text)).map((b) => (b.kind === 'head' ? { ...b, maybe: true } : b));
    const seg = segmentArticles(blocks, new Set());
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[1]!.paragraphs.map((p) => p.text)).toEqual([
      '近日，北山乡组织二十八名应征青年参加冬季征兵体检，其中二十一人初检合格。',
    ]);
    expect(seg.articles[1]!.signature?.text).toBe('（钱小红 周大海）');
    expect(seg.heads.filter((h) => h.before === 1).map((h) => h.line.text)).toEqual(['北山乡完成冬季征兵体检']);
  });
});

describe('a byline set alone under an article', () => {
  it('credits the article above it, not a brief signed by its own credit below it', () => {
    const page = parse([
      '红马甲走进老小区',
      '',
      '每天清晨，青石街道的志愿者已经站在',
      '小区门口，帮老人拎菜、量血压。街道还',
      '推出了志愿积分制度，积分能在社区超市',
      '兑换日用品，让好人好事有回报。',
      '',
      '本报记者 王明远',
      '',
      '北山乡日前举办第二届乡村篮球联赛，全',
      '乡十六个村的球队参赛。（孙小东）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.reporters, a.signature])).toEqual([
      ['红马甲走进老小区', ['王明远'], null],
      [null, [], '孙小东'],
    ]);
  });
});
