import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A feature credited at its end whose last paragraph a text layer read out after the next report (written
// for this test): the credit comes out between that report and the headline after it, with no text of its own.
const endCreditAstray = [
  '清晨五点，石塘村的果农已经在橘园里忙开了。今年全村种植的早熟蜜橘迎来丰收，',
  '果子个头大、糖分足，收购商一早就把车开到了地头。',
  '',
  '渡口镇新建两座便民桥',
  '',
  '记者 方远舟',
  '本报讯 近日，渡口镇两座便民桥同时通车，沿河三个村的群众出行不再绕路。',
  '两座桥总长一百二十米，由镇里和村里共同出资建设。',
  '',
  '果农们说，橘子卖得好，明年还要再扩种一些新品种，让日子越过越甜。',
  '',
  '本报记者 许晴川',
  '',
  '旧厂房变身文创园',
  '',
  '本报记者 顾一帆',
  '城南一处闲置多年的旧厂房，经过改造成了文创园，吸引了二十多家小微企业入驻。',
  '园区还设了共享展厅，每个周末都有手工市集。',
  '',
].join('\n');

describe('a credit an export set apart from its text', () => {
  it('is no article of its own: it goes to the text without a credit near it', () => {
    const page = parse(endCreditAstray);
    expect(page.articles.every((a) => a.paragraphs.length > 0)).toBe(true);
    expect(page.articles).toHaveLength(3);
    const feature = page.articles.find((a) => a.paragraphs.join('').includes('石塘村'))!;
    expect(feature.reporters).toEqual(['许晴川']);
    expect(page.articles.find((a) => a.headline === '旧厂房变身文创园')!.reporters).toEqual(['顾一帆']);
  });
});
