import { describe, expect, it } from 'vitest';
import { splitColumns } from '../../src/parse/column-split.js';
import { parseKept as parse } from '../support/parse-kept.js';

// Columns read across on pages OCR'd from scans and in tesseract's block mode (--psm 6). All pages written for
// these tests.
const texts = (page: ReturnType<typeof parse>): string[] => page.articles.map((a) => a.paragraphs.join(''));

describe('columns read across on a scan', () => {
  it('are found where a space is half an em, so that the gaps line up only at that width', () => {
    // A scan at a lower resolution: tesseract sets about two spaces an em. The first column's lines end at
    // different places (a byline, a full line, a paragraph's end), so at the usual width of a space the second
    // column seems to start at three places far apart.
    const page = parse([
      '东岭村新路通车                    西山春茶开采',
      '本报记者 王一                               本报讯西山茶园的春茶日前开采，茶农',
      '东岭村新修的水泥路日前通车了，全长四公里    们天不亮就上山，一天能采鲜叶二十斤。',
      '连通了三个自然村和两个茶园。                今年茶叶收购价比去年高了一成。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['东岭村新路通车', '西山春茶开采']);
    const [road, tea] = texts(page);
    expect(road).toContain('全长四公里连通了三个自然村');
    expect(tea).toContain('茶农们天不亮就上山');
  });
});

describe('headlines side by side over columns read across', () => {
  it('go over their columns when a blank line sets them apart, split at the speck between them', () => {
    // The first headline has two parts apart by a space; OCR read the blank between the two headlines as a
    // speck, and set a blank line under the headlines (they are set larger).
    const page = parse([
      '老街换新颜 居民笑开颜 ”| 南湾村建起光伏电站',
      '',
      '本报讯老街改造工程日前完工，沿街    本报讯南湾村的光伏电站日前并网发',
      '店铺换上了统一的招牌，路灯也全部    电，每年可为村集体增收二十多万元，',
      '换成了节能灯。                      村民在家门口就能打零工。',
      '',
    ]);
    expect(page.articles.map((a) => a.headline?.replace(/[”|\s]/gu, ''))).toEqual([
      '老街换新颜居民笑开颜',
      '南湾村建起光伏电站',
    ]);
    const [street, solar] = texts(page);
    expect(street).toContain('沿街店铺换上了统一的招牌');
    expect(solar).toContain('日前并网发电，每年可为村集体增收');
  });
});

describe('columns read across in tesseract block mode (--psm 6)', () => {
  it('go where each line lines them up: a line with a wide empty stretch or short pieces far apart gets other spaces', () => {
    // Two stories side by side (two columns and three), as --psm 6 reads them: one space between most columns,
    // but a dozen where a byline and two subheads stand at the top of three columns, fifty where the last
    // line of the right column stands alone beside the left one. Specks OCR made of the blanks (。。 ” |).
    const page = parse([
      '社区食堂开张了 老人吃上热乎饭 ”| 老街裁缝铺的四十年',
      '',
      '本报讯 (记者 王一) “今天吃什 食堂的饭菜荤素搭配，价格实惠',
      '么？”社区食堂开张第三天，志愿 ，很受            本报记者 李四        针脚细密           诚信才是招牌',
      '者老周一早就来帮忙。社区书记说    欢迎。食堂每天中午供应两荤   _在城南老街上，有一家开了    “衣服穿在身上，针脚要经    老街的街坊们都知道，周师',
      '，食堂办起来后，独居老人不用再 “两素，老人吃饭只要八元，行动不便 | 四十年的裁缝铺。七十岁的周师 得起看。”周师傅说，他做衣 ”傅从不多收一分钱，布料用多少',
      '为一日三餐发愁了，子女们在外地 的还能送餐上门，志愿者排了值班表“| 傅从十几岁起就学做衣服，手艺 服从不赶工，一件中山装要做 。。 就算多少，剩下的边角料也都还',
      '工作也放心多了。现在每天来吃饭   ，风雨无阻。            是跟父亲学的，做了几十年， 。。 三天，每道工序都不马虎，老顾 “给客人，大家都说周师傅的铺子是',
      '',
      '的老人有八十多位，大家都说                    越做越有味道。     客越来越多。     老街的一块招牌，盼着他一直做',
      '这里像自己家的饭桌，饭菜也合口                                                     下去。',
      '',
    ]);
    const [canteen, tailor] = page.articles;
    expect(canteen!.paragraphs.join('')).toContain('大家都说这里像自己家的饭桌');
    expect(tailor!.byline?.replace(/\s/gu, '')).toBe('本报记者李四');
    expect(tailor!.subheads).toEqual(['针脚细密', '诚信才是招牌']);
    const text = tailor!.paragraphs.join('').replace(/[”“。、|\s]/gu, '');
    expect(text).toContain('老顾客越来越多');
    expect(text).toContain('盼着他一直做下去');
    expect(text).toContain('他做衣服从不赶工，一件中山装要做三天');
  });

  it('are apart where OCR read the blank between them as a closing quote after one space', () => {
    // No printed line opens with ”: after a space it stands for the gap between two columns.
    const page = parse([
      '西街菜场改造完工',
      '',
      '本报讯西街菜场改造日前完工，新菜   场里摊位整齐，地面干净，还装了',
      '场按蔬菜、肉类、水产分区，顾客买 ”空调和排风扇，夏天不再闷热难受。',
      '菜更方便了。摊主老刘说，改造后的 ”摊主们都说，顾客多了，生意比以',
      '菜场干净亮堂，来买菜的人多了。 ”前好做多了。',
      '',
    ]);
    const text = page.articles
      .flatMap((a) => a.paragraphs)
      .join('')
      .replace(/”/gu, '');
    expect(text).toContain('新菜场按蔬菜、肉类、水产分区');
    expect(text).toContain('还装了空调和排风扇');
  });
});

describe('headlines side by side over columns whose credit OCR garbled', () => {
  it('go over the column the credit opens, not over the last one', () => {
    // 本报记者 read as 木报记者: a role a character in, names apart by spaces after it.
    const lines = splitColumns([
      '东湖小学新操场启用                      北山村修好了山塘',
      '本报讯东湖小学的新操场日前启   木报记者 王五 通讯员 李六      山塘边还修了步道和凉亭，村民们',
      '用，塑胶跑道和人造草坪让全校   北山村的三口山塘去年冬天开始   饭后常来这里散步。村干部说，山',
      '学生兴奋不已。校长说，学校还   清淤加固，今年春天全部完工，   塘修好后，两百多亩农田的灌溉',
      '将在周末向附近居民开放操场。   蓄水量比以前多了一倍。         不用再发愁了。',
      '',
    ]).map((l) => l.raw.trim());
    const head = lines.indexOf('北山村修好了山塘');
    expect(lines.slice(head + 1).find((l) => l !== '')).toBe('木报记者 王五 通讯员 李六');
  });
});

describe("a column's last line OCR read alone under its band", () => {
  it('goes on in the one column the band leaves open', () => {
    // The left column runs a line longer than the right one, which ends with its credit: OCR set that last
    // line alone at the line's start under the band.
    const page = parse([
      '南湖街道开展垃圾分类宣传',
      '',
      '本报讯南湖街道昨日在各小区开展    宣传周期间，志愿者还走进楼道，',
      '垃圾分类宣传，志愿者挨家挨户发    向居民讲解厨余垃圾和其他垃圾的',
      '放宣传手册，讲解分类投放方法，    区别。（记者 王一 通讯员 李二）',
      '居民们纷纷表示支持。',
      '',
    ]);
    expect(page.articles).toHaveLength(1);
    const [first, second] = page.articles[0]!.paragraphs;
    expect(first).toContain('讲解分类投放方法，居民们纷纷表示支持。');
    expect(second).not.toContain('支持');
  });
});
