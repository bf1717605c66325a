import { describe, expect, it } from 'vitest';
import { ACROSS_BAND } from '../support/columns-across.js';
import { parseKept as parse } from '../support/parse-kept.js';

// A page as tesseract reads it in a page-wide mode (--psm 4/6): a section name over ACROSS_BAND.
const across = ['石桥镇新闻', '', ...ACROSS_BAND, ''].join('\n');

describe('columns OCR read across', () => {
  it('are cut apart and read column by column: each article gets its own text in order', () => {
    const page = parse(across);
    const heads = page.articles.map((a) => a.headline);
    expect(heads).toEqual(['湖滨公园新添健身步道', '西岭村办起农家书屋']);
    const [park, books] = page.articles.map((a) => a.paragraphs.join(''));
    expect(park).toContain('新修的健身步道全长三公里');
    expect(park).toContain('方便大家掌握运动量。步道绕湖一周');
    expect(park).toContain('以前只能在马路边散步');
    expect(books).toContain('日前开门，村民可以免费借阅');
    expect(books).toContain('最受欢迎。书屋由村里的旧仓库改建');
    expect(books).toContain('都来这里读书写字');
  });

  it('leave a single column alone, whatever OCR gaps its lines have', () => {
    const single = [
      '湖滨公园新添健身步道',
      '',
      '本报讯 湖滨公园改造完成，新修的健身步道全长三',
      '公里，铺设了防滑塑胶。 每隔五百米有一块里程标识',
      '，方便大家掌握运动量。步道绕湖一周，沿途设有饮水',
      '点和休息亭，早晚来锻炼的市民很多。 家住附近的老周',
      '说，以前只能在马路边散步，现在走步道安心多了。',
      '',
    ].join('\n');
    const page = parse(single);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.paragraphs.join('')).toContain('塑胶。每隔五百米有一块里程标识，方便大家');
  });
  it('are cut where OCR read two columns flush, with only a speck between them', () => {
    // Three columns of one article; on the second line tesseract saw no blank between the first two columns
    // and read the gap as a closing quote. Written for this test.
    const flush = [
      '东河社区开展消防演练',
      '',
      '本报讯东河社区昨日组织居民开   演练开始后，楼道里响起警报，   社区还请来消防员讲解家庭用火',
      '展消防演练，一百多名居民参加”居民们捂住口鼻沿安全通道有序 用电常识，提醒居民及时清理楼',
      '了疏散和灭火器使用训练。       撤离到小区广场。               道杂物，保持通道畅通。',
      '',
    ].join('\n');
    const page = parse(flush);
    expect(page.articles).toHaveLength(1);
    const body = page.articles[0]!.paragraphs.join('').replace(/[”“]/gu, '');
    expect(body).toContain('组织居民开展消防演练，一百多名居民参加了疏散');
    expect(body).toContain('楼道里响起警报，居民们捂住口鼻沿安全通道有序撤离');
    expect(body).toContain('提醒居民及时清理楼道杂物');
  });

  it("put a column's last two lines, read alone under the band (--psm 4), back at its foot", () => {
    // The first column runs two lines longer than the others; its last line reads on into the second column.
    const page = parse([
      '湖滨公园新添健身步道                                           西岭村办起农家书屋',
      '',
      '本报讯 湖滨公园改造完成，新修的    铺设了防滑塑胶，沿途设有饮水点和    本报讯 西岭村的农家书屋日前开',
      '健身步道全长三公里，绕湖一周，    休息亭，早晚来锻炼的市民很多。    门，村民可以免费借阅各类图书。',
      '步道两旁种了樱花和桂花，四季都    家住附近的老周说，以前只能在马    书屋由村里的旧仓库改建，藏书两',
      '有景看。每隔五百米有一块里程标    路边散步，现在走步道安心多了。    千多册，农业技术类图书最受欢迎。',
      '识，方便大家掌握运动量。步道用',
      '的是新型材料，下雨天也不打滑，',
      '',
      '东坝街道开展消防演练',
      '',
      '本报讯 东坝街道昨日组织居民开展消防演练，一百多名居民参加了疏散和灭火器使用训练。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '湖滨公园新添健身步道',
      '西岭村办起农家书屋',
      '东坝街道开展消防演练',
    ]);
    const [park, books] = page.articles.map((a) => a.paragraphs.join(''));
    expect(park).toContain('里程标识，方便大家掌握运动量。步道用的是新型材料，下雨天也不打滑，铺设了防滑塑胶');
    expect(books).not.toContain('新型材料');
  });

  it('set apart a headline that --psm 6 read on one line with the text of the columns beside it', () => {
    // The third column finishes the first story, then a speck, then the next story's headline, level with the
    // first columns' last lines.
    const page = parse([
      '湖滨公园新添健身步道 市民锻炼有了好去处',
      '',
      '本报讯 湖滨公园改造完成，新修的健    现在每天早晚各走一圈，身体好多     据介绍，改造工程投资八百万元，历',
      '身步道全长三公里，铺设了防滑塑胶，每 了。公园管理处介绍，步道两旁种了樱花 时半年完成。',
      '隔五百米有一块里程标识，方便大家掌握 和桂花，四季都有景看，夜间还有路灯照             、',
      '运动量。                    明，晚上十点前都可以锻炼。         西岭村办起农家书屋',
      '',
      '步道绕湖一周，沿途设有饮水点和休    下一步，公园还将增设儿童游乐区和    本报讯 西岭村的农家书屋日前开门',
      '息亭，早晚来锻炼的市民很多。家住附近 健身器材，让各个年龄段的市民都能找到 村民可以免费借阅各类图书，农业技术类',
      '的老周说，以前只能在马路边散步，车多 适合自己的运动方式。          图书最受欢迎。书屋由村里的旧仓库改',
      '人杂很不安全。                                 建，配齐了桌椅和照明。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '湖滨公园新添健身步道市民锻炼有了好去处',
      '西岭村办起农家书屋',
    ]);
    expect(page.articles[0]!.paragraphs.join('')).toContain('改造工程投资八百万元，历时半年完成。');
    expect(page.articles[1]!.paragraphs.join('')).toContain('书屋由村里的旧仓库改建');
  });
});
