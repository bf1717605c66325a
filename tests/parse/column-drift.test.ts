import { describe, expect, it } from 'vitest';
import { ACROSS_BAND } from '../support/columns-across.js';
import { parseKept as parse } from '../support/parse-kept.js';

// Columns read across where the positions tesseract's spaces give drift from line to line (it sets as many
// spaces as it likes for the same blank). All pages written for these tests.
const body = (page: ReturnType<typeof parse>): string => page.articles.flatMap((a) => a.paragraphs).join('');

describe('columns read across with drifting positions', () => {
  it('are cut after the speck OCR made of the blank, where the left line ends, not where the spaces point', () => {
    // On the second line OCR saw no blank between the columns and read it as a closing quote; the other lines
    // have five spaces there, so the right column seems to start three em past where the left one ends.
    const page = parse([
      '南湖街道开展垃圾分类宣传',
      '',
      '本报讯南湖街道昨日在各小区开展     宣传周期间，志愿者还走进楼道，',
      '垃圾分类宣传，志愿者挨家挨户发”向居民讲解厨余垃圾和其他垃圾的',
      '放宣传手册，讲解分类投放方法。     区别，居民纷纷点赞支持。',
      '',
    ]);
    const text = body(page).replace(/”/gu, '');
    expect(text).toContain('挨家挨户发放宣传手册');
    expect(text).toContain('走进楼道，向居民讲解厨余垃圾');
  });

  it('keep a line no wider than a column whole, though the spaces before it push it past the next start', () => {
    // Three columns; on the second line OCR set thirteen spaces after the first column, so the second
    // column's line runs past where the third column starts on the other lines.
    const page = parse([
      '青山村修通产业路',
      '',
      '本报讯青山村新修的产业路日前通    民投工投劳修建，用了不到半年时    跟着涨了。村里还准备在路边建一',
      '车，全长六公里，连通了三个茶园             间，还用上了村里的旧石料，省下  个集货点，方便村民就近出售农产',
      '和两个果园，村民运货不再用肩挑    了一大笔钱。通车后客商直接开车    品。',
      '背扛。驻村干部介绍，这条路由村    进村收茶叶，今年的茶叶收购价也',
      '',
    ]);
    const text = body(page);
    expect(text).toContain('还用上了村里的旧石料，省下了一大笔钱');
    expect(text).toContain('建一个集货点，方便村民');
  });

  it('take in the line after them that is too wide for one column, though its gap is one space', () => {
    // The band's last line holds the left column's line and the right column's short last line.
    const page = parse([
      '东溪村高山蔬菜丰收',
      '',
      '本报讯东溪村的村民合作社今年种    合作社负责人说，明年准备注册自',
      '了三百亩高山蔬菜，亩产比去年提    己的品牌，再建一个分拣中心和冷',
      '高了两成，合作社还请来农技专家    链仓库，让村里的高山蔬菜卖得更',
      '指导村民种植，收成年年都好。 远，价钱更好。',
      '',
    ]);
    const text = body(page);
    expect(text).toContain('收成年年都好。合作社负责人说');
    expect(text).toContain('高山蔬菜卖得更远，价钱更好。');
  });

  it('set a piece standing far past the last column apart: a column the grid never saw', () => {
    // A third column's last line, read beside the second column's short paragraph end.
    const page = parse([
      '河西村养蜂合作社添新设备',
      '',
      '本报讯 河西村的养蜂合作社今年新添   蜂箱三百个，年产蜂蜜十多吨，还在',
      '了一台摇蜜机，村民不用再手工取蜜，   网上开了店。                                        收两万多元。',
      '蜂蜜的品质也比以前更好了，还购进了   合作社负责人说，明年还要扩大规模，',
      '',
    ]);
    expect(body(page)).toContain('网上开了店。合作社负责人说');
  });

  it('never let a column line grow wider than its measure: a piece past it is the next column', () => {
    // The third line holds the second column's full line and, after one space, the last words of a third
    // column whose other lines OCR read as a block of their own.
    const page = parse([
      '河畔社区开展防汛演练',
      '',
      '社区负责人表示，已排查低洼地段',
      '十二处，逐一落实了转移责任人，',
      '汛期前将完成所有低洼',
      '',
      '本报讯河畔社区昨日组织居民开展   演练模拟了暴雨引发的内涝情景，',
      '防汛演练，一百多名居民参加了转   设置了预警发布和转移等科目。街',
      '移训练，大家按路线往高处撤离。   道应急办和社区共八十余人参加， 地段的演练。',
      '家住三楼的老周说，以前只知道往   老人们说这样的演练很有用。',
      '',
    ]);
    expect(body(page)).toContain('八十余人参加，老人们说');
  });
});

describe('a narrow column read across with its neighbour where the page grid sees no band', () => {
  it('is cut into its two columns when each part fits the measure of the lines around', () => {
    // The last lines of a narrow two-column story that OCR read across, one space or a wide gap between the
    // columns; a wider story above gives the page a wider measure. Written for this test.
    const page = parse([
      '西湖街道新建六个口袋公园',
      '',
      '本报讯西湖街道今年以来新建口袋公园六个，',
      '利用边角地种上花草树木，摆放了座椅和健身',
      '器材，附近居民饭后有了散步休闲的好去处。',
      '街道还将在老旧小区周边寻找空地，计划年内',
      '再建四个口袋公园。',
      '',
      '城东社区办起老年食堂',
      '',
      '本报讯城东社区的老年食堂日',
      '前开张，六十岁以上的老人凭',
      '卡就餐，每餐只需八元，有两',
      '',
      '社区负责人介绍，食堂开张一',
      '个月来，每天有一百多位老人',
      '前来就餐。食堂还为行动不便',
      '',
      '荤两素和一碗汤。              的老人送餐上门，菜品每周更',
      '“以前一个人做饭，常常吃剩 换一次，饭菜很合老人口味。',
      '饭，现在天天能吃上热乎饭。” 老人们都说这里像家一样。',
      '',
    ]);
    const text = body(page);
    expect(text).toContain('常常吃剩饭，现在天天能吃上热乎饭');
    expect(text).toContain('菜品每周更换一次，饭菜很合老人口味。');
  });
});

describe('headlines set side by side over a band', () => {
  it('start new stories even when OCR set the last lines of the story above right against them', () => {
    const page = parse(['本报讯 北山村的游客服务中心日前投入使用，', '村里还将修一条环山步道。', ...ACROSS_BAND, '']);
    expect(page.articles.map((a) => a.headline)).toContain('湖滨公园新添健身步道');
  });
});
