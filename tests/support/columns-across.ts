/**
 * Two articles of two columns each as tesseract reads them in a page-wide mode (--psm 4/6): the headlines side
 * by side on one line, then every output line holding one printed line of each of the four columns, set apart by
 * runs of spaces (one space where two columns stand close). Written for the tests of
 * columns read across (columns-across.test.ts, column-drift.test.ts).
 */
export const ACROSS_BAND = [
  '湖滨公园新添健身步道                          西岭村办起农家书屋',
  '本报讯 湖滨公园改造完成，新修的健身   步道绕湖一周，沿途设有饮水点和   本报讯 西岭村的农家书屋日前开   书屋由村里的旧仓库改建，配齐了',
  '步道全长三公里，铺设了防滑塑胶， 休息亭，早晚来锻炼的市民很多。 门，村民可以免费借阅各类图书。 桌椅和照明，还订了十多种报刊。',
  '每隔五百米有一块里程标识，方便      家住附近的老周说，以前只能在马    驻村干部介绍，书屋藏书两千多册， 每逢周末，村里的孩子们都来这里',
  '大家掌握运动量。                    路边散步，现在走步道安心多了。    农业技术类图书最受欢迎。         读书写字，书屋成了热闹的地方。',
];
