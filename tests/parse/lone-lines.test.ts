import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';
import { layoutPage, type LayoutArticle } from '../support/layout.js';

/** Columns of the given widths and height, headlines before their text, a few stray spaces, a blank between paragraphs. */
const looseColumns = (widths: number[], columnHeight: number, seed: number) => ({
  widths,
  columnHeight,
  headlines: 'before' as const,
  spaces: 0.05,
  paragraphGap: 1,
  seed,
});

// Reprinted pieces without datelines, each closing with its source (on a line of its own, or run in after
// the last sentence): their headlines hold a comma or ask a question, as news headlines often do; one
// piece has a question set as a paragraph of its own.
const pieces: LayoutArticle[] = [
  {
    headline: '城南老街改造完工，居民出行更方便',
    signature: '据城南日报',
    paragraphs: [
      '近日，城南老街改造工程通过验收，沿街的石板路面、排水管网和路灯全部换新，老街重新向居民开放。',
      '改造为什么先从排水做起？',
      '施工负责人介绍，老街地势低洼，过去一到雨季就积水，居民只能踩着砖头出门。这次改造先铺设了新的排水管网，再恢复石板路面。',
      '老街两侧的商户表示，路面平整以后，来逛街的市民明显多了，傍晚时分尤其热闹。',
    ],
  },
  {
    headline: '家里的旧电池，该扔进哪个垃圾桶？',
    paragraphs: [
      '不少市民家里都攒着用完的干电池，却不知道应当如何处理。环保部门工作人员解释，目前常见的一次性干电池已经基本实现无汞化。',
      '纽扣电池、充电电池和蓄电池含有重金属，属于有害垃圾，应当投放到红色的有害垃圾收集容器中，由专门的企业回收处置。',
      '工作人员提醒，废旧电池不要随意拆解，也不要和金属物品混放，以免发生短路引起危险。据环保周报',
    ],
  },
  {
    headline: '去游泳馆游泳要注意什么？',
    signature: '据体育晚报',
    paragraphs: [
      '天气转热，到游泳馆游泳的市民越来越多。教练提醒大家注意，饭后不宜立即下水，下水之前要充分热身，避免抽筋。',
      '初学者应当在浅水区练习，不要独自到水库、河塘等野外水域游泳。游泳馆也增加了救生员，每天开放到晚上十点。',
    ],
  },
];

describe('lone lines between pieces', () => {
  for (const width of [14, 16, 19]) {
    for (const seed of [1, 2, 3]) {
      it(`open the next piece, comma or question and all, and a question set alone stays a paragraph (width ${width}, seed ${seed})`, () => {
        const { text } = layoutPage(pieces, looseColumns([width], 12, seed));
        const page = parsePage('p.txt', text, {});
        expect(page.articles.map((a) => a.headline)).toEqual(pieces.map((p) => p.headline));
        expect(page.articles.map((a) => a.signature)).toEqual(pieces.map((p) => p.signature ?? null));
        expect(page.articles[1]!.paragraphs.at(-1)).toMatch(/据环保周报$/);
        expect(page.articles[0]!.paragraphs).toContain('改造为什么先从排水做起？');
      });
    }
  }

  // Two pieces on one subject (community services), the second's headline tagged with its column: the
  // subject alone would keep them together, the tag says a piece begins.
  const series: LayoutArticle[] = [
    {
      headline: '社区服务站帮居民办实事',
      paragraphs: [
        '社区服务站开门以来，工作人员每天接待前来办事的居民，帮助他们办理养老、医保和就业登记等事项。',
        '服务站还组织志愿者上门走访独居老人，为行动不便的居民代办各项手续，居民们纷纷点赞。',
        '社区负责人表示，下一步将继续完善服务站的功能，让居民在家门口就能办成更多的事。',
      ],
    },
    {
      headline: '社区食堂的午饭香又暖（民生观察）',
      paragraphs: [
        '中午时分，社区食堂里坐满了前来就餐的居民，其中不少是附近的独居老人。',
        '食堂由社区和志愿者共同经营，饭菜价格实惠，行动不便的老人还可以请志愿者送餐上门。',
        '居民们说，有了这个食堂，家门口就能吃上热乎饭，社区服务越来越贴心。',
      ],
    },
  ];
  for (const seed of [1, 2, 3]) {
    it(`a headline tagged with its column opens a piece even on the same subject (seed ${seed})`, () => {
      const { text } = layoutPage(series, looseColumns([17], 12, seed));
      const page = parsePage('p.txt', text, {});
      expect(page.articles.map((a) => a.headline)).toEqual(series.map((p) => p.headline));
    });
  }

  // A reported piece, then one on the same subject with neither dateline nor byline and a comma in its
  // headline: only the measure tells them apart, each set to its own column width.
  const contest: LayoutArticle[] = [
    {
      headline: '全市职业技能大赛开幕',
      dateline: '本报讯',
      byline: '记者 林晓',
      reporters: ['林晓'],
      paragraphs: [
        '全市首届职业技能大赛昨天在市体育中心开幕，来自各区和各行业的四百多名选手参加比赛，比赛设焊接、电工、烹饪等二十个项目。',
        '大赛组委会介绍，比赛成绩优秀的选手将获得技能等级证书，并推荐参加全省职业技能大赛。',
        '开幕式后，各项目比赛随即展开，选手们在赛场上展示技能，现场观众不时鼓掌喝彩。',
      ],
    },
    {
      headline: '参赛十项，夺得十项冠军',
      paragraphs: [
        '在本届大赛上，市技师学院代表队参加了十个项目的比赛，最终夺得全部十个项目的冠军，成为大赛最大的赢家。',
        '带队老师说，选手们赛前进行了多次模拟比赛，按照比赛标准严格训练，技能水平提高很快。',
        '学院负责人表示，将继续办好技能培训，让更多学生在比赛中锻炼成长。',
      ],
    },
  ];
  for (const seed of [1, 2, 3]) {
    it(`a headline between text set to two measures opens a piece, however close the subjects (seed ${seed})`, () => {
      const { text } = layoutPage(contest, looseColumns([13, 20], 10, seed));
      const page = parsePage('p.txt', text, {});
      expect(page.articles.map((a) => a.headline)).toEqual(contest.map((p) => p.headline));
      expect(page.articles[1]!.paragraphs[0]).toMatch(/^在本届大赛上/);
    });
  }
});
