import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Where a run of lines read across (columns side by side) begins and ends. All pages written for these tests.
const texts = (page: ReturnType<typeof parse>): string[] => page.articles.map((a) => a.paragraphs.join(''));

describe('a band of columns read across', () => {
  it('goes on over blank lines to a line whose next piece stands where a column starts', () => {
    // --psm 4 on a scan: a blank line between the rows, the blank between the columns read as one space. The
    // last row holds the first column's line and the second column's last words, so it reads across nowhere.
    const page = parse([
      '河湾村修通产业路                            西坡村茶园迎来采摘季',
      '',
      '本报讯河湾村通往茶园的产业路日前修 本报讯日前，西坡村三百亩茶园开园采',
      '',
      '通了，全长二点八公里，总投资三百二 摘，前来帮工的村民一天能挣一百多元',
      '',
      '十万元，由村集体和各级财政共同筹集 钱。今年的茶叶收购价比去年高了一',
      '',
      '。茶农陈大伯说，过去一担茶叶要挑一 成多。',
      '',
      '个多小时，现在开着三轮车十分钟就到。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['河湾村修通产业路', '西坡村茶园迎来采摘季']);
    const [road, tea] = texts(page);
    expect(road).toContain('过去一担茶叶要挑一个多小时');
    expect(tea).toContain('比去年高了一成多。');
    expect(road).not.toContain('成多');
  });

  it('is measured against the one-column lines right beside it on a page OCR read with no blank lines', () => {
    // A scan read with --psm 3: no blank line in the top block. Two briefs' columns read across (three lines), under one
    // column's lines of a report; the page's widest column (a report set across the foot) is about as wide as a
    // line of the band, so only the lines beside the band tell that its lines hold two columns.
    const page = parse([
      '镇里举办农技培训',
      '本报讯日前，镇农技站在镇文化礼堂举办春',
      '季农技培训，请来县里的专家讲解水稻育秧。',
      '本报讯近日，东村组织党员清理河道杂 本报讯西村日前为八十岁以上老人送去',
      '物，共清理垃圾三吨，河水又变清了。 棉被和米油，送上节日的问候和祝福。',
      '村里还在河边装了护栏和警示牌。 老人们拉着村干部的手说，谢谢党的关怀。',
      '',
      '北村新建村级养老服务中心',
      '',
      '本报讯北村村级养老服务中心日前建成投用，中心设有休息室、助餐点和康复室，',
      '可同时为四十多位老人提供日间照料服务，老人们在这里吃饭、聊天、做康复，',
      '子女们也放心了不少。村里还组织志愿者每周上门为独居老人打扫卫生、理发。',
      '',
    ]);
    const all = texts(page);
    expect(all.some((t) => t.includes('东村组织党员清理河道杂物，共清理垃圾三吨'))).toBe(true);
    expect(all.some((t) => t.includes('西村日前为八十岁以上老人送去棉被和米油'))).toBe(true);
  });
});
