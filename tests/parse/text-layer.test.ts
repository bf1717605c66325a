/**
 * How a PDF text layer breaks what the page printed: pieces of one printed line on lines of their own,
 * a brief's credit read before its last line, a headline broken at its 、 over lines. Pages written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';
import { readBlocks } from '../../src/parse/blocks.js';
import { readLines } from '../../src/parse/lines.js';

describe('pieces of one printed line', () => {
  it('a number broken over two lines and a closing mark opening a line stay in their paragraph', () => {
    const page = parse([
      '码头新添夜班渡船',
      '',
      '本报讯（记者 韩冬）本月起，东岸码头每晚增开两班渡船，方便',
      '下夜班的市民过江。码头负责人说，夜班渡船由两艘新船',
      '承担，票价与白天相同，市民可以刷公交卡乘船。',
      '经过一个月的试运行，夜班渡船每晚平均载客四百余人，',
      '最多的一天达到 6',
      '00人次，码头将视客流再增加班次。',
      '据介绍，两艘新船都配有救生设备和',
      '“',
      '暖风',
      '”，冬天乘船也不会冷。',
      '',
    ]);
    expect(page.articles).toHaveLength(1);
    const body = page.articles[0]!.paragraphs.join('');
    expect(body).toContain('经过一个月的试运行');
    expect(body).toContain('达到600人次');
    expect(body).toContain('“暖风”，冬天');
  });
  it('join while they fit the measure of the lines around, and never beyond it', () => {
    const lines = readLines(
      [
        '本月起，东岸码头每晚增开两班渡船，方便下夜班的市民',
        '过江。码头负责人说，夜班渡船由两艘新船承担，票价',
        '经过一个月的试运行，夜班渡船每晚平均载客四百余人，',
        '最多的一天达到 6',
        '00人次，码头将视客流再增加班次。',
        '“另外，我们还为全县的老人送去了',
        '5',
        '0多份慰问品和四十多台取暖器，价值',
        '“',
        '暖风',
        '”，冬天乘船也不会冷。',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '本月起，东岸码头每晚增开两班渡船，方便下夜班的市民',
      '过江。码头负责人说，夜班渡船由两艘新船承担，票价',
      '经过一个月的试运行，夜班渡船每晚平均载客四百余人，',
      '最多的一天达到600人次，码头将视客流再增加班次。',
      '“另外，我们还为全县的老人送去了5',
      '0多份慰问品和四十多台取暖器，价值',
      '“',
      '暖风”，冬天乘船也不会冷。',
    ]);
  });
});

describe('digit runs set apart', () => {
  it('take the unit after their number along while the line fits the measure', () => {
    const lines = readLines(
      [
        '本月起，东岸码头每晚增开两班渡船，方便下夜班的市民',
        '今年全县早稻种植面积稳定在 4',
        '2',
        '.',
        '6',
        '万亩，单产',
        '比去年提高了三成，农业生产形势总体向好，各乡镇',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '本月起，东岸码头每晚增开两班渡船，方便下夜班的市民',
      '今年全县早稻种植面积稳定在42.6万亩，单产',
      '比去年提高了三成，农业生产形势总体向好，各乡镇',
    ]);
  });
  it('where most lines of a block are pieces, the measure is its widest line of running text', () => {
    // Three numbers split one digit a line leave more pieces than whole lines in the block.
    const lines = readLines(
      [
        '东岸码头的老船工今年 6',
        '8',
        '岁，开渡船已有四十',
        '多年了。 1',
        '9',
        '8',
        '0年，他从父亲手里接过船桨，那',
        '时码头只有一条木船，两岸往来全靠人力摇橹，',
        '风大浪急时常常要停航。如今码头有渡船 1',
        '2',
        '艘，每天往返 3',
        '0',
        '0多班。',
      ].join('\n'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '东岸码头的老船工今年68岁，开渡船已有四十',
      '多年了。1980年，他从父亲手里接过船桨，那',
      '时码头只有一条木船，两岸往来全靠人力摇橹，',
      '风大浪急时常常要停航。如今码头有渡船12',
      '艘，每天往返300多班。',
    ]);
  });
});

describe('a number the text layer broke over lines', () => {
  it('keeps the text printed after it on its line, a date under a title opens the text below', () => {
    const lines = readLines(
      [
        '本版编辑：韩冬 版式：林红 电话：8',
        '6',
        '0',
        '1',
        '7',
        '7',
        '8',
        '8',
        '乡村新貌',
        '',
        '渡口夜航再添新船',
        '——东岸码头开通“2',
        '4',
        '小时过江”夜航服务',
        '',
        '本报讯（记者 韩冬）本月起，东岸',
        '码头每晚增开两班渡船，方便下夜',
        '班的市民过江。码头负责人说，夜',
        '班渡船由两艘新船承担，票价与白',
        '天相同，市民可以刷卡乘船。',
        '',
        '晒谷场上秋意浓',
        '1',
        '0',
        '月1',
        '6日，西岭村的村民在晒谷场',
        '上翻晒稻谷和玉米，金黄的谷物铺',
        '满了整个场院，村民们都说今年又',
        '是一个丰收年。（林红）',
        '',
      ].join('\n'),
    ).filter((l) => l.text !== '');
    // The subhead is wider than the column under it; a telephone number is no quantity taking a unit.
    expect(lines.slice(0, 4).map((l) => l.text)).toEqual([
      '本版编辑：韩冬版式：林红电话：86017788',
      '乡村新貌',
      '渡口夜航再添新船',
      '——东岸码头开通“24小时过江”夜航服务',
    ]);
    expect(lines.slice(9, 11).map((l) => l.text)).toEqual(['晒谷场上秋意浓', '10月16日，西岭村的村民在晒谷场']);
  });
});

describe('a brief’s credit read before its last line', () => {
  it('goes after the sentence it interrupts: the line after it stays in its brief', () => {
    const page = parse([
      '简讯',
      '',
      '近日，东岸街道对辖区十二家小餐馆的后厨卫生、食材台账、',
      '（韩冬 苏青）',
      '消防设施等进行了检查。',
      '',
      '本周起，城西图书馆延长开放时间，每晚开放到九点，方便',
      '上班族下班后借书、',
      '（林红）',
      '自习。',
      '',
    ]);
    expect(page.articles).toHaveLength(2);
    const [first, second] = page.articles;
    expect(first!.paragraphs.join('')).toMatch(/消防设施等进行了检查。$/u);
    expect(second!.headline).toBeNull();
    expect(second!.paragraphs.join('')).toMatch(/^本周起.*借书、自习。$/u);
  });
});

describe('a headline the text layer broke at its 、', () => {
  it('is one headline, not an article of its own', () => {
    const page = parse([
      '赏花正当时',
      '游园、',
      '采茶两相宜',
      '',
      '城西图书馆夜间开放',
      '',
      '本报讯（记者 林红）本周末，城南茶山的樱花进入盛花期，山脚的茶园也开始采摘明前茶。',
      '游客可以上午赏花游园，下午到茶农家里体验采茶、炒茶，茶山景区还开通了旅游专线。',
      '',
      '本报讯（记者 韩冬）本周起，城西图书馆延长开放时间，每晚开放到九点，方便上班族借书、自习。',
      '图书馆还增设了自助借还机和夜间阅览区。',
      '',
    ]);
    expect(page.articles).toHaveLength(2);
    const block = (a: (typeof page.articles)[number]): string => [a.kicker, a.headline].filter(Boolean).join('');
    expect(block(page.articles[0]!)).toContain('游园、采茶两相宜');
    expect(page.articles[1]!.headline).toBe('城西图书馆夜间开放');
  });
  it('set among headlines the text layer gathered, its 、 line is a head line, not a paragraph', () => {
    const lines = readLines(
      ['简讯', '', '欢聚“8.18”', '购物、', '游园迎来小高峰', '', '老街灯会今晚开幕', ''].join('\n'),
    );
    const heads = readBlocks(lines).filter((b) => b.kind === 'head');
    expect(heads.map((b) => b.kind === 'head' && b.line.text)).toEqual([
      '欢聚“8.18”',
      '购物、',
      '游园迎来小高峰',
      '老街灯会今晚开幕',
    ]);
  });
});
