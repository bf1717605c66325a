import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Pages written for these tests, as tesseract reads them: a rule or a photo's edge between two stories, or a
// column's label set in reverse type, comes out as a row of scraps far apart.

describe('rows of specks', () => {
  it('inside a band of columns read across (--psm 6) go to no paragraph', () => {
    const page = parse([
      '南街菜市场完成改造提升',
      '',
      '本报讯 南街菜市场改造日前完工，   新市场划分了蔬菜、肉类、水产   市场管理方表示，将每天公示主',
      '摊位从八十个增加到一百二十个，   和熟食四个区域，地面全部铺上   要品种的价格，欢迎市民监督。',
      '通道也拓宽了一倍。               防滑砖，排水沟加了盖板。',
      '丰|     、川 士/     4                    、             8卜口?im',
      '西岭村办起农家书屋',
      '',
      '本报讯 西岭村的农家书屋日前开门，村民可以免费借阅各类图书，农业技术类图书最受欢迎。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['南街菜市场完成改造提升', '西岭村办起农家书屋']);
    const market = page.articles[0]!.paragraphs.join('');
    expect(market).toContain('通道也拓宽了一倍。');
    expect(market).toContain('排水沟加了盖板。');
    expect(market).toContain('欢迎市民监督。');
    expect(market).not.toMatch(/[丰川士卜|/]/u);
    expect(page.unassigned.map((u) => u.text).join('')).toContain('8卜口');
  });

  it('set alone (a photo edge, a label in reverse type) head no story', () => {
    const page = parse([
      '新城小学开设围棋课',
      '',
      '本报讯 新城小学本学期开设围棋课，每周两节，由县围棋协会的老师授课。',
      '',
      '孩子们在课堂上对弈。',
      '李明/摄',
      '市                                                              口',
      '老街茶馆重新开张',
      '',
      '本报讯 老街茶馆修缮后日前重新开张，评书和越剧每天轮流上演。',
      '',
      '|田 口 昌',
      '县图书馆延长开放时间',
      '',
      '本报讯 县图书馆从下月起每天开放到晚上九点，方便上班族借阅。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '新城小学开设围棋课',
      '老街茶馆重新开张',
      '县图书馆延长开放时间',
    ]);
    expect(page.articles.map((a) => a.kicker ?? null)).toEqual([null, null, null]);
  });

  it('leave a letter-spaced label and a credit of short names alone', () => {
    const page = parse([
      '简   讯',
      '',
      '本报讯 县图书馆从下月起每天开放到晚上九点，方便上班族借阅。',
      '（记者 王一   通讯员 李二）',
    ]);
    expect(page.articles[0]!.reporters).toEqual(['王一']);
    expect(page.unassigned.map((u) => u.text)).not.toContain('简 讯');
  });
});
