import { describe, expect, it } from 'vitest';
import { linesParser } from '../support/page-lines.js';

// Made-up pages as a text layer gives them: no indents, columns of several widths one after another.
const parse = linesParser('first-lines.txt');

describe("a paragraph's first line", () => {
  it('goes on into the line under it when a wider story stands above its headline', () => {
    const page = parse([
      '老街夜市重新开张',
      '',
      '本报讯（记者 王明远） 入夜，城南老街的夜市重新开张，二十多个摊',
      '位一字排开，卖小吃的、卖手工艺品的，吆喝声此起彼伏，吸引了不少市',
      '民前来逛吃。街道相关负责人介绍，夜市统一设置了垃圾收集点和消防通',
      '道，每晚安排管理员巡查，摊位费全免，营业时间为每天傍晚六时至夜里',
      '十一时。不少摊主是附近的居民，卖的是自家做的糕点、腌菜和手工艺品，',
      '价格实惠，很受欢迎。',
      '',
      '乡卫生院送药上门',
      '',
      '近日，河西乡卫生院组织医生上门走访',
      '独居老人和行动不便的慢性病患者，测量血',
      '压、血糖，送去常用药品，并为每位老人建',
      '立健康档案。（李晓）',
    ]);
    expect(page.articles[1]!.paragraphs).toEqual([
      '近日，河西乡卫生院组织医生上门走访独居老人和行动不便的慢性病患者，测量血压、血糖，送去常用药品，并为每位老人建立健康档案。',
    ]);
  });
});

/** A paragraph as a text layer gives it from a column `width` cells wide: its first line two cells in. */
const setIndented = (text: string, width: number): string[] => [
  text.slice(0, width - 2),
  ...(text.slice(width - 2).match(new RegExp(`.{1,${width}}`, 'gu')) ?? []),
];

describe('a paragraph of one line in a wide column', () => {
  it('ends where its sentence ends, two cells short of the column in its indent', () => {
    const paragraphs = [
      '入冬以来，青石县消防救援大队走进社区、学校和企业，开展冬季防火宣传活动。队员们手把手教居民使用灭火器，讲解电动自行车充电的注意事项，并逐户检查燃气管道和电线线路，发现隐患当场整改。在城东社区，队员们还在小区广场上演示了油锅起火时的扑救方法，围观的居民里三层外三层，不少人掏出手机拍下视频，说要转发到家人群里，提醒家里的老人注意用火安全。',
      '“以前总觉得火灾离自己很远，今天算是真正上了一课。”家住城东社区的李阿姨说。',
      '“连灭火毯都是第一次见。”她的邻居笑着说。',
      '据统计，活动开展一个月来，队员们共走访居民一千二百余户，发放防火宣传资料五千余份，排查整改各类火灾隐患八十多处，对十二家存在问题的沿街商铺下发了整改通知书。大队负责人表示，这项宣传活动将一直开展到明年春天，让防火知识走进千家万户。',
    ];
    const page = parse(['冬季防火宣传进万家', '', ...paragraphs.flatMap((p) => setIndented(p, 40))]);
    expect(page.articles[0]!.paragraphs).toEqual(paragraphs);
  });
});
