import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';

// A made-up page as OCR reads it: a report's dateline line stops mid-word (…记者从有关部), the next story's
// kicker lines are read under it, and the report's text goes on after them (门获悉，…).
const page = [
  '东湖县城区新建三座口袋公园',
  '',
  '本报讯 近日，东湖县城区三座口袋公园建成开放，为周边居民提供了',
  '散步、健身和休闲的好去处。',
  '',
  '公园里种植了樱花、海棠等树木，还设置了儿童游乐区和健身步道，',
  '每天都有不少居民前来游玩。',
  '',
  '南方稻区早稻插秧进度过半',
  '',
  '本报北京4月20日电（记者 周明远） 记者从有关部',
  '',
  '乡村振兴',
  '产业兴旺',
  '',
  '门获悉，截至4月19日，南方稻区早稻插秧已完成面积过半，',
  '进度快于去年同期。各地抓住晴好天气，组织农机手抢抓农时。',
  '',
  '山村里办起了竹编合作社',
  '',
  '本报讯 近日，西岭镇竹源村的竹编合作社正式挂牌，村里的老',
  '手艺人带着村民编竹篮、竹席，产品销往省内外，全村已有四十多',
  '户加入合作社，户均年增收一万余元。',
];

describe('a dateline line that stops mid-sentence goes on in the text that finishes it', () => {
  it('reads the report across head lines set between its dateline and its text', () => {
    const parsed = parsePage('dateline-open-end.txt', `${page.join('\n')}\n`);
    const report = parsed.articles.find((a) => a.dateline?.startsWith('本报北京'))!;
    expect(report.paragraphs[0]).toMatch(/^记者从有关部门获悉，截至4月19日/u);
    const coop = parsed.articles.find((a) => a.paragraphs.join('').includes('竹编合作社'))!;
    expect(coop.kicker).toContain('乡村振兴');
  });

  it('leaves a dateline alone on its line open to no other story’s text', () => {
    const alone = [
      '上半年公路投资稳中有升',
      '',
      '新华社北京7月4日电',
      '',
      '记者从交通运输部获悉，今年上半年全国完成公路水路固定资产投资1.3万亿元，同比增长3.2%。',
      '',
      '乡村影院放映忙',
      '',
      '本报讯（记者 王一）暑期到来，青石县乡村流动影院走进各村，今年已放映露天电影120场。',
      '',
      '视台工作人员介绍，今年还将为各村送去科教片和戏曲片，丰富村民的文化生活。',
    ];
    const parsed = parsePage('dateline-alone.txt', `${alone.join('\n')}\n`);
    const agency = parsed.articles.find((a) => a.dateline?.startsWith('新华社'))!;
    expect(agency.paragraphs[0]).toMatch(/^记者从交通运输部获悉/u);
    expect(agency.paragraphs.join('')).not.toContain('视台工作人员');
  });
});
