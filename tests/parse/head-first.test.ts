import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

// A made-up feature page as a PDF text layer gives it (the strip's digits one a line): a photo story's text cut
// off mid-sentence (…近百艘渔), its rest set astray under the feature's first column, and the feature's next
// block opening with a subhead.
const page = [
  '3',
  '',
  '2',
  '0',
  '2',
  '4',
  '年 6月 1',
  '8',
  '日 星期二',
  '',
  '渔村变形记',
  '',
  '本报记者 韩冬',
  '清晨五点，码头上已经热闹起来，渔民们',
  '把一筐筐海鲜搬上岸。十年前，这里还是',
  '一个冷清的小渔村，年轻人纷纷外出打',
  '',
  '船同时出港，场面十分壮观。渔民们说，',
  '今年的收成一定错不了。',
  '',
  '工，村里只剩下老人和空船。',
  '',
  '开渔节',
  '昨天，休渔期结束，镇上近百艘渔',
  '',
  '从“捕”到“养”',
  '如今，村里的年轻人回来了，他们在海上',
  '搞起了养殖，收入比过去高出不少。',
];

describe('in a text layer, a block opening with a subhead goes on from no other block', () => {
  it('gives a text cut off mid-sentence the rest set astray, not the subhead block after it', () => {
    const parsed = parsePage('head-first.txt', `${page.join('\n')}\n`);
    const story = parsed.articles.find((a) => a.headline === '开渔节')!;
    expect(story.paragraphs[0]).toEqual(
      '昨天，休渔期结束，镇上近百艘渔船同时出港，场面十分壮观。渔民们说，今年的收成一定错不了。',
    );
    expect(parsed.articles[0]!.paragraphs.join('')).toContain('年轻人纷纷外出打工，村里只剩下老人和空船。');
  });
});

// A made-up page as a PDF text layer gives it: a kicker over the first headline, run on from the strip, and a
// report whose block the export moved (…元。工 / a head block of the next report / 程完工后…).
const kickerPage = [
  '东岭晚报',
  '',
  '城事·综合 2',
  '0',
  '1',
  '9',
  '年 1',
  '1',
  '月 2',
  '1',
  '日 星期二',
  'A 0',
  '5',
  '秋收冬种',
  '正当时',
  '',
  '东岭镇掀起冬季农田水利建设热潮',
  '本报讯（记者 王一平 通讯员 李二',
  '妹）初冬时节，东岭镇各地的农田水利工',
  '地上机器轰鸣，挖掘机、运输车来回穿',
  '梭，清淤、砌渠、修堰，一派繁忙景象。',
  '',
  '今冬明春，东岭镇计划实施山塘清淤',
  '整治二十座、新建灌溉渠道十公里，总',
  '投资一千八百万元。工',
  '',
  '老旧小区“逆生长”',
  '城南街道改造十个小区惠及居民',
  '',
  '程完工后，可新增和改善灌溉面积一万',
  '亩。',
  '镇里实行班子成员包片、村干部包点',
  '的责任制，每个工程都公示施工单位、工',
  '',
  '期和质量要求，并邀请村民代表全程监',
  '督，确保工程质量。',
  '',
  '本报讯（记者 张三丰）外墙刷新了，管线',
  '入地了，楼道装上了声控灯，小区里还',
  '多了健身角和充电车棚，处处是新气象。',
  '',
];

describe('in a text layer, a block of head lines alone', () => {
  it('stops mid-sentence in no text: a kicker (…正当时) never takes a block that reads on from it (时|期)', () => {
    const parsed = parsePage('kicker-end.txt', kickerPage.join('\n') + '\n');
    const report = parsed.articles.find((a) => a.headline?.endsWith('东岭镇掀起冬季农田水利建设热潮'))!;
    expect(report.paragraphs.join('')).toContain('公示施工单位、工期和质量要求');
    expect(parsed.articles.some((a) => a.paragraphs[0]?.startsWith('期和'))).toBe(false);
  });
});
