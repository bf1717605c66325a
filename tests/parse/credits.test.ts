import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => setInColumn(text, width);
const parse = linesParser('credits.txt');
const credits = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => [a.headline, a.reporters, a.correspondents, a.signature]);

/** A report under its headline: its first line as given, the rest of its text set in a column. */
const report = (headline: string, first: string, rest: string): string[] => [headline, '', first, ...column(rest), ''];

describe('bylines in brackets as OCR reads them', () => {
  it('reads the byline whose （ OCR read as a quotation mark, as two marks, or lost', () => {
    const page = parse([
      ...report(
        '城东河道完成清淤',
        '本报讯“记者 王一 通讯员 李二) 昨日，',
        '城东河道清淤工程完工，五公里河道恢复通航，沿岸居民又能在河边散步了。',
      ),
      ...report(
        '社区食堂开张',
        '本报讯 〈《记者 赵三) 十月起，青石',
        '街道的社区食堂正式开张，老人凭卡就餐可以打八折，每天供应午餐和晚餐。',
      ),
      ...report(
        '乡村篮球赛开赛',
        '本报讯 记者 钱四 孙五) 上周末，',
        '全镇十六个村的球队齐聚镇中学，乡村篮球赛在锣鼓声中开赛。',
      ),
    ]);
    expect(credits(page)).toEqual([
      ['城东河道完成清淤', ['王一'], ['李二'], null],
      ['社区食堂开张', ['赵三'], [], null],
      ['乡村篮球赛开赛', ['钱四', '孙五'], [], null],
    ]);
    expect(page.articles.map((a) => a.paragraphs[0]!.slice(0, 3))).toEqual(['昨日，', '十月起', '上周末']);
    expect(lost(page)).toEqual([]);
  });

  it('reads a byline whose closing bracket OCR lost, the last name run on into the text', () => {
    const page = parse([
      ...report(
        '又到用电高峰',
        '本报讯 (记者 赵明 通讯员 钱立新又到了用电高峰，',
        '城区不少小区夜里跳闸停电，供电所连夜抢修。',
      ),
      ...report(
        '城区新增公交线路',
        '本报讯（记者 孙海燕 冯军今年以来，城区',
        '新开通公交线路三条，覆盖新建小区和学校，市民出行更方便了。',
      ),
    ]);
    expect(credits(page)).toEqual([
      ['又到用电高峰', ['赵明'], ['钱立新'], null],
      ['城区新增公交线路', ['孙海燕', '冯军'], [], null],
    ]);
    expect(page.articles.map((a) => a.paragraphs[0]!.slice(0, 4))).toEqual(['又到了用', '今年以来']);
  });

  it('reads a byline in brackets that opens the text with no dateline before it', () => {
    const page = parse(
      report(
        '志愿者护学岗',
        '《记者 周六) 早上七点，志愿者',
        '已经站在学校门口，护送孩子们过马路，风雨无阻坚持了三年。',
      ),
    );
    expect(credits(page)).toEqual([['志愿者护学岗', ['周六'], [], null]]);
    expect(page.articles[0]!.dateline).toBeNull();
    expect(page.articles[0]!.paragraphs[0]).toMatch(/^早上七点，志愿者已经/u);
  });

  it('reads a byline opening the text whose last name a column broke onto the next line', () => {
    const page = parse([
      '农民工工资案件快审快执',
      '',
      '(记者 吴九 通讯员 郑十 冯一 陈',
      '二) 春节临近，县人民法院开辟涉农民',
      ...column('工工资案件绿色通道，对这类案件优先立案、优先审理、优先执行。'),
    ]);
    expect(credits(page)).toEqual([['农民工工资案件快审快执', ['吴九'], ['郑十', '冯一', '陈二'], null]]);
    expect(page.articles[0]!.paragraphs[0]).toMatch(/^春节临近/u);
    expect(lost(page)).toEqual([]);
  });

  it('reads a byline in brackets set under the text of an article with none at its head as its byline', () => {
    const page = parse([
      '巡回法庭开进集市',
      '',
      ...column('上周六，县人民法院把巡回法庭搬到了集市旁的文化广场，公开审理一起交通事故纠纷案。'),
      '（记者 吴九 通讯员 郑十）',
    ]);
    expect(credits(page)).toEqual([['巡回法庭开进集市', ['吴九'], ['郑十'], null]]);
  });

  it('keeps a sentence that opens with 记者 after a dateline as text, not a byline', () => {
    const page = parse(
      report(
        '新学期新增学位',
        '本报讯 记者从区教育局获悉（截至九',
        '月底），全区今年新增学位一千二百个，新建和改扩建学校五所。',
      ),
    );
    expect(page.articles[0]!.byline).toBeNull();
    expect(page.articles[0]!.paragraphs[0]).toMatch(/^记者从区教育局获悉/u);
  });
});

describe('signatures run in after the last sentence, as OCR reads them', () => {
  const lead = report(
    '城区启动夏季防汛演练',
    '本报讯（记者 王一）昨日，城区防汛',
    '指挥部在河滨公园组织夏季防汛演练，消防、水务和街道的一百多名队员参加。',
  );
  it('reads a signature whose （ OCR read twice over', () => {
    const page = parse([
      ...lead,
      ...column('近日，区图书馆的流动借书车开进偏远山村，村民凭身份证即可借阅，一次'),
      '最多借五本。(〈郑七)',
    ]);
    expect(credits(page)).toEqual([
      ['城区启动夏季防汛演练', ['王一'], [], null],
      [null, [], [], '郑七'],
    ]);
    expect(page.articles[1]!.paragraphs.join('')).toMatch(/最多借五本。$/u);
  });

  it('joins the rest of a signature a column broke onto the next line, across a blank line too', () => {
    const page = parse([
      ...lead,
      ...column('从下月起，区人民医院开通夜间门诊，每天开诊到二十一时，方'),
      '便上班族就医。（孙明 周',
      '静）',
      ...column('连日来，城南街道联合燃气公司对辖区餐饮店开展燃气安全检查，督'),
      '促整改隐患十五处。（吴八',
      '',
      '郎）',
    ]);
    expect(credits(page)).toEqual([
      ['城区启动夏季防汛演练', ['王一'], [], null],
      [null, [], [], '孙明 周静'],
      [null, [], [], '吴八郎'],
    ]);
    expect(lost(page)).toEqual([]);
  });
});

describe('bylines printed alone, broken by the measure', () => {
  it('joins a byline whose last name was broken after its first character, with the names after it', () => {
    const page = parse([
      '山村小学有了新操场',
      '',
      '本报记者 赵明远 通讯员 钱',
      '立新 孙海燕',
      '本报讯 9月28日上午，青石乡中心小学的',
      '新操场正式启用，全校三百多名学生在新',
      '跑道上跑了第一圈。',
    ]);
    expect(credits(page)).toEqual([['山村小学有了新操场', ['赵明远'], ['钱立新', '孙海燕'], null]]);
    expect(lost(page)).toEqual([]);
  });
});

describe('bylines printed at a report’s end', () => {
  it('credits the report above a byline under its last sentence when it opened with a dateline naming nobody', () => {
    // A text layer read the byline out of its column: under it, the rest of another report's sentence, which
    // reads like a sentence of its own.
    const page = parse([
      '山区蔬菜错季上市',
      '',
      '本报讯 入夏以来，青石县北山乡',
      ...column('的高山蔬菜陆续采收，每天有二十多吨蔬菜运往省城。'),
      ...column('北山乡海拔高、气温低，蔬菜比山下晚熟一个多月，正好错开了上市高峰，亩产值比去年增加了两成。'),
      '',
      '本报记者 赵明远 通讯员 钱立新',
      '',
      ...column('在助老服务方面，全县今年新建了十二个老年食堂，解决了独居老人吃饭的难题。'),
    ]);
    expect(credits(page)[0]).toEqual(['山区蔬菜错季上市', ['赵明远'], ['钱立新'], null]);
    expect(lost(page)).toEqual([]);
  });

  it('credits the feature above a byline under its last sentence when the text after it names its own writers', () => {
    const page = parse([
      '山里的养蜂人',
      '',
      ...column('清晨六点，青石乡岭脚村的山坡上，养蜂人陈大山已经戴上防护帽，打开了第一只蜂箱。'),
      '',
      ...column('如今他的蜂场已发展到六百多箱，年产蜂蜜八吨多，还带动了二十多户村民一起养蜂。'),
      '',
      '融媒记者 罗小青',
      '',
      '本报讯（记者 张三）早上七点，东坝街',
      ...column('道的志愿者已经站在学校门口，护送孩子们过马路。'),
    ]);
    expect(credits(page)).toEqual([
      ['山里的养蜂人', ['罗小青'], [], null],
      [null, ['张三'], [], null],
    ]);
    expect(page.unassigned).toEqual([]);
  });
});
