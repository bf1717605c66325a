import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

/** Text set in a column `width` characters wide, as a page's text layer has it. */
const column = (text: string, width = 18): string[] => setInColumn(text, width);
const parse = linesParser('captions.txt');
const captions = (page: ReturnType<typeof parse>) =>
  page.articles.map((a) => [a.headline, a.captions.map((c) => c.text.replace(/\s+/gu, ''))]);

/** A report as a page sets it: its headline, a blank line, its paragraphs in the column, a blank line. */
const story = (headline: string, ...paragraphs: string[]): string[] => [
  headline,
  '',
  ...paragraphs.flatMap((p) => column(p)),
  '',
];

const first = story(
  '城区启动夏季防汛演练',
  '本报讯（记者 王一）昨日，城区防汛指挥部在河滨公园组织夏季防汛演练，消防、水务和街道的一百多名队员参加。',
  '演练模拟暴雨导致河水上涨、低洼小区进水，队员们架设水泵、转移群众，半小时内完成全部科目。',
);

/** A report with its photo's caption read as a one-line paragraph between two of its paragraphs. */
const market = [
  '年货市集开市',
  '',
  ...column('本报讯（记者 李二）昨日一早，青石镇老街上的年货市集开市了，腊肉、香肠、手写春联摆满街道。'),
  '',
  '市民在市集上挑选春联。',
  '',
  ...column('今年的市集专门设了手艺展区，竹编、剪纸、糖画等手艺人现场表演，吸引了不少市民驻足观看。'),
  '',
];

describe("a photo's caption and its credit read apart", () => {
  it('joins a credit OCR read inside the text to the caption over the article, and mends the text it broke', () => {
    const page = parse([
      ...first,
      '山村小学有了新操场',
      '',
      '图为孩子们在新操场上跳绳。',
      '',
      ...column('本报讯（记者 李二）九月一日，青石乡中心小学的新操场正式启用，红色跑道和绿色球场让全校学'),
      '',
      '赵三/摄',
      '',
      ...column('生兴奋不已，下课铃一响便冲向操场。'),
      ...column('这所学校地处山区，过去的操场是泥土地，一下雨就满地泥泞，体育课只能改在教室里上。'),
    ]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['山村小学有了新操场', ['图为孩子们在新操场上跳绳。赵三/摄']],
    ]);
    expect(page.articles[1]!.paragraphs[0]).toMatch(/让全校学生兴奋不已/u);
    expect(lost(page)).toEqual([]);
  });

  it('takes the caption OCR read as a one-line paragraph of the article its credit stands in', () => {
    const page = parse([
      ...first,
      ...market,
      '赵三/摄',
      '',
      ...column('镇里安排了四十名志愿者维持秩序，市集周边新设临时停车位六百个。'),
    ]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['年货市集开市', ['市民在市集上挑选春联。赵三/摄']],
    ]);
    expect(page.articles[1]!.paragraphs.join('')).not.toContain('挑选春联');
  });

  it("gives a caption set between a headline and its article's text to that article", () => {
    const page = parse([
      ...first,
      '区政协协商养老服务',
      '',
      '协商会现场。',
      '',
      '赵三/摄',
      '',
      ...column('本报讯（记者 李二）昨日，区政协召开专题协商会，委员们围绕居家养老服务建言献策，提出建议二十条。'),
    ]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['区政协协商养老服务', ['协商会现场。赵三/摄']],
    ]);
  });

  it('reads a sentence with a photo credit run in after it as a caption, and the text under it as text', () => {
    const page = parse([
      ...first,
      '湖滨大道公交专用道启用',
      '',
      '湖滨大道上，工人在施划公交专用道标线。（赵三 摄）',
      ...column('本报讯（记者 李二）记者从市交通运输局获悉，湖滨大道公交专用道下月起启用，早晚高峰只许公交车通行。'),
    ]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['湖滨大道公交专用道启用', ['湖滨大道上，工人在施划公交专用道标线。（赵三摄）']],
    ]);
    expect(page.articles[1]!.paragraphs[0]).toMatch(/^记者从市交通运输局获悉/u);
    expect(page.articles[1]!.reporters).toEqual(['李二']);
  });
});

/** The text of a report whose photo a text layer gathered with its headline, caption and credit. */
const ferry = [
  ...column('本报讯（记者 李二）昨日上午，东岸渡口的两艘新渡船正式下水试航，每艘可载客八十人。'),
  ...column('渡口负责人介绍，新船配有救生设备和暖风，冬天乘船也不会冷。'),
];

describe('a photo a text layer gathered with its headline', () => {
  it('takes the first line of a caption broken over two lines, read as a head line, into the caption', () => {
    const page = parse([...first, '渡口新船下水', '东岸渡口的两艘新渡船在江面', '上试航。', '钱四/摄', '', ...ferry]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['渡口新船下水', ['东岸渡口的两艘新渡船在江面上试航。钱四/摄']],
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('keeps its caption, set right under the headline, with the credit under it', () => {
    const page = parse([...first, '渡口新船下水', '新船试航现场。', '', '钱四/摄', '', ...ferry]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['渡口新船下水', ['新船试航现场。钱四/摄']],
    ]);
    expect(page.articles[1]!.paragraphs.join('')).not.toContain('新船试航现场');
    expect(lost(page)).toEqual([]);
  });
});

/** Two more reports, with no photo of their own. */
const others = [
  ...story(
    '老年食堂开到家门口',
    '本报讯（记者 周四）十一月八日中午，北山乡的老年食堂开门迎客，二十多位老人围坐一桌吃上了热乎饭。',
    '据介绍，北山乡今年建成老年食堂五个，运营费用由乡里补贴和爱心企业捐助共同承担。',
  ),
  ...story(
    '环湖步道全线贯通',
    '本报讯（记者 吴五）沿着南湖修建的环湖步道日前全线贯通，全长十二公里，沿途设有驿站和健身设施。',
    '每天清晨和傍晚，来这里散步、骑行的市民络绎不绝。',
  ),
];

describe('a lone photo credit far from its caption', () => {
  it('joins a credit a text layer set under another article to the nearest caption without a credit', () => {
    const page = parse([...first.slice(0, -1), '图为队员们在河滨公园架设水泵。', '', ...others, '赵三/摄']);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', ['图为队员们在河滨公园架设水泵。赵三/摄']],
      ['老年食堂开到家门口', []],
      ['环湖步道全线贯通', []],
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('takes the caption read as a paragraph of the article next to the one its credit stands in', () => {
    const page = parse([...market, ...others.slice(0, 6), '', '赵三/摄']);
    expect(captions(page)).toEqual([
      ['年货市集开市', ['市民在市集上挑选春联。赵三/摄']],
      ['老年食堂开到家门口', []],
    ]);
    expect(lost(page)).toEqual([]);
  });

  it('gives a caption to the article whose writers include its photographer, wherever the export set it', () => {
    const page = parse([
      ...first,
      '乡村夜校开课',
      '',
      ...column('本报讯（记者 钱六 通讯员 赵三）北山乡的乡村夜校日前开课，首期课程教村民用手机拍视频、开网店。'),
      ...column('夜校每周开课两次，由乡里的年轻干部和返乡大学生轮流授课。'),
      '',
      ...others,
      '图为傍晚时分亮起灯的教室。',
      '',
      '赵三/摄',
    ]);
    expect(captions(page)).toEqual([
      ['城区启动夏季防汛演练', []],
      ['乡村夜校开课', ['图为傍晚时分亮起灯的教室。赵三/摄']],
      ['老年食堂开到家门口', []],
      ['环湖步道全线贯通', []],
    ]);
    expect(lost(page)).toEqual([]);
  });
});
